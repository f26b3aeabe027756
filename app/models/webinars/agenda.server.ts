// The shared thematic agenda: closed polls' snapshots, ranked with app/lib/agenda-ranking.ts.
import { performance } from "node:perf_hooks";
import { asc, desc } from "drizzle-orm";
import { decisions, networks } from "~db/schema";
import { db, prepared, sqlite } from "~/db.server";
import { pollShares, rankThemes, type PollResult, type RankedTheme } from "~/lib/agenda-ranking";
import { parseSnapshot } from "~/lib/poll-tally";
import { groupSignalsByTheme, NO_GROUP_SIGNALS, type GroupSignals } from "~/models/groups/signals.server";
import { completionsByThemeSlug } from "~/models/learning/module-themes.server";
import { closeDuePolls, recountClosedPoll } from "~/models/webinars/polls.server";
import { listAllThemes, themeResolver } from "~/models/webinars/themes.server";

// Webinars without a network still count, as their own "network".
const NO_NETWORK = "zonder-netwerk";

export interface AgendaPoll {
  pollId: string;
  question: string;
  webinarId: string;
  webinarTitle: string;
  networkId: string;
  closedAt: Date;
  voters: number;
  share: number;
}

interface ClosedPoll {
  result: PollResult;
  question: string;
  webinarTitle: string;
}

interface ClosedRow {
  id: string;
  snapshot: string | null;
  question: string;
  closedAt: number | null;
  closesAt: number | null;
  webinarId: string;
  webinarTitle: string;
  networkId: string | null;
}

// A plain prepared statement: the agenda reads every closed poll's snapshot on each view.
const closedStatement = prepared(() =>
  sqlite.prepare<[], ClosedRow>(
    `select p.id, p.tally as snapshot, p.question, p.closed_at as closedAt, p.closes_at as closesAt,
            p.webinar_id as webinarId, w.title as webinarTitle, w.network_id as networkId
     from polls p join webinars w on w.id = p.webinar_id where p.status = 'closed'`,
  ),
);
function readClosed() {
  return closedStatement().all().map((row) => ({ ...row, parsed: parseSnapshot(row.snapshot) }));
}

function resolved<T extends { themeId: string }>(items: T[], resolve: (id: string) => string | null): T[] {
  return items.flatMap((item) => {
    const themeId = resolve(item.themeId);
    return themeId ? [{ ...item, themeId }] : [];
  });
}

function closedPolls(resolve: (id: string) => string | null): ClosedPoll[] {
  let rows = readClosed();
  // Polls closed without a snapshot (older data, direct imports) are counted once and kept.
  if (rows.some((r) => r.parsed === null)) {
    for (const row of rows) if (row.parsed === null) recountClosedPoll(row.id);
    rows = readClosed();
  }
  return rows.flatMap((row) => {
    const snapshot = row.parsed;
    if (!snapshot) return [];
    const result: PollResult = {
      pollId: row.id,
      webinarId: row.webinarId,
      networkId: row.networkId ?? NO_NETWORK,
      closedAt: new Date(row.closedAt ?? row.closesAt ?? 0),
      voters: snapshot.voters,
      totalVotes: snapshot.totalVotes,
      themeVotes: resolved(snapshot.themeVotes, resolve),
      themeShares: resolved(snapshot.themeShares, resolve),
    };
    return [{ result, question: row.question, webinarTitle: row.webinarTitle }];
  });
}

// Beside each theme: how often its modules were completed, and what its groups report.
export interface ThemeSignals extends GroupSignals {
  modulesCompleted: number;
}

function signalsFor(themes: readonly { id: string; slug: string }[]): Map<string, ThemeSignals> {
  const completions = completionsByThemeSlug();
  const groups = groupSignalsByTheme();
  return new Map(themes.map((t) => [t.id, { modulesCompleted: completions.get(t.slug) ?? 0, ...(groups.get(t.id) ?? NO_GROUP_SIGNALS) }]));
}

export interface AgendaTheme extends RankedTheme {
  title: string;
  slug: string;
  polls: AgendaPoll[];
  signals: ThemeSignals;
}

export function loadAgenda({ networkId, now = new Date() }: { networkId?: string; now?: Date } = {}) {
  closeDuePolls(now);
  const started = performance.now();
  const allThemes = listAllThemes();
  const resolve = themeResolver(allThemes);
  const live = allThemes.filter((t) => t.mergedIntoId === null);
  const titles = Object.fromEntries(live.map((t) => [t.id, t.title]));
  const closed = closedPolls(resolve);
  const ranked = rankThemes(
    closed.map((c) => c.result),
    { now, networkId, titles },
  );

  const behind = new Map<string, AgendaPoll[]>();
  for (const { result, question, webinarTitle } of closed) {
    if (networkId !== undefined && result.networkId !== networkId) continue;
    for (const [themeId, share] of pollShares(result)) {
      if (share <= 0) continue;
      const list = behind.get(themeId) ?? [];
      list.push({ pollId: result.pollId, question, webinarId: result.webinarId ?? "", webinarTitle, networkId: result.networkId, closedAt: result.closedAt, voters: result.voters, share });
      behind.set(themeId, list);
    }
  }
  const computeMs = performance.now() - started;

  const signals = signalsFor(live);
  const signalsOf = (themeId: string): ThemeSignals => signals.get(themeId) ?? { modulesCompleted: 0, ...NO_GROUP_SIGNALS };
  const byId = new Map(live.map((t) => [t.id, t]));
  const candidates = ranked.flatMap((r): AgendaTheme[] => {
    const theme = byId.get(r.themeId);
    if (!theme || theme.status !== "candidate") return [];
    const pollsBehind = (behind.get(r.themeId) ?? []).sort((a, b) => b.closedAt.getTime() - a.closedAt.getTime());
    return [{ ...r, title: theme.title, slug: theme.slug, polls: pollsBehind, signals: signalsOf(theme.id) }];
  });
  const rankedIds = new Set(candidates.map((c) => c.themeId));
  const unsupported = live
    .filter((t) => t.status === "candidate" && !rankedIds.has(t.id))
    .map((t) => ({ id: t.id, title: t.title, origin: t.origin, reason: t.reason, signals: signalsOf(t.id) }));
  return { ranked: candidates, unsupported, chosen: chosenThemes(), networks: listNetworkNames(), computeMs };
}
export type Agenda = ReturnType<typeof loadAgenda>;

function listNetworkNames() {
  return db.select({ id: networks.id, name: networks.name }).from(networks).orderBy(asc(networks.name)).all();
}

// Themes already chosen, with their latest decision.
function chosenThemes() {
  const rows = db
    .select({ decisionId: decisions.id, themeId: decisions.themeId, decidedAt: decisions.decidedAt })
    .from(decisions)
    .orderBy(desc(decisions.decidedAt))
    .all();
  const latest = new Map<string, string>();
  for (const row of rows) if (!latest.has(row.themeId)) latest.set(row.themeId, row.decisionId);
  return listAllThemes()
    .filter((t) => t.mergedIntoId === null && t.status !== "candidate")
    .map((t) => ({ id: t.id, title: t.title, status: t.status, decisionId: latest.get(t.id) ?? null }));
}
