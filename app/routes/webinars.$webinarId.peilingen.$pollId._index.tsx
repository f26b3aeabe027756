import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { AnswerList, MergeAnswersForm } from "~/components/answer-moderation";
import { RedirectNotice } from "~/components/notice";
import { PollControls } from "~/components/poll-controls";
import { PollResults } from "~/components/poll-results";
import { nl } from "~/i18n/nl";
import { formIntent, parseForm, readForm } from "~/lib/forms";
import { badRequest } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { AnswerVisibilitySchema, MergeAnswersSchema, POLL_COMMANDS, PollCommandSchema } from "~/lib/schemas/webinars";
import { mergeAnswers, setAnswerHidden } from "~/models/webinars/answers.server";
import { COMMAND_NOTICES, runPollCommand } from "~/models/webinars/poll-commands.server";
import { requirePoll } from "~/models/webinars/access.server";
import { closeDuePolls } from "~/models/webinars/polls.server";
import { listCandidateThemes } from "~/models/webinars/themes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.page.poll.question ?? nl.webinars.polls} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  closeDuePolls();
  const { webinar, page } = requirePoll(params.webinarId, params.pollId);
  return json({ webinar: { id: webinar.id, title: webinar.title }, page, themes: listCandidateThemes() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const { webinar, page } = requirePoll(params.webinarId, params.pollId);
  const back = `/webinars/${webinar.id}/peilingen/${page.poll.id}`;
  const formData = await readForm(request);
  const intent = formIntent(formData, ["merge", "hide-answer", "show-answer", ...POLL_COMMANDS]);
  if (intent === "merge") {
    const form = await parseForm(formData, MergeAnswersSchema);
    if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
    const { voteIds, themeId, newTitle, reason } = form.data;
    const target = themeId ? { themeId } : { newTheme: { title: newTitle, description: "", reason, networkId: null } };
    const merged = mergeAnswers(webinar.id, page.poll.id, voteIds, target, user.id);
    if (merged === null) return json({ errors: { themeId: nl.polls.mergeNeedTarget } }, { status: 400 });
    return redirect(noticeUrl(back, "samengevoegd"));
  }
  if (intent === "hide-answer" || intent === "show-answer") {
    const form = await parseForm(formData, AnswerVisibilitySchema);
    if (!form.ok) throw badRequest();
    setAnswerHidden(webinar.id, page.poll.id, form.data.voteId, intent === "hide-answer");
    return redirect(noticeUrl(back, intent === "hide-answer" ? "antwoord-verborgen" : "antwoord-getoond"));
  }
  const form = await parseForm(formData, PollCommandSchema);
  if (!form.ok || form.data.pollId !== page.poll.id) throw badRequest();
  const done = runPollCommand(webinar.id, page.poll.id, form.data.intent);
  return redirect(noticeUrl(back, done ? COMMAND_NOTICES[form.data.intent] : "niet-mogelijk"));
}

const NOTICES = {
  geopend: nl.polls.opened,
  gesloten: nl.polls.closed,
  getoond: nl.polls.shown,
  verborgen: nl.polls.hidden,
  "niet-mogelijk": nl.polls.notAllowed,
  samengevoegd: nl.polls.mergedDone,
  "antwoord-verborgen": nl.polls.answerHiddenDone,
  "antwoord-getoond": nl.polls.answerShownDone,
};

export default function PollPage() {
  const { webinar, page, themes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { poll } = page;
  return (
    <div className="page">
      <RedirectNotice messages={NOTICES} />
      <p>
        <Link to={`/webinars/${webinar.id}`}>{webinar.title}</Link>
      </p>
      <h1>{poll.question}</h1>
      <p className="tag-list">
        <span className="tag">{nl.polls.types[poll.type]}</span> <span className="tag">{nl.polls.status[poll.status]}</span>{" "}
        <span className="tag">{poll.anonymous ? nl.polls.anonymousTag : nl.polls.namedTag}</span>
      </p>
      <PollControls poll={poll} />
      <h2>{nl.polls.resultsHeading}</h2>
      <PollResults poll={poll} showAnswers={poll.type !== "open"} />
      {page.options.some((o) => o.theme) ? (
        <ul className="muted">
          {page.options.map((o) => (o.theme ? <li key={o.id}>{`${o.label} → ${o.theme}`}</li> : null))}
        </ul>
      ) : null}
      <p>
        <a className="button button--secondary" href={`/webinars/${webinar.id}/peilingen/${poll.id}/resultaten.csv`} download>
          {nl.polls.csv}
        </a>
      </p>
      {poll.type === "open" ? (
        <>
          <h2>{nl.polls.answers}</h2>
          <AnswerList answers={page.answers} />
          <MergeAnswersForm answers={page.answers} themes={themes} errors={result?.errors} values={result && "values" in result ? result.values : undefined} />
        </>
      ) : null}
      {page.named.length > 0 ? (
        <>
          <h2>{nl.polls.whoVoted}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{nl.polls.csvVotersHeader[0]}</th>
                  <th scope="col">{nl.polls.csvVotersHeader[1]}</th>
                </tr>
              </thead>
              <tbody>
                {page.named.map((v, i) => (
                  <tr key={`${v.name}-${i}`}>
                    <td>{v.name}</td>
                    <td>{v.vote}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
