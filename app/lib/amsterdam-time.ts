// Dates are stored in UTC and shown (and typed) in Dutch time, Europe/Amsterdam.
export const TIME_ZONE = "Europe/Amsterdam";

const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, dateStyle: "full", timeStyle: "short" });
const dateFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export function formatDateTime(value: Date | number | string): string {
  return dateTimeFormat.format(new Date(value));
}

export function formatDate(value: Date | number | string): string {
  return dateFormat.format(new Date(value));
}

// The wall-clock parts in Amsterdam of a UTC instant.
function amsterdamParts(utcMs: number): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(utcMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return parts;
}

function offsetMs(utcMs: number): number {
  const p = amsterdamParts(utcMs);
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

// "2026-03-29", "15:30" in Amsterdam → the UTC instant. Null for impossible input.
export function amsterdamToUtc(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) return null;
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  // Two passes settle the offset, also across the switch to and from summer time.
  let utc = wall - offsetMs(wall);
  utc = wall - offsetMs(utc);
  return new Date(utc);
}

// A UTC instant as the values of <input type="date"> and <input type="time"> in Amsterdam.
export function utcToAmsterdamInputs(value: Date | number): { date: string; time: string } {
  const p = amsterdamParts(new Date(value).getTime());
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return { date: `${p.year ?? 1970}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}
