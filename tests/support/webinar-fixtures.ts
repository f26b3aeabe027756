// Webinars and polls for integration tests, made through the models like a coordinator would.
import { applyPollCommand, createPoll } from "~/models/webinars/polls.server";
import type { PollInput } from "~/lib/schemas/webinars";
import { createWebinar, getWebinar } from "~/models/webinars/webinars.server";

export function makeWebinar(userId: string, networkId = "net-gelderland") {
  const id = createWebinar(
    { title: "Testwebinar", themeIds: ["thema-trauma"], date: "2026-05-01", time: "15:00", description: "", meetingUrl: null, presenter: "", networkId, startsAt: new Date() },
    userId,
  );
  const webinar = getWebinar(id);
  if (!webinar) throw new Error("webinar not created");
  return webinar;
}

export function makePoll(webinarId: string, overrides: Partial<PollInput> = {}, open = true) {
  const pollId = createPoll(webinarId, {
    question: "Welk thema kiezen we?",
    type: "single",
    maxChoices: 1,
    options: [
      { label: "Trauma", themeId: "thema-trauma" },
      { label: "Autisme", themeId: "thema-autisme" },
      { label: "Iets anders", themeId: null },
    ],
    anonymous: true,
    resultsVisibility: "after_vote",
    closesAt: null,
    ...overrides,
  });
  if (open) applyPollCommand(webinarId, pollId, "open");
  return pollId;
}
