import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { parseForm, readForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { MAX_POLL_OPTIONS, PollSchema } from "~/lib/schemas/webinars";
import { POLL_TYPES, RESULTS_VISIBILITY } from "~/lib/webinars/constants";
import { createPoll } from "~/models/webinars/polls.server";
import { requireWebinar } from "~/models/webinars/access.server";
import { listThemeChoices, themeChoiceIds } from "~/models/webinars/webinars.server";

export const meta: MetaFunction = () => [{ title: `${nl.polls.newTitle} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const webinar = requireWebinar(params.webinarId);
  return json({ webinar: { id: webinar.id, title: webinar.title }, themes: listThemeChoices() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "coordinator");
  const webinar = requireWebinar(params.webinarId);
  const formData = await readForm(request);
  const raw = {
    labels: formData.getAll("optionLabel").filter((v): v is string => typeof v === "string"),
    themes: formData.getAll("optionTheme").filter((v): v is string => typeof v === "string"),
  };
  const form = await parseForm(formData, PollSchema);
  const errors: Record<string, string> = form.ok ? {} : form.errors;
  const values = form.ok ? {} : form.values;
  if (form.ok) {
    const known = themeChoiceIds();
    if (form.data.options.some((o) => o.themeId !== null && !known.has(o.themeId))) errors.optionLabel = nl.webinars.unknownTheme;
  }
  if (!form.ok || Object.keys(errors).length > 0) return json({ errors, values, raw }, { status: 400 });
  const themeTitles = new Map(listThemeChoices().map((t) => [t.id, t.title]));
  // An option that only names a theme takes the theme's title as its text.
  const options = form.data.options.map((o) => ({ ...o, label: o.label || (o.themeId ? (themeTitles.get(o.themeId) ?? "") : "") }));
  createPoll(webinar.id, { ...form.data, options });
  return redirect(noticeUrl(`/webinars/${webinar.id}`, "peiling-aangemaakt"));
}

export default function NewPoll() {
  const { webinar, themes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  const rows = Array.from({ length: MAX_POLL_OPTIONS }, (_, i) => i);
  const type = values.type ?? "single";
  const visibility = values.resultsVisibility ?? "after_vote";
  return (
    <div className="page narrow">
      <p className="muted">{webinar.title}</p>
      <h1>{nl.polls.newTitle}</h1>
      <p>{nl.polls.newIntro}</p>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="question" label={nl.polls.question} error={errors?.question} defaultValue={values.question} required maxLength={200} />
        <fieldset id="veld-type">
          <legend>{nl.polls.type}</legend>
          {errors?.type ? <p className="field-error">{errors.type}</p> : null}
          {POLL_TYPES.map((t) => (
            <label key={t} className="choice">
              <input type="radio" name="type" value={t} defaultChecked={type === t} />
              {nl.polls.types[t]}
            </label>
          ))}
          <p className="hint">{nl.polls.typeHints.scale}</p>
          <p className="hint">{nl.polls.typeHints.open}</p>
        </fieldset>
        <Field name="maxChoices" type="number" label={nl.polls.maxChoices} hint={nl.polls.maxChoicesHint} error={errors?.maxChoices} defaultValue={values.maxChoices ?? "2"} />
        <fieldset id="veld-optionLabel">
          <legend>{nl.polls.options}</legend>
          {errors?.optionLabel ? <p className="field-error">{errors.optionLabel}</p> : null}
          <ol className="option-rows">
            {rows.map((i) => (
              <li key={i} className="option-row">
                <div className="field">
                  <label htmlFor={`optie-${i + 1}-tekst`}>{nl.polls.optionLabel(i + 1)}</label>
                  <input id={`optie-${i + 1}-tekst`} type="text" name="optionLabel" maxLength={120} defaultValue={result?.raw.labels[i] ?? ""} />
                </div>
                <div className="field">
                  <label htmlFor={`optie-${i + 1}-thema`}>{nl.polls.optionTheme(i + 1)}</label>
                  <select id={`optie-${i + 1}-thema`} name="optionTheme" defaultValue={result?.raw.themes[i] ?? ""}>
                    <option value="">{nl.polls.noTheme}</option>
                    {themes.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.title}
                      </option>
                    ))}
                  </select>
                </div>
              </li>
            ))}
          </ol>
        </fieldset>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="anonymous" defaultChecked={result ? values.anonymous === "on" : true} aria-describedby="anoniem-hint" />
            {nl.polls.anonymous}
          </label>
          <span id="anoniem-hint" className="hint">
            {nl.polls.anonymousHint}
          </span>
        </div>
        <fieldset>
          <legend>{nl.polls.visibility}</legend>
          {RESULTS_VISIBILITY.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name="resultsVisibility" value={v} defaultChecked={visibility === v} />
              {nl.polls.visibilities[v]}
            </label>
          ))}
        </fieldset>
        <Field name="closesDate" type="date" label={nl.polls.closesDate} hint={nl.polls.closesHint} error={errors?.closesDate} defaultValue={values.closesDate} />
        <Field name="closesTime" type="time" label={nl.polls.closesTime} defaultValue={values.closesTime} />
        <div className="actions">
          <button type="submit">{nl.polls.create}</button>
        </div>
      </Form>
    </div>
  );
}
