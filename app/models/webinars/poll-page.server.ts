// Everything the coordinator's page for one poll and its CSV export show.
import { parsePayload } from "~/lib/poll-tally";
import { describeVote, pollView } from "~/lib/poll-view";
import { listAnswers } from "~/models/webinars/answers.server";
import { getPoll, namedVotes, readVotes } from "~/models/webinars/polls.server";
import { listAllThemes } from "~/models/webinars/themes.server";

export function pollPage(webinarId: string, pollId: string) {
  const poll = getPoll(webinarId, pollId);
  if (!poll) return undefined;
  const view = pollView(poll, poll.options, readVotes(poll.id));
  const themeTitles = new Map(listAllThemes().map((t) => [t.id, t.title]));
  return {
    poll: view,
    options: poll.options.map((o) => ({ id: o.id, label: o.label, theme: o.themeId ? (themeTitles.get(o.themeId) ?? null) : null })),
    answers: poll.type === "open" ? listAnswers(poll.id, !poll.anonymous) : [],
    named: namedVotes(poll.id).map((v) => ({ name: v.name, vote: describeVote(parsePayload(v.payload), poll.options) })),
  };
}
export type PollPage = NonNullable<ReturnType<typeof pollPage>>;
