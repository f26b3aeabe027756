import { nl } from "~/i18n/nl";
import type { Factor } from "~/lib/groups/constants";
import { formatDay } from "~/lib/dates";
import { FactorTags } from "./factor-tags";

export interface LogEntryItem {
  id: string;
  loggedOn: string;
  did: string;
  helped: string;
  hindered: string;
  next: string;
  shared: boolean;
  stepWhat: string | null;
  author: string | null;
  factors: { helped: Factor[]; hindered: Factor[] };
}

export function LogEntry({ entry, headingLevel = 3 }: { entry: LogEntryItem; headingLevel?: 3 | 4 }) {
  const t = nl.groups.logEntries;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article className="log-entry">
      <Heading className="log-entry__heading">{t.by(entry.author ?? nl.groups.list.formerMember, formatDay(entry.loggedOn))}</Heading>
      {entry.stepWhat ? <p className="muted">{t.onStep(entry.stepWhat)}</p> : null}
      {entry.shared ? <p><span className="tag">{t.sharedTag}</span></p> : null}
      <dl className="log-entry__body">
        <dt>{t.did}</dt>
        <dd>{entry.did}</dd>
        {entry.helped ? (
          <>
            <dt>{t.helped}</dt>
            <dd>{entry.helped}</dd>
          </>
        ) : null}
        {entry.hindered ? (
          <>
            <dt>{t.hindered}</dt>
            <dd>{entry.hindered}</dd>
          </>
        ) : null}
        {entry.next ? (
          <>
            <dt>{t.next}</dt>
            <dd>{entry.next}</dd>
          </>
        ) : null}
      </dl>
      <FactorTags label={t.helpedFactors} factors={entry.factors.helped} tone="ok" />
      <FactorTags label={t.hinderedFactors} factors={entry.factors.hindered} tone="warn" />
    </article>
  );
}
