import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { GroupHeader } from "~/components/groups/group-header";
import { LogEntry } from "~/components/groups/log-entry";
import { OverdueTag, StatusTag } from "~/components/groups/status-tag";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { STEP_STATUSES } from "~/lib/groups/constants";
import { formatDay, formatMoment, calendarDay } from "~/lib/dates";
import { parseForm } from "~/lib/forms";
import { notFound } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { StatusSchema } from "~/lib/schemas/groups";
import { requireActive, requireGroupMember } from "~/models/groups/access.server";
import { groupHeader } from "~/models/groups/groups.server";
import { listStepEntries } from "~/models/groups/log.server";
import { changeStepStatus, getStep } from "~/models/groups/steps.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.step.what ?? nl.groups.page.steps} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupMember(request, params.groupId);
  const step = getStep(group.id, params.stepId ?? "");
  if (!step) throw notFound();
  return json({ group: groupHeader(group),
    step: { ...step, history: step.history.map((h) => ({ ...h, at: h.at.getTime() })) },
    logEntries: listStepEntries(group.id, step.id, 10),
    today: calendarDay(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, group } = await requireGroupMember(request, params.groupId);
  requireActive(group);
  const form = await parseForm(request, StatusSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const result = changeStepStatus(group.id, params.stepId ?? "", form.data, user.id);
  if (result === "missing") throw notFound();
  if (result === "same") return json({ errors: { status: nl.groups.steps.sameStatus }, values: form.values }, { status: 400 });
  return redirect(noticeUrl(`/groepen/${group.id}/stappen/${params.stepId}`, "status"));
}

export default function StepPage() {
  const { group, step, logEntries, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  const t = nl.groups.steps;
  const open = step.status === "planned" || step.status === "in_progress";
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={step.what} />
      <RedirectNotice messages={{ status: t.changed, nieuw: t.created }} />
      <p>
        <StatusTag status={step.status} /> {open && step.dueOn < today ? <OverdueTag /> : null}
      </p>
      <dl>
        <dt>{t.owners}</dt>
        <dd>{step.owners.length > 0 ? step.owners.map((o) => o.name).join(", ") : nl.groups.list.nobody}</dd>
        <dt>{t.dueOn}</dt>
        <dd>{formatDay(step.dueOn)}</dd>
        <dt>{t.successSign}</dt>
        <dd className="prewrap">{step.successSign}</dd>
        {step.stopReason ? (
          <>
            <dt>{t.reason}</dt>
            <dd>{step.stopReason}</dd>
          </>
        ) : null}
      </dl>

      {group.status === "active" ? (
        <section aria-labelledby="status-wijzigen">
          <h2 id="status-wijzigen">{t.changeTitle}</h2>
          <ErrorSummary errors={errors} message={nl.form.errorSummary} />
          <Form method="post" className="stack" noValidate>
            <Field name="status" label={t.newStatus} defaultValue={values.status ?? step.status} error={errors?.status}>
              {STEP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.statuses[s]}
                </option>
              ))}
            </Field>
            <Field name="reason" label={t.reason} hint={t.reasonHint} defaultValue={values.reason} error={errors?.reason} multiline maxLength={500} />
            <div className="actions">
              <button type="submit">{t.changeSubmit}</button>
            </div>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="geschiedenis">
        <h2 id="geschiedenis">{t.history}</h2>
        <ol className="history">
          {step.history.map((h) => (
            <li key={h.id}>
              <span className="muted">{formatMoment(h.at)}</span>
              <br />
              {h.from
                ? t.historyChanged(h.by ?? nl.groups.list.formerMember, t.statuses[h.from], t.statuses[h.to])
                : t.historyCreated(h.by ?? nl.groups.list.formerMember, t.statuses[h.to])}
              {h.reason ? <span className="history__reason"> — {h.reason}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="notities-stap">
        <h2 id="notities-stap">{t.logEntriesOnStep}</h2>
        {group.status === "active" ? (
          <p>
            <Link to={`/groepen/${group.id}/notities/nieuw?stap=${step.id}`}>{t.addLogEntryOnStep}</Link>
          </p>
        ) : null}
        {logEntries.map((entry) => <LogEntry key={entry.id} entry={entry} />)}
      </section>
    </div>
  );
}
