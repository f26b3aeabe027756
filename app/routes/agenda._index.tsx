import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { hasRole, requireUser } from "~/auth.server";
import { AgendaThemeCard, Signals } from "~/components/agenda-theme";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { loadAgenda } from "~/models/webinars/agenda.server";
import { listNetworks } from "~/models/accounts/reference.server";

const POLLS_SHOWN = 5;

export const meta: MetaFunction = () => [{ title: `${nl.agenda.title} | ${nl.appName}` }];

// Server-Timing shows how long ranking took, for the bench and the browser's network panel.
export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  "Server-Timing": loaderHeaders.get("Server-Timing") ?? "",
  "Cache-Control": "no-store",
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const asked = new URL(request.url).searchParams.get("netwerk");
  const networkId = listNetworks().find((n) => n.id === asked)?.id;
  const agenda = loadAgenda({ networkId });
  const names = new Map(agenda.networks.map((n) => [n.id, n.name]));
  const ranked = agenda.ranked.map((t) => ({
    themeId: t.themeId,
    title: t.title,
    score: t.score,
    pollCount: t.pollCount,
    voters: t.voters,
    shared: t.shared,
    networkNames: t.networkIds.map((id) => names.get(id) ?? id),
    // The most recent few; the choose page lists them all.
    polls: t.polls.slice(0, POLLS_SHOWN).map((p) => ({ ...p, closedAt: p.closedAt.toISOString(), network: names.get(p.networkId) ?? p.networkId })),
    signals: t.signals,
  }));
  return json(
    { ranked, unsupported: agenda.unsupported, chosen: agenda.chosen, networks: agenda.networks, networkId: networkId ?? null, isCoordinator: hasRole(user, "coordinator") },
    { headers: { "Server-Timing": `agenda;dur=${agenda.computeMs.toFixed(2)}`, "Cache-Control": "no-store" } },
  );
}

export default function AgendaPage() {
  const { ranked, unsupported, chosen, networks, networkId, isCoordinator } = useLoaderData<typeof loader>();
  const query = networkId ? `?netwerk=${networkId}` : "";
  return (
    <div className="page">
      <RedirectNotice messages={{ toegevoegd: nl.themes.added, samengevoegd: nl.themes.mergedDone }} />
      <h1>{nl.agenda.title}</h1>
      <p className="lead">{nl.agenda.intro}</p>
      <details className="agenda-method">
        <summary>{nl.agenda.method}</summary>
        <p>{nl.agenda.methodText}</p>
      </details>
      <p className="actions">
        <Link to="/agenda/geschiedenis">{nl.agenda.history}</Link>
        {isCoordinator ? (
          <>
            <Link className="button button--secondary" to="/agenda/thema-nieuw">
              {nl.agenda.addTheme}
            </Link>
            <Link className="button button--secondary" to="/agenda/samenvoegen">
              {nl.agenda.mergeThemes}
            </Link>
            <a className="button button--secondary" href={`/agenda.csv${query}`} download>
              {nl.agenda.csv}
            </a>
          </>
        ) : null}
      </p>
      <nav aria-label={nl.agenda.tabsLabel} className="tabs">
        <ul>
          <li>
            <Link to="/agenda" aria-current={networkId === null ? "page" : undefined}>
              {nl.agenda.allNetworks}
            </Link>
          </li>
          {networks.map((n) => (
            <li key={n.id}>
              <Link to={`/agenda?netwerk=${n.id}`} aria-current={networkId === n.id ? "page" : undefined}>
                {n.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 id="rangorde">{nl.agenda.ranked}</h2>
      {ranked.length === 0 ? (
        <p>{networkId ? nl.agenda.noRankedNetwork : nl.agenda.noRanked}</p>
      ) : (
        <ol className="agenda-list" aria-labelledby="rangorde">
          {ranked.map((theme, i) => (
            <AgendaThemeCard key={theme.themeId} theme={theme} rank={i + 1} chooseHref={isCoordinator ? `/agenda/kiezen/${theme.themeId}${query}` : null} />
          ))}
        </ol>
      )}
      <h2>{nl.agenda.unsupported}</h2>
      {unsupported.length === 0 ? (
        <p>{nl.agenda.noUnsupported}</p>
      ) : (
        <ul className="cards">
          {unsupported.map((t) => (
            <li key={t.id} className="card">
              <h3>{t.title}</h3>
              <p className="muted">{nl.agenda.origin[t.origin]}</p>
              {t.reason ? <p>{t.reason}</p> : null}
              <Signals signals={t.signals} />
              {isCoordinator ? (
                <p>
                  <Link to={`/agenda/kiezen/${t.id}${query}`} aria-label={nl.agenda.choose(t.title)}>
                    {nl.agenda.chooseShort}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h2>{nl.agenda.chosen}</h2>
      {chosen.length === 0 ? (
        <p>{nl.agenda.noChosen}</p>
      ) : (
        <ul>
          {chosen.map((t) => (
            <li key={t.id}>
              {t.title} <span className="tag">{nl.agenda.status[t.status]}</span>{" "}
              {t.decisionId ? (
                <Link to={`/agenda/besluiten/${t.decisionId}`}>
                  {nl.agenda.decisionLink}
                  <span className="visually-hidden"> {nl.agenda.decisionAbout(t.title)}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
