import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { formatDay } from "~/lib/dates";
import { parseForm } from "~/lib/forms";
import { notFound } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { DecisionSchema } from "~/lib/schemas/webinars";
import { loadAgenda } from "~/models/webinars/agenda.server";
import { chooseTheme } from "~/models/webinars/decisions.server";
import { listNetworks, networkExists } from "~/models/accounts/reference.server";
import { getTheme } from "~/models/webinars/themes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? nl.decisions.chooseTitle(data.theme.title) : nl.agenda.title} | ${nl.appName}` }];

function requireCandidate(themeId: string | undefined) {
  const theme = getTheme(themeId ?? "");
  if (!theme || theme.mergedIntoId) throw notFound();
  return theme;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const theme = requireCandidate(params.themeId);
  const networks = listNetworks();
  const names = new Map(networks.map((n) => [n.id, n.name]));
  const behind = loadAgenda().ranked.find((t) => t.themeId === theme.id)?.polls ?? [];
  const polls = behind.map((p) => ({ id: p.pollId, question: p.question, webinarTitle: p.webinarTitle, network: names.get(p.networkId) ?? "", closedAt: p.closedAt.toISOString(), share: p.share }));
  const asked = new URL(request.url).searchParams.get("netwerk");
  return json({ theme: { id: theme.id, title: theme.title, status: theme.status }, polls, networks, defaultNetwork: networks.some((n) => n.id === asked) ? asked : "" });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const theme = requireCandidate(params.themeId);
  const form = await parseForm(request, DecisionSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.networkId && !networkExists(form.data.networkId)) {
    return json({ errors: { networkId: nl.webinars.unknownNetwork }, values: { rationale: form.data.rationale } }, { status: 400 });
  }
  const decisionId = chooseTheme(theme.id, form.data, user.id);
  if (!decisionId) return json({ errors: { form: nl.decisions.notCandidate }, values: { rationale: form.data.rationale } }, { status: 409 });
  return redirect(noticeUrl(`/agenda/besluiten/${decisionId}`, "besloten"));
}

export default function ChooseTheme() {
  const { theme, polls, networks, defaultNetwork } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  if (theme.status !== "candidate") {
    return (
      <div className="page narrow">
        <h1>{nl.decisions.chooseTitle(theme.title)}</h1>
        <p className="notice notice--warn">{nl.decisions.notCandidate}</p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>{nl.decisions.chooseTitle(theme.title)}</h1>
      <p>{nl.decisions.chooseIntro}</p>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="rationale" label={nl.decisions.rationale} hint={nl.decisions.rationaleHint} error={errors?.rationale} defaultValue={values.rationale} multiline required maxLength={2000} />
        <Field name="networkId" label={nl.decisions.network} error={errors?.networkId} defaultValue={values.networkId ?? defaultNetwork ?? ""}>
          <option value="">{nl.agenda.allNetworks}</option>
          {networks.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </Field>
        <fieldset>
          <legend>{nl.decisions.polls}</legend>
          {polls.length === 0 ? <p>{nl.decisions.noPolls}</p> : null}
          {polls.map((p) => (
            <label key={p.id} className="choice">
              <input type="checkbox" name="pollIds" value={p.id} defaultChecked />
              <span>
                {p.question}{" "}
                <span className="muted">
                  ({p.webinarTitle}, {p.network}, {formatDay(p.closedAt)}, {nl.agenda.shareOf(String(Math.round(p.share * 100)))})
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit">{nl.decisions.submit}</button>
        </div>
      </Form>
    </div>
  );
}
