import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { Pager, pageFrom } from "~/components/groups/pager";
import { TotalsTable } from "~/components/groups/totals-table";
import { nl } from "~/i18n/nl";
import { formatDay } from "~/lib/dates";
import { factorList, filterFigures, overviewFilter, totalsBy } from "~/lib/groups/overview";
import { listNetworkChoices } from "~/models/groups/list.server";
import { allGroupFigures } from "~/models/groups/overview.server";
import { listThemes } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.overview.title} | ${nl.appName}` }];

const PER_PAGE = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const filter = overviewFilter(new URL(request.url).searchParams);
  const rows = filterFigures(allGroupFigures(), filter);
  const page = pageFrom(new URL(request.url).searchParams);
  const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
  const shown = rows.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((r) => ({
    id: r.id, name: r.name, status: r.status, themeTitle: r.themeTitle, networkName: r.networkName, members: r.members, experts: r.experts,
    done: r.steps.done, stepsTotal: r.stepsTotal, sharePercent: r.sharePercent, overdue: r.overdue, logEntriesRecent: r.logEntriesRecent,
    lastLogEntryOn: r.lastLogEntryOn, hindering: factorList(r.hindering, 2),
  }));
  return json({
    filter, page, pages, total: rows.length, shown,
    byTheme: totalsBy(rows, "theme"), byNetwork: totalsBy(rows, "network"),
    themes: listThemes(), networks: listNetworkChoices(),
    csvQuery: new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== "")).toString(),
  });
}

export default function Overview() {
  const { filter, page, pages, total, shown, byTheme, byNetwork, themes, networks, csvQuery } = useLoaderData<typeof loader>();
  const t = nl.groups.overview;
  const c = t.columns;
  return (
    <div className="page page--wide">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <Form method="get" className="filter-bar">
        <div className="field">
          <label htmlFor="o-thema">{nl.groups.list.filterTheme}</label>
          <select id="o-thema" name="thema" defaultValue={filter.thema}>
            <option value="">{nl.groups.list.allThemes}</option>
            {themes.map((th) => <option key={th.slug} value={th.slug}>{th.title}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="o-netwerk">{nl.groups.list.filterNetwork}</label>
          <select id="o-netwerk" name="netwerk" defaultValue={filter.netwerk}>
            <option value="">{nl.groups.list.allNetworks}</option>
            {networks.map((n) => <option key={n.slug} value={n.slug}>{n.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="o-status">{t.filterStatus}</label>
          <select id="o-status" name="status" defaultValue={filter.status}>
            <option value="">{t.allStatuses}</option>
            <option value="active">{nl.groups.list.status.active}</option>
            <option value="closed">{nl.groups.list.status.closed}</option>
          </select>
        </div>
        <button type="submit">{nl.groups.list.filterSubmit}</button>
      </Form>
      <p>
        <a className="button button--secondary" href={`/groepen/overzicht.csv${csvQuery ? `?${csvQuery}` : ""}`} download>{t.download}</a>
      </p>
      {total === 0 ? <p>{t.empty}</p> : (
        <>
          <TotalsTable id="per-thema" title={t.byTheme} firstColumn={c.theme} rows={byTheme} />
          <TotalsTable id="per-netwerk" title={t.byNetwork} firstColumn={c.network} rows={byNetwork} />
          <h2 id="alle-groepen">{t.groupsTitle} ({total})</h2>
          <div className="table-wrap">
            <table aria-labelledby="alle-groepen">
              <thead>
                <tr>
                  <th scope="col">{c.group}</th><th scope="col">{c.theme}</th><th scope="col">{c.network}</th><th scope="col">{c.status}</th>
                  <th scope="col">{c.members}</th><th scope="col">{c.steps}</th><th scope="col">{c.overdue}</th><th scope="col">{c.logEntriesRecent}</th>
                  <th scope="col">{c.lastActivity}</th><th scope="col">{c.topHindering}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.id}>
                    <th scope="row"><Link to={`/groepen/${r.id}/monitor`}>{r.name}</Link></th>
                    <td>{r.themeTitle}</td><td>{r.networkName ?? "–"}</td><td>{nl.groups.list.status[r.status]}</td>
                    <td>{r.members} ({r.experts} {c.experts.toLowerCase()})</td>
                    <td>{r.done}/{r.stepsTotal} ({r.sharePercent}%)</td><td>{r.overdue}</td><td>{r.logEntriesRecent}</td>
                    <td>{r.lastLogEntryOn ? formatDay(r.lastLogEntryOn) : "–"}</td><td>{r.hindering || "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pages={pages} params={Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== ""))} label={t.groupsTitle} previous={t.previous} next={t.next} status={nl.common.pageOf(page, pages)} />
        </>
      )}
    </div>
  );
}
