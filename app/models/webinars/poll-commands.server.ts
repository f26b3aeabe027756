import type { PollCommand } from "~/lib/schemas/webinars";
import { publishWebinar } from "~/models/webinars/live.server";
import { applyPollCommand } from "~/models/webinars/polls.server";

// A coordinator's open / close / show / hide, pushed at once to open presenter screens.
export function runPollCommand(webinarId: string, pollId: string, command: PollCommand): boolean {
  const done = applyPollCommand(webinarId, pollId, command);
  if (done) publishWebinar(webinarId);
  return done;
}

export const COMMAND_NOTICES: Record<PollCommand, string> = {
  open: "geopend",
  close: "gesloten",
  show: "getoond",
  hide: "verborgen",
};
