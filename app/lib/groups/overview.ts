// Pure helpers for the network overview: filtering, totals per theme or network, CSV rows.
import { nl } from "~/i18n/nl";
import type { Factor, GroupStatus, StepStatus } from "./constants";

export interface FigureRow {
  id: string;
  name: string;
  status: GroupStatus;
  startsOn: string;
  endsOn: string;
  themeSlug: string;
  themeTitle: string;
  networkSlug: string | null;
  networkName: string | null;
  lessonsLearned: string | null;
  members: number;
  experts: number;
  organisations: number;
  steps: Record<StepStatus, number>;
  stepsTotal: number;
  sharePercent: number;
  overdue: number;
  logEntriesRecent: number;
  lastLogEntryOn: string | null;
  hindering: { factor: Factor; count: number }[];
  helping: { factor: Factor; count: number }[];
}

export interface OverviewFilter {
  thema: string;
  netwerk: string;
  status: string;
}

export function overviewFilter(params: URLSearchParams): OverviewFilter {
  const status = params.get("status");
  return { thema: params.get("thema") ?? "", netwerk: params.get("netwerk") ?? "", status: status === "active" || status === "closed" ? status : "" };
}

export function filterFigures<R extends FigureRow>(rows: R[], filter: OverviewFilter): R[] {
  return rows.filter(
    (r) =>
      (!filter.thema || r.themeSlug === filter.thema) &&
      (!filter.netwerk || r.networkSlug === filter.netwerk) &&
      (!filter.status || r.status === filter.status),
  );
}

export interface Totals {
  key: string;
  label: string;
  groups: number;
  active: number;
  closed: number;
  members: number;
  stepsTotal: number;
  done: number;
  sharePercent: number;
  overdue: number;
  logEntriesRecent: number;
  topHindering: Factor | null;
}

export function totalsBy(rows: FigureRow[], by: "theme" | "network"): Totals[] {
  const map = new Map<string, Totals & { hindering: Map<Factor, number> }>();
  for (const r of rows) {
    const key = by === "theme" ? r.themeSlug : (r.networkSlug ?? "");
    const label = by === "theme" ? r.themeTitle : (r.networkName ?? nl.groups.list.noNetwork);
    const t = map.get(key) ?? { key, label, groups: 0, active: 0, closed: 0, members: 0, stepsTotal: 0, done: 0, sharePercent: 0, overdue: 0, logEntriesRecent: 0, topHindering: null, hindering: new Map() };
    t.groups++;
    t[r.status]++;
    t.members += r.members;
    t.stepsTotal += r.stepsTotal;
    t.done += r.steps.done;
    t.overdue += r.overdue;
    t.logEntriesRecent += r.logEntriesRecent;
    for (const h of r.hindering) t.hindering.set(h.factor, (t.hindering.get(h.factor) ?? 0) + h.count);
    map.set(key, t);
  }
  return [...map.values()].map(({ hindering, ...t }) => {
    let top: Factor | null = null;
    for (const [factor, count] of hindering) if (top === null || count > (hindering.get(top) ?? 0)) top = factor;
    return { ...t, sharePercent: t.stepsTotal === 0 ? 0 : Math.round((t.done / t.stepsTotal) * 100), topHindering: top };
  });
}

export function factorList(factors: { factor: Factor; count: number }[], max = 3): string {
  return factors
    .slice(0, max)
    .map((f) => `${nl.groups.factors[f.factor]} (${f.count})`)
    .join(", ");
}

export function csvRows(rows: FigureRow[]): (string | number | null)[][] {
  const c = nl.groups.overview.columns;
  const header = [c.group, c.theme, c.network, c.status, c.startsOn, c.endsOn, c.members, c.experts, c.organisations, c.planned, c.inProgress, c.done, c.stopped, c.shareDone, c.overdue, c.logEntriesRecent, c.lastActivity, c.topHindering, c.topHelping, c.lessons];
  return [
    header,
    ...rows.map((r) => [
      r.name, r.themeTitle, r.networkName, nl.groups.list.status[r.status], r.startsOn, r.endsOn, r.members, r.experts, r.organisations,
      r.steps.planned, r.steps.in_progress, r.steps.done, r.steps.stopped, r.sharePercent, r.overdue, r.logEntriesRecent, r.lastLogEntryOn,
      factorList(r.hindering, 8), factorList(r.helping, 8), r.lessonsLearned,
    ]),
  ];
}
