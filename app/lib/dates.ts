// Every date in the app. Calendar days are "YYYY-MM-DD" strings; moments are stored in UTC.
// Both are read, typed and shown in Dutch time (Europe/Amsterdam): @date-fns/tz does the zone,
// so summer time is never computed by hand. One display style per kind of date:
// a calendar day "5 maart 2026", a moment "dinsdag 10 maart 2026 om 15:30", a chart's day "10 mrt".
import { TZDate } from "@date-fns/tz";
import { addDays as addCalendarDays, addYears as addCalendarYears, format, isValid, parse, startOfWeek } from "date-fns";

export const TIME_ZONE = "Europe/Amsterdam";

export type Moment = Date | number | string;

const DAY = "yyyy-MM-dd";
// Four-digit years from 1000: date-fns reads shorter or older years in surprising ways.
const DAY_PATTERN = /^[1-9]\d{3}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^\d{1,2}:\d{2}$/;
// The reference a parsed value takes its zone from.
const AMSTERDAM = new TZDate(2000, 0, 1, TIME_ZONE);

function inAmsterdam(moment: Moment): TZDate {
  return new TZDate(new Date(moment).getTime(), TIME_ZONE);
}

// Midnight in Amsterdam of a calendar day; null when the day does not exist (2026-02-30).
function startOfDay(day: string): TZDate | null {
  if (!DAY_PATTERN.test(day)) return null;
  const date = parse(day, DAY, AMSTERDAM);
  return isValid(date) ? date : null;
}

function requireDay(day: string): TZDate {
  const date = startOfDay(day);
  if (!date) throw new RangeError(`Not a calendar day: ${day}`);
  return date;
}

// The calendar day a moment falls on in Amsterdam; without a moment, today.
export function calendarDay(moment: Moment = Date.now()): string {
  return format(inAmsterdam(moment), DAY);
}

// A typed day as "YYYY-MM-DD" when it exists, otherwise null.
export function parseDay(text: string): string | null {
  const date = startOfDay(text.trim());
  return date ? format(date, DAY) : null;
}

export function addDays(day: string, days: number): string {
  return format(addCalendarDays(requireDay(day), days), DAY);
}

export function addYears(day: string, years: number): string {
  return format(addCalendarYears(requireDay(day), years), DAY);
}

// Monday of the week the day falls in.
export function weekStart(day: string): string {
  return format(startOfWeek(requireDay(day), { weekStartsOn: 1 }), DAY);
}

// "2026-03-29" and "15:30" on a Dutch clock → the UTC moment; null for impossible input.
// A time that the switch to summer time skips (02:30 on the last Sunday of March) moves an hour on.
export function parseMoment(day: string, time: string): Date | null {
  const d = day.trim();
  const t = time.trim();
  if (!DAY_PATTERN.test(d) || !TIME_PATTERN.test(t)) return null;
  const moment = parse(`${d} ${t}`, `${DAY} H:mm`, AMSTERDAM);
  return isValid(moment) ? new Date(moment.getTime()) : null;
}

// The value of <input type="datetime-local"> ("2026-03-05T19:30") on a Dutch clock → UTC.
export function parseLocalMoment(value: string): Date | null {
  const [day, time, ...rest] = value.trim().split("T");
  return day !== undefined && time !== undefined && rest.length === 0 ? parseMoment(day, time) : null;
}

const dayFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
const momentFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, dateStyle: "full", timeStyle: "short" });
const shortDayFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, day: "numeric", month: "short" });

// Formatting with Intl is slow enough to show on busy pages, and the same days recur.
const formattedDays = new Map<string, string>();

// A calendar day ("2026-03-05") or the day of a moment, as "5 maart 2026".
export function formatDay(value: Moment): string {
  if (typeof value !== "string" || !DAY_PATTERN.test(value)) return dayFormat.format(inAmsterdam(value));
  let text = formattedDays.get(value);
  if (text === undefined) {
    const date = startOfDay(value);
    text = date ? dayFormat.format(date) : value;
    if (formattedDays.size > 5000) formattedDays.clear();
    formattedDays.set(value, text);
  }
  return text;
}

// A moment with its time, as "dinsdag 10 maart 2026 om 15:30".
export function formatMoment(value: Moment): string {
  return momentFormat.format(inAmsterdam(value));
}

// A day on a chart's axis, as "10 mrt".
export function formatShortDay(day: string): string {
  const date = startOfDay(day);
  return date ? shortDayFormat.format(date) : day;
}
