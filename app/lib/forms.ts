import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

// Validates a form with its zod schema; on failure returns the first message per field
// and the submitted text values so the page can show them again (nothing is lost).
export function validateForm<S extends z.ZodTypeAny>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const values: Record<string, string> = {};
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const existing = raw[key];
    if (existing === undefined) raw[key] = value;
    else raw[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    if (!/password/i.test(key)) values[key] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values };
}

export async function parseForm<S extends z.ZodTypeAny>(request: Request, schema: S) {
  return validateForm(await request.formData(), schema);
}
