// Live results: one in-process hub pushes a webinar's poll results to every open presenter
// screen (Server-Sent Events). Votes only mark the webinar dirty; the results are counted at
// most once per PUSH_DELAY_MS however many votes arrive, and written to all streams at once.
import { eq, inArray, sql } from "drizzle-orm";
import { polls, votes } from "~db/schema";
import { db } from "~/db.server";
import { pollView, type LiveState } from "~/lib/poll-view";
import { closeDuePolls, listPolls } from "~/models/webinars/polls.server";

export const PUSH_DELAY_MS = 100;
const HEARTBEAT_MS = 25_000;

type Listener = (chunk: string) => void;

interface Hub {
  listeners: Map<string, Set<Listener>>;
  timers: Map<string, ReturnType<typeof setTimeout>>;
  // One wake-up per webinar at the next closing time of an open poll, so screens see it close.
  closing: Map<string, ReturnType<typeof setTimeout>>;
  cache: Map<string, string>;
  heartbeat?: ReturnType<typeof setInterval>;
}

// Shared through globalThis: server.ts and the Remix build each bundle this module once.
const globalForLive = globalThis as typeof globalThis & { __leercirkelLive?: Hub };
const hub: Hub = (globalForLive.__leercirkelLive ??= { listeners: new Map(), timers: new Map(), closing: new Map(), cache: new Map() });

function wakeAtNextClosing(webinarId: string, closesAt: (Date | null)[]) {
  const now = Date.now();
  const next = Math.min(...closesAt.map((d) => d?.getTime() ?? Infinity).filter((t) => t > now));
  if (!Number.isFinite(next) || hub.closing.has(webinarId) || !hub.listeners.has(webinarId)) return;
  const timer = setTimeout(() => {
    hub.closing.delete(webinarId);
    publishWebinar(webinarId);
  }, Math.min(next - now + 50, 2 ** 31 - 1));
  timer.unref();
  hub.closing.set(webinarId, timer);
}

export function liveState(webinarId: string): LiveState {
  closeDuePolls();
  const list = listPolls(webinarId);
  wakeAtNextClosing(webinarId, list.filter((p) => p.status === "open").map((p) => p.closesAt));
  const ids = list.map((p) => p.id);
  const rows =
    ids.length === 0
      ? []
      : db
          .select({ id: votes.id, pollId: votes.pollId, payload: votes.payload, hidden: votes.hidden, mergedThemeId: votes.mergedThemeId })
          .from(votes)
          .where(inArray(votes.pollId, ids))
          .orderBy(votes.updatedAt)
          .all();
  const participants =
    db
      .select({ n: sql<number>`count(distinct ${votes.voterKey})` })
      .from(votes)
      .innerJoin(polls, eq(polls.id, votes.pollId))
      .where(eq(polls.webinarId, webinarId))
      .get()?.n ?? 0;
  return {
    at: Date.now(),
    participants,
    polls: list.map((poll) => pollView(poll, poll.options, rows.filter((r) => r.pollId === poll.id))),
    refused: Object.fromEntries(list.filter((p) => p.refusedVotes > 0).map((p) => [p.id, p.refusedVotes])),
  };
}

function stateChunk(webinarId: string): string {
  let chunk = hub.cache.get(webinarId);
  if (chunk === undefined) {
    chunk = `data: ${JSON.stringify(liveState(webinarId))}\n\n`;
    hub.cache.set(webinarId, chunk);
  }
  return chunk;
}

function ensureHeartbeat() {
  if (hub.heartbeat) return;
  // Keeps idle streams open through proxies; unref'd so it never holds the process alive.
  hub.heartbeat = setInterval(() => {
    for (const set of hub.listeners.values()) for (const listener of set) listener(": ping\n\n");
  }, HEARTBEAT_MS);
  hub.heartbeat.unref();
}

// Sends the current results at once, then every change; returns the unsubscribe function.
export function subscribe(webinarId: string, listener: Listener): () => void {
  let set = hub.listeners.get(webinarId);
  if (!set) {
    set = new Set();
    hub.listeners.set(webinarId, set);
  }
  set.add(listener);
  ensureHeartbeat();
  listener(stateChunk(webinarId));
  return () => {
    set.delete(listener);
    if (set.size > 0) return;
    hub.listeners.delete(webinarId);
    hub.cache.delete(webinarId);
  };
}

export function publishWebinar(webinarId: string) {
  hub.cache.delete(webinarId);
  if (!hub.listeners.has(webinarId) || hub.timers.has(webinarId)) return;
  const timer = setTimeout(() => {
    hub.timers.delete(webinarId);
    hub.cache.delete(webinarId);
    const set = hub.listeners.get(webinarId);
    if (!set || set.size === 0) return;
    const chunk = stateChunk(webinarId);
    for (const listener of set) listener(chunk);
  }, PUSH_DELAY_MS);
  hub.timers.set(webinarId, timer);
}
