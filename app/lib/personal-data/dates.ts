// Dates in free text, and whether one is likely someone's date of birth. Pure.
// Planning a meeting needs dates, so a date only counts when it lies more than a few weeks in the
// past, or stands next to a word such as "geboren" (then any date counts, with or without a year).
import { addDays, calendarDay } from "~/lib/dates";
import { type Scan, type Verdict, sameSentence, scan } from "./text";

// A date this many days ago or later is a recent note or a plan, not a birth date.
export const RECENT_DAYS = 28;

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, febr: 2, maart: 3, mrt: 3, mar: 3, march: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, augustus: 8, aug: 8,
  august: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
// Longest names first so "juni" is not read as "jun" + "i".
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

const BIRTH_WORD =
  /(?<!\p{L})(?:geboren|geb|gebdat|geboorte(?:datum|dag)?|jarig|jarige|verjaardag|verjaardagen|verjaart|bevallen|bevalling|born|birthday|birthdate|date of birth|dob|d\.o\.b)(?!\p{L})/iu;

function nearBirthWord(text: string, start: number, end: number): boolean {
  const { head, tail } = sameSentence(text, start, end, 50, 20);
  return BIRTH_WORD.test(head) || BIRTH_WORD.test(tail);
}

interface Found {
  day: number | null;
  month: number;
  year: number | null;
  // A weak form ("3 maart", "2.3.14", "120315") is a date only next to a birth word.
  weak: boolean;
}

// A two-digit year is read in the century that puts it at most 20 years ahead.
function fullYear(twoDigits: number, now: Date): number {
  const year = 2000 + twoDigits;
  return year > now.getUTCFullYear() + 20 ? year - 100 : year;
}

function yearOf(text: string, now: Date): number {
  const digits = text.replace(/\D/g, "");
  return digits.length === 2 ? fullYear(Number(digits), now) : Number(digits);
}

// Four-digit years outside 1900–2099 are section or table numbers ("1.2.3456"), not dates.
function isValid({ day, month, year }: Found): boolean {
  if (year !== null && (year < 1900 || year > 2099)) return false;
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  // Day 0 of the next month is the last day of this one; without a year, 29 February may be.
  return day >= 1 && day <= new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

type Reader = (match: RegExpMatchArray, now: Date) => Found;

const num = (value: string | undefined) => Number(value ?? "");

// "3 maart 2015", "12e maart '15", "3 mrt. 2015", "dinsdag 9 december 2026"; without a year it is weak.
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2}) ?(?:e|ste|de|st|nd|rd|th)?(?: ?[-./] ?| )?(${MONTH})(?!\\p{L})\\.?(?:(?: ?[,./-] ?| )?(\\d{4}|'?\\d{2})(?!\\d))?`,
  "giu",
);
const readWritten: Reader = (m, now) => ({
  day: num(m[1]),
  month: MONTHS[(m[2] ?? "").toLowerCase()] ?? 0,
  year: m[3] ? yearOf(m[3], now) : null,
  // "3 maart 12" is as often a count after a date as a year: weak without the apostrophe.
  weak: !m[3] || /^\d{2}$/.test(m[3]),
});

// "maart 2015": a month is no birth date, unless it says so.
const MONTH_YEAR = new RegExp(`(?<!\\p{L})(${MONTH})(?!\\p{L})\\.? ?(\\d{4})(?!\\d)`, "giu");
const readMonthYear: Reader = (m) => ({ day: null, month: MONTHS[(m[1] ?? "").toLowerCase()] ?? 0, year: num(m[2]), weak: true });

// "2015-03-12", "2026/12/01 10:00".
const ISO = /(?<!\d)(?<!\d[-/.])(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?!\d)(?![-/.]\d)/g;
const readIso: Reader = (m) => ({ day: num(m[4]), month: num(m[3]), year: num(m[1]), weak: false });

// "12-03-2015", "3/3/2015", "12.10.2010", "12-3-'15"; a dash or slash next to it still counts,
// as in "1-3-2015/8-3-2015".
const NUMERIC = /(?<!\d)(?<!\d\.)(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4}|'\d{2})(?!\d)(?!\.\d)/g;
const readNumeric: Reader = (m, now) => ({ day: num(m[1]), month: num(m[3]), year: yearOf(m[4] ?? "", now), weak: false });

// "3-3-15" with strict neighbours, so "06-12-34-56-78" stays a phone number; "2.3.14" is more often
// a paragraph number than a date, so with dots it is weak.
const SHORT = /(?<!\d)(?<!\d[-/.])(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?!\d)(?![-/.]\d)/g;
const readShort: Reader = (m, now) => ({ day: num(m[1]), month: num(m[3]), year: fullYear(num(m[4]), now), weak: m[2] === "." });

// "12032015" or "20150312", standing alone (not part of a phone number or a longer number).
const COMPACT = /(?<!\d[ .\-/()]{0,3})(\d{8}|\d{6})(?![ .\-/()]{0,3}\d)/g;
const readCompact: Reader = (m, now) => {
  const d = m[1] ?? "";
  if (d.length === 6) return { day: num(d.slice(0, 2)), month: num(d.slice(2, 4)), year: fullYear(num(d.slice(4)), now), weak: true };
  const dayFirst: Found = { day: num(d.slice(0, 2)), month: num(d.slice(2, 4)), year: num(d.slice(4)), weak: false };
  return isValid(dayFirst) ? dayFirst : { day: num(d.slice(6)), month: num(d.slice(4, 6)), year: num(d.slice(0, 4)), weak: false };
};

// "jarig op 12-3": day and month only, weak.
const DAY_MONTH = /(?<!\d)(?<!\d[-/.,])(\d{1,2})([-/.])(\d{1,2})(?!\d)(?![-/.,]\d)/g;
const readDayMonth: Reader = (m) => ({ day: num(m[1]), month: num(m[3]), year: null, weak: true });

// "12 03 2015": spaces instead of dashes.
const SPACED = /(?<!\d ?)(?<![.,-])(\d{1,2}) (\d{1,2}) (\d{4})(?![\d.,-]|\s\d)/g;
const readSpaced: Reader = (m) => ({ day: num(m[1]), month: num(m[2]), year: num(m[3]), weak: false });

const READERS: readonly [RegExp, Reader][] = [
  [WRITTEN, readWritten],
  [MONTH_YEAR, readMonthYear],
  [ISO, readIso],
  [NUMERIC, readNumeric],
  [SHORT, readShort],
  [SPACED, readSpaced],
  [COMPACT, readCompact],
  [DAY_MONTH, readDayMonth],
];

function judge(read: Reader, now: Date, before: string) {
  return (match: RegExpMatchArray, text: string): Verdict => {
    const found = read(match, now);
    if (!isValid(found)) return "skip";
    const start = match.index ?? 0;
    if (nearBirthWord(text, start, start + match[0].length)) return "hit";
    if (found.weak) return "skip";
    if (found.year === null || found.day === null) return "mask";
    return iso(found.year, found.month, found.day) < before ? "hit" : "mask";
  };
}

// Finds a likely birth date; every other date is blanked out so its digits are not read as a number.
export function scanDates(text: string, now: Date): Scan {
  const before = addDays(calendarDay(now), -RECENT_DAYS);
  let hit = false;
  let rest = text;
  for (const [pattern, read] of READERS) {
    const result = scan(rest, pattern, judge(read, now, before));
    hit ||= result.hit;
    rest = result.text;
  }
  return { hit, text: rest };
}
