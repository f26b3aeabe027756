// Reading and checking a form post: the one way every action reads its body.
import type { z } from "zod";
import { nl } from "~/i18n/nl";
import { badRequest } from "./http";
import "./schemas/error-map";

export type FieldErrors = Record<string, string>;
// `values` are the submitted texts (never passwords), so a page can show the form again.
export type FormResult<T> =
  | { ok: true; data: T; values: Record<string, string> }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

// The body of a form post. What a form cannot send (JSON, plain text, a broken or cut-off
// multipart body) is a Dutch 400 before anything is read or saved.
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw badRequest(nl.form.unreadable);
  }
}

// Checks a form with its zod schema; on failure, the first message per field. A field sent
// more than once arrives as a list, which only a list field accepts: the others refuse it.
export async function parseForm<S extends z.ZodTypeAny>(source: Request | FormData, schema: S): Promise<FormResult<z.output<S>>> {
  const formData = source instanceof Request ? await readForm(source) : source;
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
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values };
}

// The one intent a form was sent with, for actions that serve several forms; a 400 when it
// is missing, unknown or sent twice.
export function formIntent<T extends string>(formData: FormData, intents: readonly T[]): T {
  const sent = formData.getAll("intent");
  const intent = sent.length === 1 ? intents.find((known) => known === sent[0]) : undefined;
  if (intent === undefined) throw badRequest();
  return intent;
}
