// Ranks candidate themes on the shared thematic agenda from closed poll results.
// Pure and linear in the number of (poll, theme) pairs; see docs/decisions/002-agenda-ranking.md.

export const HALF_LIFE_DAYS = 180;
// A poll with this many voters counts fully; smaller polls count less, bigger ones no more.
export const REFERENCE_VOTERS = 30;

const DAY_MS = 86_400_000;
// Scores are compared at this precision so float summation order cannot break ties.
const SCORE_PRECISION = 1e9;

export interface ThemeVotes {
  themeId: string;
  votes: number;
}

export interface ThemeShare {
  themeId: string;
  // Support already normalised to 0..1, e.g. a scale average or ranking points / all points.
  share: number;
}

export interface PollResult {
  pollId: string;
  networkId: string;
  // Polls of one webinar are counted once in webinarCount; falls back to pollId.
  webinarId?: string;
  closedAt: Date;
  // People who answered: drives the turnout weight.
  voters: number;
  // All votes cast, including options that point at no theme: the denominator of each share.
  totalVotes: number;
  // Votes per option that points at a theme; several options may point at the same theme.
  themeVotes: ThemeVotes[];
  themeShares?: ThemeShare[];
}

export interface RankedTheme {
  themeId: string;
  // Sum over supporting polls of share * turnout weight * age fade, within the chosen view.
  score: number;
  pollCount: number;
  webinarCount: number;
  // Sum of voters of the supporting polls; a person voting in two polls counts twice.
  voters: number;
  // The next three always describe the whole agenda, also in a one-network view.
  networkIds: string[];
  shared: boolean;
  perNetwork: Record<string, number>;
}

export interface RankOptions {
  now: Date;
  networkId?: string;
  titles?: Record<string, string>;
}

export function turnoutWeight(voters: number): number {
  // Square root: a 30-voter poll counts fully, a 7-voter poll about half.
  return voters > 0 ? Math.min(1, Math.sqrt(voters / REFERENCE_VOTERS)) : 0;
}

export function ageFade(closedAt: Date, now: Date): number {
  // A poll "closed in the future" (clock skew) counts as fresh, never more.
  const ageDays = Math.max(0, (now.getTime() - closedAt.getTime()) / DAY_MS);
  return 0.5 ** (ageDays / HALF_LIFE_DAYS);
}

// Maps a 1–5 scale average onto a 0..1 share so scale polls fit the same formula.
export function scaleAverageToShare(average: number, min = 1, max = 5): number {
  return clampShare((average - min) / (max - min));
}

function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

// Each theme's share of one poll, 0..1: a poll never gives a theme more than its whole vote.
// rankThemes applies the same rule inline; this copy lets the UI explain one poll's contribution.
export function pollShares(poll: PollResult): Map<string, number> {
  const shares = new Map<string, number>();
  if (!(poll.totalVotes > 0)) return shares;
  for (const { themeId, votes } of poll.themeVotes) {
    if (votes > 0) shares.set(themeId, (shares.get(themeId) ?? 0) + votes / poll.totalVotes);
  }
  for (const { themeId, share } of poll.themeShares ?? []) {
    if (share > 0) shares.set(themeId, (shares.get(themeId) ?? 0) + share);
  }
  for (const [themeId, share] of shares) shares.set(themeId, clampShare(share));
  return shares;
}

interface Tally {
  score: number;
  pollCount: number;
  voters: number;
  webinars: Set<string>;
  // Indexed by network number; an array is much cheaper than a Map per theme in the hot loop.
  perNetwork: number[];
  // Serial of the last poll seen and the theme's raw share in it, to merge options of one poll.
  lastPoll: number;
  lastRaw: number;
}

interface Accumulator {
  tallies: Map<string, Tally>;
  networkIndex: Map<string, number>;
}

interface PollContext {
  serial: number;
  factor: number;
  network: number;
  inView: boolean;
  voters: number;
  webinar: string;
}

function networkNumber(acc: Accumulator, networkId: string): number {
  let index = acc.networkIndex.get(networkId);
  if (index === undefined) {
    index = acc.networkIndex.size;
    acc.networkIndex.set(networkId, index);
  }
  return index;
}

