// Calendar helpers for groups. Dates without time are ISO "YYYY-MM-DD"; moments are UTC ms.
// The calendar the users live in is Europe/Amsterdam.
const ZONE = "Europe/Amsterdam";

const isoParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function partsOf(ms: number) {
  const parts: Record<string, string> = {};
  for (const part of isoParts.formatToParts(new Date(ms))) parts[part.type] = part.value;
  return parts;
}

// Today's date in Amsterdam.
export function todayIso(now: number = Date.now()): string {
  const p = partsOf(now);
  return `${p.year}-${p.month}-${p.day}`;
}

export function addDays(iso: string, days: number): string {
  const ms = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

// Monday of the week the date falls in.
export function weekStart(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// "2026-03-05T19:30" as typed in a datetime-local field in Amsterdam → UTC ms; null when invalid.
export function amsterdamLocalToUtc(local: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(asUtc).getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Shift by the zone's offset at that moment; a second pass settles the days DST changes.
  let guess = asUtc - offsetMs(asUtc);
  guess = asUtc - offsetMs(guess);
  return guess;
}

function offsetMs(ms: number): number {
  const p = partsOf(ms);
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return local - Math.floor(ms / 60_000) * 60_000;
}

// The value a datetime-local field shows for a UTC moment, in Amsterdam time.
export function utcToAmsterdamLocal(ms: number): string {
  const p = partsOf(ms);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: ZONE, day: "numeric", month: "long", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  timeZone: ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const shortFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: ZONE, day: "numeric", month: "short" });

// Formatting with Intl is slow enough to show on busy pages, and the same dates recur.
const formatted = new Map<string, string>();

// A calendar date ("2026-03-05") or a UTC moment, as "5 maart 2026".
export function formatDate(value: string | number): string {
  if (typeof value === "number") return dateFormat.format(new Date(value));
  let text = formatted.get(value);
  if (text === undefined) {
    text = dateFormat.format(new Date(Date.parse(`${value}T12:00:00Z`)));
    if (formatted.size > 5000) formatted.clear();
    formatted.set(value, text);
  }
  return text;
}

export function formatDateTime(ms: number): string {
  return dateTimeFormat.format(new Date(ms));
}

export function formatShortDate(iso: string): string {
  return shortFormat.format(new Date(Date.parse(`${iso}T12:00:00Z`)));
}
