import { nl } from "~/i18n/nl";
import type { Factor } from "~/lib/groups/constants";

// Factors with how often they were tagged, most reported first.
export function FactorTable({ id, title, rows }: { id: string; title: string; rows: { factor: Factor; count: number }[] }) {
  const t = nl.groups.monitor;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p>{t.noFactors}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.factor}</th>
              <th scope="col">{t.times}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.factor}>
                <td>{nl.groups.factors[row.factor]}</td>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
