import { nl } from "~/i18n/nl";
import type { Totals } from "~/lib/groups/overview";

export function TotalsTable({ id, title, firstColumn, rows }: { id: string; title: string; firstColumn: string; rows: Totals[] }) {
  const c = nl.groups.overview.columns;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              <th scope="col">{c.groups}</th>
              <th scope="col">{c.active}</th>
              <th scope="col">{c.closed}</th>
              <th scope="col">{c.members}</th>
              <th scope="col">{c.shareDone}</th>
              <th scope="col">{c.overdue}</th>
              <th scope="col">{c.logEntriesRecent}</th>
              <th scope="col">{c.topHindering}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.groups}</td>
                <td>{r.active}</td>
                <td>{r.closed}</td>
                <td>{r.members}</td>
                <td>{r.sharePercent}%</td>
                <td>{r.overdue}</td>
                <td>{r.logEntriesRecent}</td>
                <td>{r.topHindering ? nl.groups.factors[r.topHindering] : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
