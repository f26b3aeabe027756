// The error responses a loader or action throws. The root ErrorBoundary shows them in Dutch,
// with the message for a 400 (what to do next) and never a stack trace.
import { json } from "@remix-run/node";
import { nl } from "~/i18n/nl";

export function notFound(): Response {
  return json({ message: nl.errors.notFound }, { status: 404 });
}

export function badRequest(message: string = nl.errors.badRequest): Response {
  return json({ message }, { status: 400 });
}

export function forbidden(): Response {
  return json({ message: nl.errors.forbidden }, { status: 403 });
}