function tallyFor(acc: Accumulator, themeId: string): Tally {
  let tally = acc.tallies.get(themeId);
  if (tally === undefined) {
    tally = { score: 0, pollCount: 0, voters: 0, webinars: new Set(), perNetwork: [], lastPoll: -1, lastRaw: 0 };
    acc.tallies.set(themeId, tally);
  }
  return tally;
}

// One Map lookup per (poll, theme) pair and no per-poll allocations: this is the hot loop.
function addSupport(acc: Accumulator, themeId: string, raw: number, poll: PollContext): void {
  if (!(raw > 0)) return;
  const tally = tallyFor(acc, themeId);
  const repeat = tally.lastPoll === poll.serial;
  const before = repeat ? tally.lastRaw : 0;
  tally.lastPoll = poll.serial;
  tally.lastRaw = before + raw;
  // A second option for the same theme adds only up to the cap of the whole poll.
  const support = (clampShare(before + raw) - clampShare(before)) * poll.factor;
  tally.perNetwork[poll.network] = (tally.perNetwork[poll.network] ?? 0) + support;
  if (!poll.inView) return;
  tally.score += support;
  if (repeat) return;
  tally.pollCount += 1;
  tally.voters += poll.voters;
  tally.webinars.add(poll.webinar);
}

function addPoll(acc: Accumulator, poll: PollResult, serial: number, opts: RankOptions): void {
  // Zero-vote polls say nothing about preference.
  if (!(poll.voters > 0 && poll.totalVotes > 0)) return;
  const factor = turnoutWeight(poll.voters) * ageFade(poll.closedAt, opts.now);
  // Also drops polls with an invalid date (NaN).
  if (!(factor > 0)) return;
  const context: PollContext = {
    serial,
    factor,
    network: networkNumber(acc, poll.networkId),
    inView: opts.networkId === undefined || poll.networkId === opts.networkId,
    voters: poll.voters,
    webinar: poll.webinarId ?? `poll:${poll.pollId}`,
  };
  for (const { themeId, votes } of poll.themeVotes) addSupport(acc, themeId, votes / poll.totalVotes, context);
  for (const { themeId, share } of poll.themeShares ?? []) addSupport(acc, themeId, share, context);
}

function toRanked(themeId: string, tally: Tally, networkIds: string[]): RankedTheme {
  const perNetwork = new Map<string, number>();
  tally.perNetwork.forEach((support, index) => {
    const networkId = networkIds[index];
    if (networkId !== undefined) perNetwork.set(networkId, support);
  });
  const supportedBy = [...perNetwork.keys()].sort();
  return {
    themeId,
    score: tally.score,
    pollCount: tally.pollCount,
    webinarCount: tally.webinars.size,
    voters: tally.voters,
    networkIds: supportedBy,
    shared: supportedBy.length >= 2,
    perNetwork: Object.fromEntries(supportedBy.map((id) => [id, perNetwork.get(id) ?? 0])),
  };
}

// Created once: building a collator costs milliseconds. numeric: "Thema 2" before "Thema 10".
let dutchCollator: Intl.Collator | undefined;
function collator(): Intl.Collator {
  dutchCollator ??= new Intl.Collator("nl", { numeric: true });
  return dutchCollator;
}

export function rankThemes(polls: PollResult[], opts: RankOptions): RankedTheme[] {
  const acc: Accumulator = { tallies: new Map(), networkIndex: new Map() };
  polls.forEach((poll, serial) => addPoll(acc, poll, serial, opts));

  const networkIds = [...acc.networkIndex.keys()];
  const ranked: RankedTheme[] = [];
  for (const [themeId, tally] of acc.tallies) {
    if (tally.pollCount > 0) ranked.push(toRanked(themeId, tally, networkIds));
  }

  const title = (themeId: string): string => opts.titles?.[themeId] ?? themeId;
  const key = (theme: RankedTheme): number => Math.round(theme.score * SCORE_PRECISION);
  return ranked.sort(
    (a, b) =>
      key(b) - key(a) ||
      b.pollCount - a.pollCount ||
      collator().compare(title(a.themeId), title(b.themeId)) ||
      (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0),
  );
}
