import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { GroupHeader } from "~/components/groups/group-header";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { MeetingSchema } from "~/lib/schemas/groups";
import { requireActive, requireGroupFacilitator } from "~/models/groups/access.server";
import { planMeeting } from "~/models/groups/meetings.server";
import { groupHeader } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.meetings.newTitle} | ${nl.appName}` }];

// Planning meetings is the facilitator's job; every member can write the reflection afterwards.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupFacilitator(request, params.groupId);
  requireActive(group);
  return json({ group: groupHeader(group) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { group } = await requireGroupFacilitator(request, params.groupId);
  requireActive(group);
  const form = await parseForm(request, MeetingSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const id = planMeeting(group.id, form.data);
  return redirect(noticeUrl(`/groepen/${group.id}/bijeenkomsten/${id}`, "gepland"));
}

export default function NewMeeting() {
  const { group } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  const t = nl.groups.meetings;
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={t.newTitle} />
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="plannedAt" label={t.plannedAt} hint={t.plannedAtHint} type="datetime-local" defaultValue={values.plannedAt} error={errors?.plannedAt} required />
        <Field name="agenda" label={t.agenda} hint={t.agendaHint} defaultValue={values.agenda} error={errors?.agenda} multiline required maxLength={2000} />
        <div className="actions">
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
    </div>
  );
}
