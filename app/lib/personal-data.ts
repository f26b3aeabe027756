// Personal-data guard: free text is about learning, never about a child or family, so we refuse
// text that looks like a client's personal data before anything is saved. Pure, no I/O.

export type PersonalDataKind = "bsn" | "birthdate" | "phone" | "email";

// Fixed order so results and messages are stable whatever order the kinds were found in.
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ["bsn", "birthdate", "phone", "email"];

export const PERSONAL_DATA_KINDS_NL: Record<PersonalDataKind, string> = {
  bsn: "een burgerservicenummer (BSN)",
  birthdate: "een geboortedatum",
  phone: "een telefoonnummer",
  email: "een e-mailadres",
};

// The lookbehind starts a match only at the start of a run, keeping long runs without "@" linear.
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

// One consistent separator; a dash or slash next to a four-digit year still counts, as in "1-3-2015/8-3-2015".
const NUMERIC_DATE = /(?<!\d)(?<!\d\.)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)(?!\.\d)/g;
// Two-digit years get strict neighbours, so "06-12-34-56-78" is read as a phone number, not a date.
const SHORT_DATE = /(?<!\d)(?<!\d[-/.])(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?!\d)(?![-/.]\d)/g;
const ISO_DATE = /(?<!\d)(?<!\d[-/.])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)(?![-/.]\d)/g;

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};
// Longest names first so "juni" is not read as "jun" + "i".
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const WRITTEN_DATE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})[\\s-]*(${MONTH_NAMES})(?!\\p{L})\\.?[\\s,-]*(\\d{4}|['\\u2019]\\d{2})(?!\\d)`,
  "giu",
);

// Separators people put inside phone numbers: spaces, dots, (en) dashes, parentheses.
const PHONE_SEP = "[\\s.\\-\\u2013()]{0,3}";
const PHONE_INTL = new RegExp(
  `(?<![\\p{L}\\d+])(?:\\+|00)31[\\s.\\-\\u2013]{0,2}(?:\\(0\\)[\\s.\\-\\u2013]{0,2})?(\\d(?:${PHONE_SEP}\\d){8})(?!\\d)`,
  "gu",
);
const PHONE_NATIONAL = new RegExp(`(?<![\\p{L}\\d+])\\(?(0(?:${PHONE_SEP}\\d){9})(?!\\d)`, "gu");

// Contiguous 8/9 digits, or 3-3-3 groups with dots or spaces; "€" and decimal neighbours rule out amounts.
const BSN =
  /(?<![\d€])(?<!\d[.,]|€\s)(?:\d{3}\.\d{3}\.\d{3}|(?<!\d\s)\d{3}\s\d{3}\s\d{3}(?!\s\d)|\d{8,9})(?!\d)(?![.,]\d)/g;

export function isValidBsn(digits: string): boolean {
  const padded = digits.padStart(9, "0");
  if (!/^\d{9}$/.test(padded) || /^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (padded.charCodeAt(i) - 48);
  sum -= padded.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Four-digit years are limited to 1900–2099 so section or table numbers like "1.2.3456" stay clean.
function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

function acceptNumericDate(match: RegExpMatchArray): boolean {
  const [, day = "", , month = "", year = ""] = match;
  return isPlausibleYear(Number(year)) && isValidDate(Number(year), Number(month), Number(day));
}

function acceptShortDate(match: RegExpMatchArray): boolean {
  const [, day = "", sep = "", month = "", year = ""] = match;
  // "2.3.14" is far more often a paragraph number than a date; two-digit years only with - or /.
  if (sep === ".") return false;
  // Read as 20jj: only 29 February depends on the century, and 2000 was a leap year as well.
  return isValidDate(2000 + Number(year), Number(month), Number(day));
}

function acceptIsoDate(match: RegExpMatchArray): boolean {
  const [, year = "", , month = "", day = ""] = match;
  return isPlausibleYear(Number(year)) && isValidDate(Number(year), Number(month), Number(day));
}

function acceptWrittenDate(match: RegExpMatchArray): boolean {
  const [, day = "", monthName = "", yearText = ""] = match;
  const month = MONTHS[monthName.toLowerCase()] ?? 0;
  // "'15" is read as 2015; only 29 February depends on the century and 2000 is a leap year too.
  const year = yearText.length === 3 ? 2000 + Number(yearText.slice(1)) : Number(yearText);
  return isPlausibleYear(year) && isValidDate(year, month, Number(day));
}

function digitGroups(text: string): string[] {
  return text.split(/\D+/).filter((group) => group.length > 0);
}

// Real numbers are written in groups of two or more digits; "0 1 2 3 4 5 6 7 8 9" is a scale, not a phone.
function acceptNationalPhone(match: RegExpMatchArray): boolean {
  const number = match[1] ?? "";
  const groups = digitGroups(number);
  return number.replace(/\D/g, "").charAt(1) !== "0" && groups.every((group) => group.length >= 2);
}

function acceptInternationalPhone(match: RegExpMatchArray): boolean {
  const number = match[1] ?? "";
  // After +31 the area code may stand alone ("+31 6 12345678").
  const rest = digitGroups(number).slice(1);
  return !number.startsWith("0") && rest.every((group) => group.length >= 2);
}

function acceptBsn(match: RegExpMatchArray): boolean {
  return isValidBsn(match[0].replace(/\D/g, ""));
}

interface Scan {
  hit: boolean;
  masked: string;
}

// Blanks out accepted matches so the digits of one kind are not read again as another kind.
function scan(text: string, pattern: RegExp, accept: (match: RegExpMatchArray) => boolean): Scan {
  let hit = false;
  let masked = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (!accept(match)) continue;
    const start = match.index ?? 0;
    masked += text.slice(last, start) + " ".repeat(match[0].length);
    last = start + match[0].length;
    hit = true;
  }
  return { hit, masked: masked + text.slice(last) };
}

type Rule = [PersonalDataKind, RegExp, (match: RegExpMatchArray) => boolean];

// Order matters: e-mail and dates are the most specific, the BSN (bare digits) the least.
const RULES: readonly Rule[] = [
  ["email", EMAIL, () => true],
  ["birthdate", WRITTEN_DATE, acceptWrittenDate],
  ["birthdate", ISO_DATE, acceptIsoDate],
  ["birthdate", NUMERIC_DATE, acceptNumericDate],
  ["birthdate", SHORT_DATE, acceptShortDate],
  ["phone", PHONE_INTL, acceptInternationalPhone],
  ["phone", PHONE_NATIONAL, acceptNationalPhone],
  ["bsn", BSN, acceptBsn],
];

export function findPersonalData(text: string): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  let rest = text;
  for (const [kind, pattern, accept] of RULES) {
    const result = scan(rest, pattern, accept);
    if (result.hit) found.add(kind);
    rest = result.masked;
  }
  return PERSONAL_DATA_KINDS.filter((kind) => found.has(kind));
}

function joinDutch(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1] ?? ""}`;
}

export function personalDataMessage(kinds: PersonalDataKind[]): string {
  const names = PERSONAL_DATA_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => PERSONAL_DATA_KINDS_NL[kind]);
  const what = names.length > 0 ? joinDutch(names) : "persoonsgegevens";
  return `Je tekst lijkt ${what} te bevatten. Haal persoonsgegevens van cliënten weg en probeer het opnieuw.`;
}
