// Small statistics for the coordinator figures per module. Pure.
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type DurationUnit = "minutes" | "hours" | "days";

// A duration in the unit a person would use: minutes under two hours, hours under two days.
export function roundDuration(ms: number): { amount: number; unit: DurationUnit } {
  if (ms < 2 * HOUR) return { amount: Math.max(1, Math.round(ms / MINUTE)), unit: "minutes" };
  if (ms < 2 * DAY) return { amount: Math.round(ms / HOUR), unit: "hours" };
  return { amount: Math.round(ms / DAY), unit: "days" };
}
