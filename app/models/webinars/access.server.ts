// Guards for webinar, poll and decision routes: the record named in the URL, or a 404.
// Who may see it is checked first by the route (requireUser or requireRole).
import { notFound } from "~/lib/http";
import { getDecision } from "~/models/webinars/decisions.server";
import { pollPage } from "~/models/webinars/poll-page.server";
import { getWebinar } from "~/models/webinars/webinars.server";

export function requireWebinar(webinarId: string | undefined) {
  const webinar = webinarId ? getWebinar(webinarId) : undefined;
  if (!webinar) throw notFound();
  return webinar;
}

// A poll belongs to the webinar in the URL; another webinar's poll is not found here.
export function requirePoll(webinarId: string | undefined, pollId: string | undefined) {
  const webinar = requireWebinar(webinarId);
  const page = pollId ? pollPage(webinar.id, pollId) : undefined;
  if (!page) throw notFound();
  return { webinar, page };
}

export function requireDecision(decisionId: string | undefined) {
  const decision = decisionId ? getDecision(decisionId) : undefined;
  if (!decision) throw notFound();
  return decision;
}
