// Casting a vote: the one function both the Remix action and the lean fast path in server.ts use.
import { randomBytes, randomUUID } from "node:crypto";
import { lucia } from "~/auth.server";
import { prepared, sqlite } from "~/db.server";
import { env } from "~/env.server";
import { normalizeJoinCode } from "~/lib/join-code";
import type { VotePayload } from "~/lib/poll-tally";
import type { PollType } from "~/lib/webinars/constants";
import { parseVoteInput, type FormFields } from "~/lib/vote-input";
import { publishWebinar } from "~/models/webinars/live.server";

export const VOTER_COOKIE = "leercirkel_stemmer";
const VOTER_COOKIE_MAX_AGE = 7 * 24 * 3600;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

export interface Voter {
  voterKey: string;
  userId: string | null;
  // Set when this device had no participant token yet.
  setCookie?: string;
}

function readCookie(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function voterCookie(token: string): string {
  return `${VOTER_COOKIE}=${token}; Path=/; Max-Age=${VOTER_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${env.COOKIE_SECURE ? "; Secure" : ""}`;
}

// A device without a token gets a fresh random one; nothing about the person is in it.
export function newVoterToken(): string {
  return randomBytes(16).toString("hex");
}

export function voterToken(cookieHeader: string): string | null {
  const token = readCookie(cookieHeader, VOTER_COOKIE);
  return token && TOKEN.test(token) ? token : null;
}

// A logged-in user votes as themselves; anyone else as their device's participant token.
export async function resolveVoter(cookieHeader: string): Promise<Voter> {
  const sessionId = lucia.readSessionCookie(cookieHeader);
  if (sessionId) {
    const { user } = await lucia.validateSession(sessionId);
    if (user) return { voterKey: `user:${user.id}`, userId: user.id };
  }
  const token = voterToken(cookieHeader);
  if (token) return { voterKey: `device:${token}`, userId: null };
  const fresh = newVoterToken();
  return { voterKey: `device:${fresh}`, userId: null, setCookie: voterCookie(fresh) };
}

// The parts of a poll that never change after it is created: cached per process.
interface PollMeta {
  webinarId: string;
  joinCode: string;
  type: PollType;
  maxChoices: number;
  anonymous: boolean;
  optionIds: string[];
}

// Prepared once per process: the vote is the hot path of a burst.
const statements = prepared(() => ({
  poll: sqlite.prepare<[string], { webinarId: string; joinCode: string; type: PollType; maxChoices: number; anonymous: number }>(
    `select p.webinar_id as webinarId, w.join_code as joinCode, p.type, p.max_choices as maxChoices, p.anonymous
     from polls p join webinars w on w.id = p.webinar_id where p.id = ?`,
  ),
  options: sqlite.prepare<[string], { id: string }>("select id from poll_options where poll_id = ? order by position"),
  state: sqlite.prepare<[string], { status: string; closesAt: number | null }>("select status, closes_at as closesAt from polls where id = ?"),
  // One statement, so one atomic transaction: the row is written only while the poll is open,
  // and the unique key (poll, voter) turns a re-vote or a double submit into a replacement.
  // Returns the row's id: the new id for a new voter, the earlier one for a re-vote.
  upsert: sqlite.prepare<[string, string, string | null, string, number, number, string, number], { id: string }>(
    `insert into votes (id, poll_id, voter_key, user_id, payload, hidden, merged_theme_id, created_at, updated_at)
     select ?, p.id, ?, ?, ?, 0, null, ?, ? from polls p
     where p.id = ? and p.status = 'open' and (p.closes_at is null or p.closes_at > ?)
     on conflict (poll_id, voter_key) do update set
       payload = excluded.payload, user_id = excluded.user_id, hidden = 0, merged_theme_id = null, updated_at = excluded.updated_at
     returning id`,
  ),
  // Only a voter who already voted: what an address at its cap may still do.
  replace: sqlite.prepare<[string, string | null, number, string, string, number]>(
    `update votes set payload = ?, user_id = ?, hidden = 0, merged_theme_id = null, updated_at = ?
     where poll_id = ? and voter_key = ? and exists (
       select 1 from polls p where p.id = votes.poll_id and p.status = 'open' and (p.closes_at is null or p.closes_at > ?))`,
  ),
  refuse: sqlite.prepare<[string]>("update polls set refused_votes = refused_votes + 1 where id = ?"),
}));

const metaCache = new Map<string, PollMeta>();
function pollMeta(pollId: string): PollMeta | undefined {
  let meta = metaCache.get(pollId);
  if (!meta) {
    const s = statements();
    const row = s.poll.get(pollId);
    if (!row) return undefined;
    meta = { ...row, anonymous: row.anonymous === 1, optionIds: s.options.all(pollId).map((o) => o.id) };
    metaCache.set(pollId, meta);
  }
  return meta;
}

function isOpen(pollId: string, now: number): boolean {
  const state = statements().state.get(pollId);
  return state?.status === "open" && (state.closesAt === null || state.closesAt > now);
}

export interface CastVote {
  pollId: string;
  voterKey: string;
  userId: string | null;
  payload: VotePayload;
}

// Saved exactly once, or refused because the poll is not open (at the moment of writing).
function writeVote(vote: CastVote, now: number): "new" | "replaced" | "closed" {
  const id = randomUUID();
  const row = statements().upsert.get(id, vote.voterKey, vote.userId, JSON.stringify(vote.payload), now, now, vote.pollId, now);
  if (!row) return "closed";
  return row.id === id ? "new" : "replaced";
}

export function castVote(vote: CastVote, now = Date.now()): "saved" | "closed" {
  return writeVote(vote, now) === "closed" ? "closed" : "saved";
}

// New anonymous voters per poll and client address since the process started (decision 014):
// an in-memory count keeps the vote path fast; only refusals are written. On globalThis because
// server.ts and the Remix build each bundle this module.
const globalForVotes = globalThis as typeof globalThis & { __leercirkelNewVoters?: Map<string, Map<string, number>> };
const newVoters = (globalForVotes.__leercirkelNewVoters ??= new Map());

function newVotersFrom(pollId: string, clientIp: string): number {
  return newVoters.get(pollId)?.get(clientIp) ?? 0;
}

function countNewVoter(pollId: string, clientIp: string) {
  let perAddress = newVoters.get(pollId);
  if (!perAddress) {
    perAddress = new Map();
    newVoters.set(pollId, perAddress);
  }
  perAddress.set(clientIp, (perAddress.get(clientIp) ?? 0) + 1);
}

// An anonymous device votes unless its address already brought POLL_VOTERS_PER_IP new voters
// to this poll; it may still change a vote it cast. Logged-in voters are never capped.
function castCapped(vote: CastVote, clientIp: string, now: number): "saved" | "closed" | "refused" {
  const anonymous = vote.userId === null;
  if (anonymous && newVotersFrom(vote.pollId, clientIp) >= env.POLL_VOTERS_PER_IP) {
    const s = statements();
    if (s.replace.run(JSON.stringify(vote.payload), vote.userId, now, vote.pollId, vote.voterKey, now).changes > 0) return "saved";
    if (!isOpen(vote.pollId, now)) return "closed";
    s.refuse.run(vote.pollId);
    return "refused";
  }
  const result = writeVote(vote, now);
  if (result === "new" && anonymous) countNewVoter(vote.pollId, clientIp);
  return result === "closed" ? "closed" : "saved";
}

export type VoteOutcome =
  | { kind: "saved"; location: string; setCookie?: string }
  | { kind: "refused"; location: string; setCookie?: string }
  | { kind: "unknown-poll" }
  | { kind: "closed"; pollId: string }
  | { kind: "login-required"; pollId: string }
  | { kind: "invalid"; pollId: string; error: string };

export function votedLocation(code: string, pollId: string): string {
  return `/stem/${encodeURIComponent(code)}?gestemd=${encodeURIComponent(pollId)}`;
}

// Where a refused voter reads why; a redirect like a saved vote, so it is counted once.
export function refusedLocation(code: string, pollId: string): string {
  return `/stem/${encodeURIComponent(code)}?geweigerd=${encodeURIComponent(pollId)}`;
}

// Everything a vote form post does, without touching HTTP: the caller turns the outcome into a response.
export function submitVote(codeInput: string, fields: FormFields, voter: Voter, clientIp: string, now = Date.now()): VoteOutcome {
  const code = normalizeJoinCode(codeInput);
  const pollId = fields.getAll("pollId").find((v): v is string => typeof v === "string");
  if (!code || !pollId) return { kind: "unknown-poll" };
  const poll = pollMeta(pollId);
  if (!poll || poll.joinCode !== code) return { kind: "unknown-poll" };
  if (!poll.anonymous && !voter.userId) return { kind: "login-required", pollId };
  const input = parseVoteInput(poll, fields);
  // Only on this (rare) path is the state read separately: a closed poll says so, whatever was sent.
  if (!input.ok) return isOpen(pollId, now) ? { kind: "invalid", pollId, error: input.error } : { kind: "closed", pollId };
  const result = castCapped({ pollId, voterKey: voter.voterKey, userId: voter.userId, payload: input.payload }, clientIp, now);
  if (result === "closed") return { kind: "closed", pollId };
  publishWebinar(poll.webinarId);
  if (result === "refused") return { kind: "refused", location: refusedLocation(code, pollId), setCookie: voter.setCookie };
  return { kind: "saved", location: votedLocation(code, pollId), setCookie: voter.setCookie };
}
