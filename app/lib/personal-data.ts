// Personal-data guard: free text is about learning, never about a child or family, so we refuse
// text that looks like a client's personal data before anything is saved. Pure, no I/O; "now" is
// a parameter because whether a date is a birth date depends on the day it is written.
import { nl } from "~/i18n/nl";
import { addDays, calendarDay, formatDay } from "~/lib/dates";
import { scanDates } from "./personal-data/dates";
import { scanEmails } from "./personal-data/email";
import { maskAmounts, scanBsn, scanPhones } from "./personal-data/numbers";
import { normalise } from "./personal-data/text";

export { isValidBsn } from "./personal-data/numbers";

export type PersonalDataKind = "bsn" | "birthdate" | "phone" | "email";

// Fixed order so results and messages are stable whatever order the kinds were found in.
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ["bsn", "birthdate", "phone", "email"];

// Most specific first: each step blanks out what it judged (also harmless dates and amounts), so
// the digits of a meeting date or an amount are never read again as a phone number or a BSN.
export function findPersonalData(text: string, now: Date = new Date()): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  const emails = scanEmails(normalise(text));
  if (emails.hit) found.add("email");
  const dates = scanDates(emails.text, now);
  if (dates.hit) found.add("birthdate");
  const phones = scanPhones(dates.text);
  if (phones.hit) found.add("phone");
  if (scanBsn(maskAmounts(phones.text)).hit) found.add("bsn");
  return PERSONAL_DATA_KINDS.filter((kind) => found.has(kind));
}

function joinDutch(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${nl.privacy.and} ${parts[parts.length - 1] ?? ""}`;
}

// Days ahead of the example appointment date in the message.
const EXAMPLE_DAYS_AHEAD = 14;

// Names what was found and, per kind, how to write it instead.
export function personalDataMessage(kinds: readonly PersonalDataKind[], now: Date): string {
  const t = nl.privacy;
  const shown = PERSONAL_DATA_KINDS.filter((kind) => kinds.includes(kind));
  if (shown.length === 0) return `${t.found(t.somethingPersonal)} ${t.removeAndRetry}`;
  const example = formatDay(addDays(calendarDay(now), EXAMPLE_DAYS_AHEAD));
  const tips = shown.map((kind) => (kind === "birthdate" ? t.howTo.birthdate(example) : t.howTo[kind]));
  return [t.found(joinDutch(shown.map((kind) => t.kinds[kind]))), ...tips].join(" ");
}
