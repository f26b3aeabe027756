// The shared thematic agenda: closed polls' snapshots, ranked with app/lib/agenda-ranking.ts.
import { performance } from "node:perf_hooks";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { decisions, networks, pollOptions, polls, webinars } from "~db/schema";
import { db } from "~/db.server";
import { pollShares, rankThemes, type PollResult, type RankedTheme } from "~/lib/agenda-ranking";
import { parseTally, toPollResult } from "~/lib/poll-tally";
import { signalsFor, type ThemeSignals } from "./agenda-signals.server";
import { closeDuePolls, recountClosedPoll } from "./polls.server";
import { listAllThemes, themeResolver } from "./themes.server";

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

function closedPolls(resolve: (id: string) => string | null): ClosedPoll[] {
  const select = () =>
    db
      .select({
        id: polls.id,
        type: polls.type,
        tally: polls.tally,
        question: polls.question,
        closedAt: polls.closedAt,
        closesAt: polls.closesAt,
        webinarId: polls.webinarId,
        webinarTitle: webinars.title,
        networkId: webinars.networkId,
      })
      .from(polls)
      .innerJoin(webinars, eq(webinars.id, polls.webinarId))
      .where(eq(polls.status, "closed"))
      .all();
  let rows = select();
  // Polls closed without a snapshot (older data, direct imports) are counted once and kept.
  const missing = rows.filter((r) => parseTally(r.tally) === null);
  if (missing.length > 0) {
    for (const row of missing) recountClosedPoll(row.id);
    rows = select();
  }
  const closedIds = db.select({ id: polls.id }).from(polls).where(eq(polls.status, "closed"));
  const optionRows = db
    .select({ id: pollOptions.id, pollId: pollOptions.pollId, themeId: pollOptions.themeId })
    .from(pollOptions)
    .where(inArray(pollOptions.pollId, closedIds))
    .orderBy(asc(pollOptions.pollId), asc(pollOptions.position))
    .all();
  const optionsByPoll = new Map<string, { id: string; themeId: string | null }[]>();
  for (const o of optionRows) {
    const list = optionsByPoll.get(o.pollId) ?? [];
    list.push({ id: o.id, themeId: o.themeId ? resolve(o.themeId) : null });
    optionsByPoll.set(o.pollId, list);
  }
  return rows.flatMap((row) => {
    const tally = parseTally(row.tally);
    if (!tally) return [];
    const closedAt = row.closedAt ?? row.closesAt ?? new Date(0);
    const result = toPollResult({
      pollId: row.id,
      webinarId: row.webinarId,
      networkId: row.networkId ?? NO_NETWORK,
      closedAt,
      type: row.type,
      tally,
      options: optionsByPoll.get(row.id) ?? [],
      resolveTheme: resolve,
    });
    return [{ result, question: row.question, webinarTitle: row.webinarTitle }];
  });
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
  const byId = new Map(live.map((t) => [t.id, t]));
  const candidates = ranked.flatMap((r): AgendaTheme[] => {
    const theme = byId.get(r.themeId);
    if (!theme || theme.status !== "candidate") return [];
    const pollsBehind = (behind.get(r.themeId) ?? []).sort((a, b) => b.closedAt.getTime() - a.closedAt.getTime());
    return [{ ...r, title: theme.title, slug: theme.slug, polls: pollsBehind, signals: signals.get(theme.id) ?? { modulesCompleted: 0, activeGroups: 0, hindering: [] } }];
  });
  const rankedIds = new Set(candidates.map((c) => c.themeId));
  const unsupported = live
    .filter((t) => t.status === "candidate" && !rankedIds.has(t.id))
    .map((t) => ({ id: t.id, title: t.title, origin: t.origin, reason: t.reason, signals: signals.get(t.id) ?? { modulesCompleted: 0, activeGroups: 0, hindering: [] } }));
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
