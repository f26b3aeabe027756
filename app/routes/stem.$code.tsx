import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { PollResults } from "~/components/poll-results";
import { VoteForm } from "~/components/vote-form";
import { nl } from "~/i18n/nl";
import { readForm } from "~/lib/forms";
import { normalizeJoinCode } from "~/lib/join-code";
import { resolveVoter, submitVote } from "~/models/webinars/votes.server";
import { votePage } from "~/models/webinars/vote-page.server";
import { getWebinarByCode } from "~/models/webinars/webinars.server";

export const meta: MetaFunction = () => [{ title: `${nl.vote.title} | ${nl.appName}` }];

function findWebinar(codeParam: string | undefined) {
  const code = normalizeJoinCode(codeParam ?? "");
  const webinar = code ? getWebinarByCode(code) : undefined;
  if (!webinar) throw redirect(`/stem?code=${encodeURIComponent(codeParam ?? "")}`);
  return webinar;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const webinar = findWebinar(params.code);
  const voter = await resolveVoter(request.headers.get("Cookie") ?? "");
  const page = votePage(webinar.id, voter.voterKey);
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (voter.setCookie) headers.append("Set-Cookie", voter.setCookie);
  return json({ webinar: { title: webinar.title, code: webinar.joinCode }, ...page }, { headers });
}

// The same submitVote as the fast path in server.ts; this action serves the cases that path hands on.
export async function action({ request, params, context }: ActionFunctionArgs) {
  const webinar = findWebinar(params.code);
  const voter = await resolveVoter(request.headers.get("Cookie") ?? "");
  const formData = await readForm(request);
  const outcome = submitVote(webinar.joinCode, formData, voter, context.clientIp ?? "unknown");
  const headers = new Headers();
  if (voter.setCookie) headers.append("Set-Cookie", voter.setCookie);
  switch (outcome.kind) {
    case "saved":
    case "refused":
      return redirect(outcome.location, { headers });
    case "unknown-poll":
      return redirect(`/stem/${webinar.joinCode}`, { headers });
    case "login-required":
      return redirect(`/inloggen?redirectTo=${encodeURIComponent(`/stem/${webinar.joinCode}`)}`, { headers });
    case "closed":
      return json({ pollId: outcome.pollId, closed: true, error: nl.vote.closed, values: {} }, { status: 409, headers });
    case "invalid": {
      const values: Record<string, string[]> = {};
      for (const [key, value] of formData.entries()) if (typeof value === "string") values[key] = [...(values[key] ?? []), value];
      return json({ pollId: outcome.pollId, closed: false, error: outcome.error, values }, { status: 400, headers });
    }
  }
}

function ResultsNote({ visibility }: { visibility: string }) {
  if (visibility === "after_close") return <p className="hint">{nl.vote.resultsAfterClose}</p>;
  if (visibility === "presenter_only") return <p className="hint">{nl.vote.resultsPresenterOnly}</p>;
  return null;
}

export default function VotePage() {
  const { webinar, open, previous } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get("gestemd");
  const refused = params.get("geweigerd");
  const closedError = result?.closed ? result.error : null;
  const formError = result && !result.closed ? result : null;
  return (
    <div className="page narrow vote-page">
      <p className="muted">{nl.vote.webinar(webinar.title)}</p>
      <h1>{nl.vote.title}</h1>
      {closedError ? (
        <p className="notice notice--error" role="alert">
          {closedError}
        </p>
      ) : null}
      {open.length === 0 ? (
        <>
          <p className="notice">{nl.vote.noOpenPoll}</p>
          <p>
            <Link to={`/stem/${webinar.code}`} reloadDocument>
              {nl.vote.refresh}
            </Link>
          </p>
        </>
      ) : null}
      {open.map(({ ballot, current, results, visibility }) => (
        <section key={ballot.id} className="vote-poll" aria-label={ballot.question}>
          {refused === ballot.id && !current ? (
            <p className="notice notice--error" role="alert">
              {nl.vote.refused}
            </p>
          ) : saved === ballot.id && current ? (
            <p className="notice notice--ok" role="status">
              {nl.vote.saved}
            </p>
          ) : current ? (
            <p className="notice">{nl.vote.alreadyVoted}</p>
          ) : null}
          <VoteForm
            poll={ballot}
            current={current}
            error={formError?.pollId === ballot.id ? formError.error : undefined}
            values={formError?.pollId === ballot.id ? formError.values : undefined}
          />
          {results ? (
            <>
              <h2>{nl.polls.resultsHeading}</h2>
              <PollResults poll={results} />
            </>
          ) : current ? (
            <ResultsNote visibility={visibility} />
          ) : null}
        </section>
      ))}
      {previous ? (
        <section aria-labelledby="vorige-uitslag">
          <h2 id="vorige-uitslag">{nl.vote.previousResult}</h2>
          <p className="vote-form__question">{previous.question}</p>
          <PollResults poll={previous} />
        </section>
      ) : null}
    </div>
  );
}
