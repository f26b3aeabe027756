import { Link } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import { formatDay } from "~/lib/dates";

export interface AgendaThemeView {
  themeId: string;
  title: string;
  score: number;
  pollCount: number;
  voters: number;
  shared: boolean;
  networkNames: string[];
  polls: { pollId: string; question: string; webinarId: string; webinarTitle: string; network: string; closedAt: string; share: number }[];
  signals: {
    modulesCompleted: number;
    activeGroups: number;
    closedGroups: number;
    topHindering: { factor: string; label: string; count: number }[];
    lessons: string[];
  };
}

// The newest few, so the agenda stays short.
const LESSONS_SHOWN = 3;

function formatScore(score: number): string {
  return score.toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function Signals({ signals }: { signals: AgendaThemeView["signals"] }) {
  return (
    <div className="agenda-signals">
      <h4>{nl.agenda.signals}</h4>
      <ul>
        <li>{nl.agenda.modulesCompleted(signals.modulesCompleted)}</li>
        <li>{nl.agenda.activeGroups(signals.activeGroups)}</li>
        <li>
          {nl.agenda.hindering}:{" "}
          {signals.topHindering.length === 0 ? nl.agenda.noHindering : signals.topHindering.map((h) => `${h.label} (${h.count})`).join(", ")}
        </li>
      </ul>
      {signals.lessons.length > 0 ? (
        <details>
          <summary>{nl.agenda.lessons(signals.closedGroups)}</summary>
          <ul>
            {signals.lessons.slice(0, LESSONS_SHOWN).map((lesson, i) => (
              <li key={i}>{lesson}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export function AgendaThemeCard({ theme, rank, chooseHref }: { theme: AgendaThemeView; rank: number; chooseHref: string | null }) {
  const headingId = `thema-${theme.themeId}`;
  return (
    <li className="card agenda-theme">
      <h3 id={headingId}>
        <span className="agenda-theme__rank">{rank}.</span> {theme.title}{" "}
        {theme.shared ? (
          <span className="tag tag--ok" title={nl.agenda.sharedLong}>
            {nl.agenda.shared}
            <span className="visually-hidden">: {nl.agenda.sharedLong}</span>
          </span>
        ) : null}
      </h3>
      <p className="agenda-theme__figures">
        {nl.agenda.scoreValue(formatScore(theme.score))} · {nl.agenda.pollCount(theme.pollCount)} · {nl.agenda.voters(theme.voters)}
      </p>
      <p className="muted">
        {nl.agenda.networks}: {theme.networkNames.join(", ")}
      </p>
      <details>
        <summary>{nl.agenda.pollsBehind}</summary>
        <ul className="agenda-polls">
          {theme.polls.map((p) => (
            <li key={p.pollId}>
              <Link to={`/webinars/${p.webinarId}#peiling-${p.pollId}`}>{p.question}</Link>{" "}
              <span className="muted">
                {p.webinarTitle} · {p.network} · {formatDay(p.closedAt)} · {nl.agenda.shareOf(String(Math.round(p.share * 100)))}
              </span>
            </li>
          ))}
        </ul>
        {theme.pollCount > theme.polls.length ? <p className="muted">{nl.agenda.morePolls(theme.pollCount - theme.polls.length)}</p> : null}
      </details>
      <Signals signals={theme.signals} />
      {chooseHref ? (
        <p>
          <Link className="button" to={chooseHref} aria-label={nl.agenda.choose(theme.title)}>
            {nl.agenda.chooseShort}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
