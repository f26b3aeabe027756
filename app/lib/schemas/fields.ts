import { z } from "zod";
import { nl } from "~/i18n/nl";
import { findPersonalData, personalDataMessage } from "~/lib/personal-data";

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

export const isoDate = z
  .string({ required_error: nl.form.required })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, nl.form.invalidDate)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), nl.form.invalidDate);
