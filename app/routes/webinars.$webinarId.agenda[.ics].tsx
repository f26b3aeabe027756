import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { nl } from "~/i18n/nl";
import { buildIcs } from "~/lib/ics";
import { requireWebinar } from "~/models/webinars/access.server";

// No duration is stored: webinars are planned as one hour.
const DURATION_MINUTES = 60;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const webinar = requireWebinar(params.webinarId);
  const origin = new URL(request.url).origin;
  const description = [webinar.description, nl.webinars.icsDescription(webinar.joinCode), `${origin}/webinars/${webinar.id}`].filter(Boolean).join("\n\n");
  const body = buildIcs({
    uid: `${webinar.id}@leercirkel`,
    title: webinar.title,
    description,
    start: webinar.startsAt,
    durationMinutes: DURATION_MINUTES,
    url: webinar.meetingUrl,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="webinar-${webinar.id}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
