import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { FactorFieldset } from "~/components/groups/factor-fieldset";
import { GroupHeader } from "~/components/groups/group-header";
import { nl } from "~/i18n/nl";
import { calendarDay } from "~/lib/dates";
import { parseForm, readForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { LogEntrySchema } from "~/lib/schemas/groups";
import { requireActive, requireGroupMember } from "~/models/groups/access.server";
import { groupHeader } from "~/models/groups/groups.server";
import { addLogEntry } from "~/models/groups/log.server";
import { stepChoices } from "~/models/groups/steps.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.logEntries.newTitle} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupMember(request, params.groupId);
  requireActive(group);
  const stepId = new URL(request.url).searchParams.get("stap") ?? "";
  return json({ group: groupHeader(group), steps: stepChoices(group.id), defaults: { loggedOn: calendarDay(), stepId } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, group } = await requireGroupMember(request, params.groupId);
  requireActive(group);
  const formData = await readForm(request);
  const tags = {
    helpedFactors: formData.getAll("helpedFactors").map(String),
    hinderedFactors: formData.getAll("hinderedFactors").map(String),
  };
  const form = await parseForm(formData, LogEntrySchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values, tags }, { status: 400 });
  const id = addLogEntry(group.id, user.id, form.data);
  if (!id) return json({ errors: { stepId: nl.groups.logEntries.unknownStep }, values: form.values, tags }, { status: 400 });
  return redirect(noticeUrl(`/groepen/${group.id}#notities`, "notitie"));
}

export default function NewLogEntry() {
  const { group, steps, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = { ...defaults, ...result?.values };
  const t = nl.groups.logEntries;
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={t.newTitle} />
      <p className="lead">{t.intro}</p>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="loggedOn" label={t.loggedOn} type="date" defaultValue={values.loggedOn} error={errors?.loggedOn} required />
        <Field name="stepId" label={`${t.step} ${nl.common.optional}`} defaultValue={values.stepId ?? ""} error={errors?.stepId}>
          <option value="">{t.noStep}</option>
          {steps.map((s) => (
            <option key={s.id} value={s.id}>
              {s.what}
            </option>
          ))}
        </Field>
        <Field name="did" label={t.did} defaultValue={values.did} error={errors?.did} multiline required maxLength={2000} />
        <Field name="helped" label={`${t.helped} ${nl.common.optional}`} defaultValue={values.helped} error={errors?.helped} multiline maxLength={2000} />
        <FactorFieldset name="helpedFactors" legend={t.helpedFactors} checked={result?.tags.helpedFactors ?? []} error={errors?.helpedFactors} />
        <Field name="hindered" label={`${t.hindered} ${nl.common.optional}`} defaultValue={values.hindered} error={errors?.hindered} multiline maxLength={2000} />
        <FactorFieldset name="hinderedFactors" legend={t.hinderedFactors} checked={result?.tags.hinderedFactors ?? []} error={errors?.hinderedFactors} />
        <Field name="next" label={`${t.next} ${nl.common.optional}`} defaultValue={values.next} error={errors?.next} multiline maxLength={2000} />
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="shared" aria-describedby="shared-hint" defaultChecked={values.shared === "on"} />
            {t.shared}
          </label>
          <span id="shared-hint" className="hint">{t.sharedHint}</span>
        </div>
        <div className="actions">
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
    </div>
  );
}
