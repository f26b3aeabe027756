import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { parseForm, readForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { WebinarSchema } from "~/lib/schemas/webinars";
import { listNetworks, networkExists } from "~/models/accounts/reference.server";
import { createWebinar, listThemeChoices, themeChoiceIds } from "~/models/webinars/webinars.server";
import { getAccount } from "~/models/accounts/users.server";

export const meta: MetaFunction = () => [{ title: `${nl.webinars.newTitle} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const preselected = new URL(request.url).searchParams.get("thema");
  const networkName = getAccount(user.id)?.network ?? null;
  const networks = listNetworks();
  return json({
    themes: listThemeChoices(),
    networks,
    preselected,
    defaultNetwork: networks.find((n) => n.name === networkName)?.id ?? "",
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const formData = await readForm(request);
  const checked = formData.getAll("themeIds").filter((v): v is string => typeof v === "string");
  const form = await parseForm(formData, WebinarSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values, checked }, { status: 400 });
  const errors: Record<string, string> = {};
  if (!networkExists(form.data.networkId)) errors.networkId = nl.webinars.unknownNetwork;
  const known = themeChoiceIds();
  if (form.data.themeIds.some((id) => !known.has(id))) errors.themeIds = nl.webinars.unknownTheme;
  if (Object.keys(errors).length > 0) return json({ errors, values: form.values, checked }, { status: 400 });
  const id = createWebinar(form.data, user.id);
  return redirect(noticeUrl(`/webinars/${id}`, "aangemaakt"));
}

export default function NewWebinar() {
  const { themes, networks, preselected, defaultNetwork } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  const checked = result ? result.checked : preselected ? [preselected] : [];
  return (
    <div className="page narrow">
      <h1>{nl.webinars.newTitle}</h1>
      <p>{nl.webinars.newIntro}</p>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="title" label={nl.webinars.fields.title} error={errors?.title} defaultValue={values.title} required maxLength={120} />
        <fieldset id="veld-themeIds" aria-describedby="themes-hint">
          <legend>{nl.webinars.fields.themes}</legend>
          <p id="themes-hint" className="hint">
            {nl.webinars.fields.themesHint}
          </p>
          {errors?.themeIds ? <p className="field-error">{errors.themeIds}</p> : null}
          {themes.map((t) => (
            <label key={t.id} className="choice">
              <input type="checkbox" name="themeIds" value={t.id} defaultChecked={checked.includes(t.id)} />
              {t.title}
            </label>
          ))}
        </fieldset>
        <Field name="date" type="date" label={nl.webinars.fields.date} error={errors?.date} defaultValue={values.date} required />
        <Field name="time" type="time" label={nl.webinars.fields.time} hint={nl.webinars.fields.timeHint} error={errors?.time} defaultValue={values.time} required />
        <Field name="networkId" label={nl.webinars.fields.network} error={errors?.networkId} defaultValue={values.networkId ?? defaultNetwork} required>
          <option value="">{nl.auth.chooseNetwork}</option>
          {networks.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </Field>
        <Field name="presenter" label={nl.webinars.fields.presenter} error={errors?.presenter} defaultValue={values.presenter} maxLength={120} />
        <Field name="meetingUrl" type="url" label={nl.webinars.fields.meetingUrl} hint={nl.webinars.fields.meetingUrlHint} error={errors?.meetingUrl} defaultValue={values.meetingUrl} />
        <Field name="description" label={nl.webinars.fields.description} error={errors?.description} defaultValue={values.description} multiline maxLength={2000} />
        <div className="actions">
          <button type="submit">{nl.webinars.create}</button>
        </div>
      </Form>
    </div>
  );
}
