// Figures for monitors and the network overview are aggregated in SQL and kept until group data
// changes: every write in the group models calls touchGroups(); PRAGMA data_version catches
// writes by other connections, the date rolls "overdue" over at midnight, and a TTL bounds the rest.
import { sqlite } from "~/db.server";
import { calendarDay } from "~/lib/dates";

const TTL_MS = 60_000;
const MAX_ENTRIES = 500;
let version = 0;

export function touchGroups() {
  version++;
}

function stamp(): string {
  return `${version}:${String(sqlite.pragma("data_version", { simple: true }))}:${calendarDay()}`;
}

// One cache per kind of figure, so each keeps its own value type.
export function figureCache<T>() {
  const entries = new Map<string, { stamp: string; at: number; value: T }>();
  return function cached(key: string, compute: () => T): T {
    const now = Date.now();
    const current = stamp();
    const hit = entries.get(key);
    if (hit && hit.stamp === current && now - hit.at < TTL_MS) return hit.value;
    const value = compute();
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, { stamp: current, at: now, value });
    return value;
  };
}
