// Counts the votes of one poll. Pure: the same tally feeds the presenter screen, the CSV
// export and, once the poll closes, the agenda (see agenda-ranking.ts).
import { scaleAverageToShare, type PollResult, type ThemeShare } from "./agenda-ranking";
import type { PollType } from "./webinars/constants";

export type VotePayload = { optionIds: string[] } | { ranking: string[] } | { scale: number } | { text: string };

export interface TallyVote {
  payload: string;
  hidden: boolean;
  mergedThemeId: string | null;
}

export interface OptionTally {
  count: number;
  points: number;
}

export interface PollTally {
  // Votes that count: every vote, except open answers a coordinator hid.
  voters: number;
  options: Record<string, OptionTally>;
  // All option choices together (multiple choice: more than voters) and all ranking points.
  selections: number;
  points: number;
  scale: { count: number; sum: number; distribution: number[] };
  // Open answers merged into a theme, per theme id.
  merged: Record<string, number>;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

export function parsePayload(raw: string): VotePayload | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  if ("optionIds" in value && isStringArray(value.optionIds)) return { optionIds: value.optionIds };
  if ("ranking" in value && isStringArray(value.ranking)) return { ranking: value.ranking };
  if ("scale" in value && typeof value.scale === "number") return { scale: value.scale };
  if ("text" in value && typeof value.text === "string") return { text: value.text };
  return null;
}

function emptyTally(optionIds: readonly string[]): PollTally {
  const options: Record<string, OptionTally> = {};
  for (const id of optionIds) options[id] = { count: 0, points: 0 };
  return { voters: 0, options, selections: 0, points: 0, scale: { count: 0, sum: 0, distribution: [0, 0, 0, 0, 0] }, merged: {} };
}

function addVote(tally: PollTally, type: PollType, payload: VotePayload, optionCount: number, mergedThemeId: string | null) {
  if (type === "single" || type === "multiple") {
    if (!("optionIds" in payload)) return;
    for (const id of new Set(payload.optionIds)) {
      const option = tally.options[id];
      if (!option) continue;
      option.count += 1;
      tally.selections += 1;
    }
  } else if (type === "ranking") {
    if (!("ranking" in payload)) return;
    // Borda count: first place gets as many points as there are options, the next one less.
    [...new Set(payload.ranking)].forEach((id, place) => {
      const option = tally.options[id];
      if (!option) return;
      const points = Math.max(0, optionCount - place);
      option.count += 1;
      option.points += points;
      tally.points += points;
    });
  } else if (type === "scale") {
    if (!("scale" in payload) || !Number.isInteger(payload.scale) || payload.scale < 1 || payload.scale > 5) return;
    tally.scale.count += 1;
    tally.scale.sum += payload.scale;
    tally.scale.distribution[payload.scale - 1] = (tally.scale.distribution[payload.scale - 1] ?? 0) + 1;
  } else if (mergedThemeId) {
    tally.merged[mergedThemeId] = (tally.merged[mergedThemeId] ?? 0) + 1;
  }
  tally.voters += 1;
}

export function tallyVotes(type: PollType, optionIds: readonly string[], votes: Iterable<TallyVote>): PollTally {
  const tally = emptyTally(optionIds);
  for (const vote of votes) {
    if (vote.hidden) continue;
    const payload = parsePayload(vote.payload);
    if (payload) addVote(tally, type, payload, optionIds.length, vote.mergedThemeId);
  }
  return tally;
}

export function scaleAverage(tally: PollTally): number | null {
  return tally.scale.count > 0 ? tally.scale.sum / tally.scale.count : null;
}

// One option's share as people read it, 0..1: of all ranking points, of the voters (multiple
// choice: "63% chose this"), or of all choices. The agenda uses its own snapshot, not this.
export function optionShare(type: PollType, tally: PollTally, optionId: string): number {
  const option = tally.options[optionId];
  if (!option) return 0;
  if (type === "ranking") return tally.points > 0 ? option.points / tally.points : 0;
  if (type === "multiple") return tally.voters > 0 ? option.count / tally.voters : 0;
  return tally.selections > 0 ? option.count / tally.selections : 0;
}

// What a closed poll tells the agenda, kept with the poll when it closes (see agenda-ranking.ts).
// Theme ids are stored as they were; the agenda resolves merged themes when it reads them.
export type AgendaSnapshot = Pick<PollResult, "voters" | "totalVotes" | "themeVotes"> & { themeShares: ThemeShare[] };

export function agendaSnapshot(type: PollType, tally: PollTally, options: readonly { id: string; themeId: string | null }[]): AgendaSnapshot {
  const voters = tally.voters;
  if (type === "single" || type === "multiple") {
    const themeVotes = options.flatMap((o) => (o.themeId ? [{ themeId: o.themeId, votes: tally.options[o.id]?.count ?? 0 }] : []));
    return { voters, totalVotes: tally.selections, themeVotes, themeShares: [] };
  }
  if (type === "ranking") {
    const themeShares = options.flatMap((o) =>
      o.themeId && tally.points > 0 ? [{ themeId: o.themeId, share: (tally.options[o.id]?.points ?? 0) / tally.points }] : [],
    );
    return { voters, totalVotes: voters, themeVotes: [], themeShares };
  }
  if (type === "scale") {
    const themeId = options[0]?.themeId;
    const average = scaleAverage(tally);
    const themeShares = themeId && average !== null ? [{ themeId, share: scaleAverageToShare(average) }] : [];
    return { voters, totalVotes: voters, themeVotes: [], themeShares };
  }
  const themeVotes = Object.entries(tally.merged).map(([themeId, votes]) => ({ themeId, votes }));
  return { voters, totalVotes: voters, themeVotes, themeShares: [] };
}

// [{ themeId, <key>: number }] read from unknown JSON, or null.
function themeAmounts(value: unknown, key: "votes" | "share"): { themeId: string; amount: number }[] | null {
  if (!Array.isArray(value)) return null;
  const out: { themeId: string; amount: number }[] = [];
  for (const item of value) {
    if (typeof item !== "object" || item === null) return null;
    const themeId: unknown = "themeId" in item ? item.themeId : null;
    const amount: unknown = key in item ? Reflect.get(item, key) : null;
    if (typeof themeId !== "string" || typeof amount !== "number") return null;
    out.push({ themeId, amount });
  }
  return out;
}

// Reads a stored snapshot back; null when it is missing or malformed (then the poll is counted again).
export function parseSnapshot(raw: string | null): AgendaSnapshot | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || !("voters" in value) || !("totalVotes" in value)) return null;
  const { voters, totalVotes } = value;
  const themeVotes = themeAmounts("themeVotes" in value ? value.themeVotes : null, "votes");
  const themeShares = themeAmounts("themeShares" in value ? value.themeShares : null, "share");
  if (typeof voters !== "number" || typeof totalVotes !== "number" || !themeVotes || !themeShares) return null;
  return {
    voters,
    totalVotes,
    themeVotes: themeVotes.map((t) => ({ themeId: t.themeId, votes: t.amount })),
    themeShares: themeShares.map((t) => ({ themeId: t.themeId, share: t.amount })),
  };
}
