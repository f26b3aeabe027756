import { z } from "zod";
import { nl } from "~/i18n/nl";
import { addYears, calendarDay, formatDay, parseDay } from "~/lib/dates";
import { findPersonalData, personalDataMessage } from "~/lib/personal-data";
// Every schema builds on these fields, so every schema speaks Dutch, also outside a form.
import "./error-map";

// A required single-line or multi-line text, trimmed, with Dutch messages.
export function requiredText(max: number) {
  return z
    .string({ required_error: nl.form.required })
    .trim()
    .min(1, nl.form.required)
    .max(max, nl.form.tooLong(max));
}

export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, nl.form.tooLong(max))
    .optional()
    .transform((value) => value ?? "");
}

// Free text a user writes about their work: refused when it looks like a client's personal data.
export function guardedText(schema: z.ZodType<string, z.ZodTypeDef, unknown>) {
  return schema.superRefine((value, ctx) => {
    const now = new Date();
    const kinds = findPersonalData(value, now);
    if (kinds.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: personalDataMessage(kinds, now) });
  });
}

// One value from a fixed list.
export function choice<U extends string, T extends Readonly<[U, ...U[]]>>(values: T) {
  return z.enum(values, { errorMap: () => ({ message: nl.form.choose }) });
}

// A form field that may be sent once, several times or not at all (checkbox groups).
export function list<S extends z.ZodTypeAny>(item: S) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

// A single checkbox: ticked or not. Sent twice, it is refused like any other single field.
export const checkbox = z.preprocess((value) => (Array.isArray(value) ? value : value === "on" || value === "ja" || value === "true"), z.boolean());

// How far from today a date may lie, per field, so that a typo such as 0202 or 9999 is never
// saved. Why these ranges: docs/decisions/009-dates-and-form-input.md.
export const DATE_RANGES = {
  lookBack: { yearsBack: 0, yearsAhead: 1 },
  groupStart: { yearsBack: 1, yearsAhead: 2 },
  groupEnd: { yearsBack: 1, yearsAhead: 5 },
  stepDue: { yearsBack: 1, yearsAhead: 3 },
  note: { yearsBack: 1, yearsAhead: 0 },
  meeting: { yearsBack: 1, yearsAhead: 2 },
  webinar: { yearsBack: 1, yearsAhead: 2 },
  pollClose: { yearsBack: 0, yearsAhead: 1 },
} as const;
export type DateRange = (typeof DATE_RANGES)[keyof typeof DATE_RANGES];

// The message for a calendar day outside its range, or null when it fits.
export function rangeProblem(day: string, range: DateRange, message?: string): string | null {
  const today = calendarDay();
  const from = addYears(today, -range.yearsBack);
  const to = addYears(today, range.yearsAhead);
  if (day >= from && day <= to) return null;
  return message ?? nl.form.dateRange(formatDay(from), formatDay(to));
}

// Adds a message inside a transform and stops there.
export function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  return z.NEVER;
}

// A calendar day from a date field ("2026-03-05") that exists and lies in its range.
export function dayWithin(range: DateRange, message?: string) {
  return z
    .string({ required_error: nl.form.required })
    .trim()
    .min(1, nl.form.required)
    .transform((value, ctx) => {
      const day = parseDay(value);
      if (day === null) return refuse(ctx, nl.form.invalidDate);
      const problem = rangeProblem(day, range, message);
      return problem === null ? day : refuse(ctx, problem);
    });
}
