// Every date in the app. Calendar days are "YYYY-MM-DD" strings and need no zone: date-fns
// does their arithmetic. Moments are stored in UTC and typed and shown on a Dutch clock
// (Europe/Amsterdam): @date-fns/tz and Intl do the zone, so summer time is never computed by
// hand. One display style per kind of date: a calendar day "5 maart 2026", a moment
// "dinsdag 10 maart 2026 om 15:30", a chart's day "10 mrt".
import { TZDate } from "@date-fns/tz";
import { addDays as addCalendarDays, addYears as addCalendarYears, startOfWeek } from "date-fns";

export const TIME_ZONE = "Europe/Amsterdam";

export type Moment = Date | number | string;

// Four-digit years from 1000: older years are no date anyone types here.
const DAY_PATTERN = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, "0");

// "YYYY-MM-DD" of a date as its own calendar (a TZDate's zone, or a local date) shows it.
function dayString(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// A calendar day as a date-fns calendar date (local midnight: adding days is then pure calendar
// arithmetic, whatever the zone); null when the day does not exist (2026-02-30).
function toDate(day: string): Date | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const value = new Date(year, month, date);
  return value.getFullYear() === year && value.getMonth() === month && value.getDate() === date ? value : null;
}

function requireDay(day: string): Date {
  const date = toDate(day);
  if (!date) throw new RangeError(`Not a calendar day: ${day}`);
  return date;
}

// The calendar day a moment falls on in Amsterdam; without a moment, today.
export function calendarDay(moment: Moment = Date.now()): string {
  return dayString(new TZDate(new Date(moment).getTime(), TIME_ZONE));
}

// A typed day as "YYYY-MM-DD" when it exists, otherwise null.
export function parseDay(text: string): string | null {
  const date = toDate(text.trim());
  return date ? dayString(date) : null;
}

export function addDays(day: string, days: number): string {
  return dayString(addCalendarDays(requireDay(day), days));
}

export function addYears(day: string, years: number): string {
  return dayString(addCalendarYears(requireDay(day), years));
}

// Monday of the week the day falls in.
export function weekStart(day: string): string {
  return dayString(startOfWeek(requireDay(day), { weekStartsOn: 1 }));
}

// "2026-03-29" and "15:30" on a Dutch clock → the UTC moment; null for impossible input.
// A time that the switch to summer time skips (02:30 on the last Sunday of March) moves an hour on.
export function parseMoment(day: string, time: string): Date | null {
  const date = toDate(day.trim());
  const clock = TIME_PATTERN.exec(time.trim());
  if (!date || !clock) return null;
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (hours > 23 || minutes > 59) return null;
  const moment = new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes, TIME_ZONE);
  return new Date(moment.getTime());
}

// The value of <input type="datetime-local"> ("2026-03-05T19:30") on a Dutch clock → UTC.
export function parseLocalMoment(value: string): Date | null {
  const [day, time, ...rest] = value.trim().split("T");
  return day !== undefined && time !== undefined && rest.length === 0 ? parseMoment(day, time) : null;
}

const DAY_STYLE = { day: "numeric", month: "long", year: "numeric" } as const;
// Moments are shown on a Dutch clock; a calendar day (a local date, see toDate) has no zone.
const momentDayFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, ...DAY_STYLE });
const momentFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, dateStyle: "full", timeStyle: "short" });
const dayFormat = new Intl.DateTimeFormat("nl-NL", DAY_STYLE);
const shortDayFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short" });

// Formatting with Intl is slow enough to show on busy pages, and the same days recur.
const formattedDays = new Map<string, string>();

// A calendar day ("2026-03-05") or the day of a moment, as "5 maart 2026".
export function formatDay(value: Moment): string {
  if (typeof value !== "string" || !DAY_PATTERN.test(value)) return momentDayFormat.format(new Date(value));
  let text = formattedDays.get(value);
  if (text === undefined) {
    const date = toDate(value);
    text = date ? dayFormat.format(date) : value;
    if (formattedDays.size > 5000) formattedDays.clear();
    formattedDays.set(value, text);
  }
  return text;
}

// A moment with its time, as "dinsdag 10 maart 2026 om 15:30".
export function formatMoment(value: Moment): string {
  return momentFormat.format(new Date(value));
}

// A day on a chart's axis, as "10 mrt".
export function formatShortDay(day: string): string {
  const date = toDate(day);
  return date ? shortDayFormat.format(date) : day;
}
