import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { hasRole, requireRole, requireUser } from "~/auth.server";
import { RedirectNotice } from "~/components/notice";
import { PollControls } from "~/components/poll-controls";
import { PollResults } from "~/components/poll-results";
import { nl } from "~/i18n/nl";
import { formatMoment } from "~/lib/dates";
import { parseForm } from "~/lib/forms";
import { badRequest } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { resultsVisibleToVoter } from "~/lib/poll-view";
import { PollCommandSchema } from "~/lib/schemas/webinars";
import { liveState } from "~/models/webinars/live.server";
import { COMMAND_NOTICES, runPollCommand } from "~/models/webinars/poll-commands.server";
import { requireWebinar } from "~/models/webinars/access.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.webinar.title ?? nl.webinars.title} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const webinar = requireWebinar(params.webinarId);
  const isCoordinator = hasRole(user, "coordinator");
  const polls = liveState(webinar.id).polls.map((poll) => ({
    id: poll.id,
    question: poll.question,
    type: poll.type,
    status: poll.status,
    anonymous: poll.anonymous,
    showResults: poll.showResults,
    voters: isCoordinator ? poll.voters : null,
    // Participants see results only where a voter would; coordinators see every closed poll's.
    results: poll.status === "closed" && (isCoordinator || resultsVisibleToVoter(poll, false)) ? poll : null,
  }));
  return json({ webinar, polls, isCoordinator });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "coordinator");
  const webinar = requireWebinar(params.webinarId);
  const form = await parseForm(request, PollCommandSchema);
  if (!form.ok) throw badRequest();
  const done = runPollCommand(webinar.id, form.data.pollId, form.data.intent);
  return redirect(noticeUrl(`/webinars/${webinar.id}#peiling-${form.data.pollId}`, done ? COMMAND_NOTICES[form.data.intent] : "niet-mogelijk"));
}

const NOTICES = {
  aangemaakt: nl.webinars.created,
  "peiling-aangemaakt": nl.polls.created,
  geopend: nl.polls.opened,
  gesloten: nl.polls.closed,
  getoond: nl.polls.shown,
  verborgen: nl.polls.hidden,
  "niet-mogelijk": nl.polls.notAllowed,
};

export default function WebinarPage() {
  const { webinar, polls, isCoordinator } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <RedirectNotice messages={NOTICES} />
      <h1>{webinar.title}</h1>
      <dl>
        <dt>{nl.webinars.when}</dt>
        <dd>{formatMoment(webinar.startsAt)}</dd>
        {webinar.network ? (
          <>
            <dt>{nl.webinars.network}</dt>
            <dd>{webinar.network}</dd>
          </>
        ) : null}
        {webinar.presenter ? (
          <>
            <dt>{nl.webinars.presenter}</dt>
            <dd>{webinar.presenter}</dd>
          </>
        ) : null}
        {webinar.themes.length > 0 ? (
          <>
            <dt>{nl.webinars.themes}</dt>
            <dd>{webinar.themes.map((t) => t.title).join(", ")}</dd>
          </>
        ) : null}
        <dt>{nl.webinars.joinCode}</dt>
        <dd className="join-code-inline">{webinar.joinCode}</dd>
      </dl>
      {webinar.description ? <p className="prewrap">{webinar.description}</p> : null}
      <p className="actions">
        {webinar.meetingUrl ? (
          <a className="button" href={webinar.meetingUrl} rel="noreferrer">
            {nl.webinars.meeting}
          </a>
        ) : null}
        <a className="button button--secondary" href={`/webinars/${webinar.id}/agenda.ics`} download>
          {nl.webinars.ics}
        </a>
        {isCoordinator ? (
          <Link className="button button--secondary" to={`/webinars/${webinar.id}/presentatie`}>
            {nl.webinars.presenterScreen}
          </Link>
        ) : null}
      </p>

      <h2>{nl.webinars.polls}</h2>
      {isCoordinator ? (
        <p>
          <Link className="button" to={`/webinars/${webinar.id}/peilingen/nieuw`}>
            {nl.webinars.newPoll}
          </Link>
        </p>
      ) : null}
      {polls.length === 0 ? <p>{isCoordinator ? nl.webinars.noPollsCoordinator : nl.webinars.noPolls}</p> : null}
      <ol className="poll-list">
        {polls.map((poll) => (
          <li key={poll.id} id={`peiling-${poll.id}`} className="card">
            <h3>{poll.question}</h3>
            <p className="tag-list">
              <span className="tag">{nl.polls.types[poll.type]}</span>{" "}
              <span className={poll.status === "open" ? "tag tag--ok" : "tag"}>{nl.polls.status[poll.status]}</span>{" "}
              <span className="tag">{poll.anonymous ? nl.polls.anonymousTag : nl.polls.namedTag}</span>
            </p>
            {isCoordinator ? (
              <>
                <PollControls poll={poll} />
                <p>
                  <Link to={`/webinars/${webinar.id}/peilingen/${poll.id}`}>{nl.webinars.pollResults}</Link>
                </p>
              </>
            ) : null}
            {poll.results ? <PollResults poll={poll.results} /> : null}
            {poll.voters !== null && poll.status !== "closed" ? <p className="muted">{nl.polls.voters(poll.voters)}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
