import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import QRCode from "qrcode";
import { requireRole } from "~/auth.server";
import { PollControls } from "~/components/poll-controls";
import { PollResults } from "~/components/poll-results";
import { useLiveState } from "~/components/use-live-state";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { badRequest } from "~/lib/http";
import { currentPoll } from "~/lib/poll-view";
import { PollCommandSchema } from "~/lib/schemas/webinars";
import { liveState } from "~/models/webinars/live.server";
import { runPollCommand } from "~/models/webinars/poll-commands.server";
import { requireWebinar } from "~/models/webinars/access.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? nl.presenter.title(data.webinar.title) : nl.appName }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const webinar = requireWebinar(params.webinarId);
  const url = new URL(request.url);
  const voteUrl = `${url.origin}/stem/${webinar.joinCode}`;
  const qrSvg = await QRCode.toString(voteUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#1b1f23", light: "#ffffff" } });
  return json(
    { webinar: { id: webinar.id, title: webinar.title, joinCode: webinar.joinCode }, host: url.host, qrSvg, state: liveState(webinar.id) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "coordinator");
  const webinar = requireWebinar(params.webinarId);
  const form = await parseForm(request, PollCommandSchema);
  if (!form.ok) throw badRequest();
  runPollCommand(webinar.id, form.data.pollId, form.data.intent);
  return redirect(`/webinars/${webinar.id}/presentatie?peiling=${encodeURIComponent(form.data.pollId)}`);
}

export default function PresenterScreen() {
  const { webinar, host, qrSvg, state: initial } = useLoaderData<typeof loader>();
  const state = useLiveState(`/webinars/${webinar.id}/live`, initial);
  const [params] = useSearchParams();
  const poll = currentPoll(state.polls, params.get("peiling"));
  const refused = poll ? (state.refused[poll.id] ?? 0) : 0;
  return (
    <div className="presenter">
      {/* Without JavaScript there is no live stream: the page then reloads itself. */}
      <noscript>
        <meta httpEquiv="refresh" content="5" />
      </noscript>
      <h1 className="presenter__title">{webinar.title}</h1>
      <div className="presenter__grid">
        <section className="presenter__join" aria-labelledby="meedoen">
          <h2 id="meedoen">{nl.presenter.join}</h2>
          <p>{nl.presenter.joinAt(host)}</p>
          <p className="join-code">
            <span className="visually-hidden">{nl.webinars.joinCode}: </span>
            {webinar.joinCode}
          </p>
          {/* Rendered on the server by the qrcode library: only SVG shapes, no scripts or styles. */}
          <div className="qr" role="img" aria-label={nl.presenter.qr(webinar.joinCode)} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p className="presenter__participants" aria-live="polite">
            {nl.presenter.participants(state.participants)}
          </p>
        </section>
        <section className="presenter__poll" aria-labelledby="peiling-vraag">
          {poll ? (
            <>
              <p className="muted">
                {nl.presenter.currentPoll} · {nl.polls.status[poll.status]}
              </p>
              <h2 id="peiling-vraag" className="presenter__question">
                {poll.question}
              </h2>
              <div aria-live="polite">
                {poll.showResults ? <PollResults poll={poll} /> : <p className="poll-results__count">{nl.polls.voters(poll.voters)}</p>}
              </div>
              {!poll.showResults ? <p className="muted">{nl.presenter.resultsHidden}</p> : null}
              {refused > 0 ? (
                <p className="notice notice--warn">
                  <strong>{nl.presenter.refused(refused)}</strong> {nl.presenter.refusedHint}
                </p>
              ) : null}
              <PollControls poll={poll} />
            </>
          ) : (
            <p id="peiling-vraag">{nl.presenter.noPolls}</p>
          )}
        </section>
      </div>
      {state.polls.length > 1 ? (
        <nav aria-label={nl.presenter.choosePoll} className="presenter__polls">
          <ul>
            {state.polls.map((p) => (
              <li key={p.id}>
                <Link to={`?peiling=${p.id}`} aria-current={p.id === poll?.id ? "true" : undefined}>
                  {p.question} ({nl.polls.status[p.status]})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p className="muted">{nl.presenter.live}</p>
      <p>
        <Link to={`/webinars/${webinar.id}`}>{nl.presenter.back}</Link>
      </p>
    </div>
  );
}
