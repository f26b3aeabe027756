import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { GroupHeader } from "~/components/groups/group-header";
import { nl } from "~/i18n/nl";
import { parseForm, readForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { StepSchema } from "~/lib/schemas/groups";
import { requireActive, requireGroupMember } from "~/models/groups/access.server";
import { addStep } from "~/models/groups/steps.server";
import { groupHeader, listMembers } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.steps.newTitle} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, group } = await requireGroupMember(request, params.groupId);
  requireActive(group);
  return json({ group: groupHeader(group), userId: user.id, members: listMembers(group.id).map((m) => ({ userId: m.userId, name: m.name })) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, group } = await requireGroupMember(request, params.groupId);
  requireActive(group);
  const formData = await readForm(request);
  const owners = formData.getAll("ownerIds").filter((v): v is string => typeof v === "string");
  const form = await parseForm(formData, StepSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values, owners }, { status: 400 });
  const stepId = addStep(group.id, form.data, user.id);
  if (!stepId) return json({ errors: { ownerIds: nl.groups.steps.ownersUnknown }, values: form.values, owners }, { status: 400 });
  return redirect(noticeUrl(`/groepen/${group.id}/stappen/${stepId}`, "nieuw"));
}

export default function NewStep() {
  const { group, userId, members } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  const owners = result?.owners ?? [userId];
  const t = nl.groups.steps;
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={t.newTitle} />
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="what" label={t.what} hint={t.whatHint} defaultValue={values.what} error={errors?.what} multiline required maxLength={300} />
        <fieldset id="veld-ownerIds" aria-describedby={errors?.ownerIds ? "ownerIds-error" : "ownerIds-hint"}>
          <legend>{t.owners}</legend>
          <p id="ownerIds-hint" className="hint">{t.ownersHint}</p>
          {errors?.ownerIds ? <p id="ownerIds-error" className="field-error">{errors.ownerIds}</p> : null}
          {members.map((m) => (
            <label key={m.userId} className="choice">
              <input type="checkbox" name="ownerIds" value={m.userId} defaultChecked={owners.includes(m.userId)} />
              {m.name}
            </label>
          ))}
        </fieldset>
        <Field name="dueOn" label={t.dueOn} type="date" defaultValue={values.dueOn} error={errors?.dueOn} required />
        <Field name="successSign" label={t.successSign} defaultValue={values.successSign} error={errors?.successSign} multiline required maxLength={500} />
        <div className="actions">
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
    </div>
  );
}
