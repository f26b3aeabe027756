// Calendar days for commitments and look-backs, in the Netherlands' time zone. Pure.
const ZONE = "Europe/Amsterdam";

const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const longDay = new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const longMoment = new Intl.DateTimeFormat("nl-NL", { timeZone: ZONE, day: "numeric", month: "long", year: "numeric" });

// "YYYY-MM-DD" of the given moment as a Dutch calendar would show it.
export function amsterdamDay(moment: Date = new Date()): string {
  return isoDay.format(moment);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// A calendar day ("2025-03-04") shown as "4 maart 2025".
export function formatDay(day: string): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

export function formatMoment(moment: Date | string | number): string {
  return longMoment.format(new Date(moment));
}
