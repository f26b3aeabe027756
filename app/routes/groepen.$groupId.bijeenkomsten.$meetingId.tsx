import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { GroupHeader } from "~/components/groups/group-header";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { formatMoment } from "~/lib/dates";
import { parseForm } from "~/lib/forms";
import { notFound } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { ReflectionSchema } from "~/lib/schemas/groups";
import { requireActive, requireGroupMember } from "~/models/groups/access.server";
import { getMeeting, saveReflection } from "~/models/groups/meetings.server";
import { groupHeader } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.page.meetings} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupMember(request, params.groupId);
  const meeting = getMeeting(group.id, params.meetingId ?? "");
  if (!meeting) throw notFound();
  const plannedAt = meeting.plannedAt.getTime();
  return json({ group: groupHeader(group), meeting: { ...meeting, plannedAt }, canReflect: group.status === "active" && plannedAt <= Date.now() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, group } = await requireGroupMember(request, params.groupId);
  requireActive(group);
  const form = await parseForm(request, ReflectionSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const result = saveReflection(group.id, params.meetingId ?? "", user.id, form.data, Date.now());
  if (result === "missing") throw notFound();
  if (result === "not_yet") return json({ errors: { form: nl.groups.meetings.reflectionLater }, values: {} }, { status: 400 });
  return redirect(noticeUrl(`/groepen/${group.id}/bijeenkomsten/${params.meetingId}`, "terugblik"));
}

export default function MeetingPage() {
  const { group, meeting, canReflect } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = { learned: meeting.learned ?? "", adapt: meeting.adapt ?? "", ...result?.values };
  const t = nl.groups.meetings;
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={t.title(formatMoment(meeting.plannedAt))} />
      <RedirectNotice messages={{ gepland: t.planned, terugblik: t.reflectionSaved }} />
      <h2>{t.agenda}</h2>
      <p className="prewrap">{meeting.agenda}</p>
      <h2>{t.reflection}</h2>
      {meeting.learned ? (
        <dl>
          <dt>{t.learned}</dt>
          <dd className="prewrap">{meeting.learned}</dd>
          {meeting.adapt ? (
            <>
              <dt>{t.adapt}</dt>
              <dd className="prewrap">{meeting.adapt}</dd>
            </>
          ) : null}
          {meeting.reflectedBy ? (
            <>
              <dt>{t.reflectedBy}</dt>
              <dd>{meeting.reflectedBy}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{canReflect ? t.noReflection : t.reflectionLater}</p>
      )}
      {canReflect ? (
        <>
          <p>{t.reflectionIntro}</p>
          <ErrorSummary errors={errors} message={nl.form.errorSummary} />
          <Form method="post" className="stack" noValidate>
            <Field name="learned" label={t.learned} defaultValue={values.learned} error={errors?.learned} multiline required maxLength={2000} />
            <Field name="adapt" label={`${t.adapt} ${nl.common.optional}`} defaultValue={values.adapt} error={errors?.adapt} multiline maxLength={2000} />
            <div className="actions">
              <button type="submit">{t.reflectionSubmit}</button>
            </div>
          </Form>
        </>
      ) : null}
    </div>
  );
}
