import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { GroupHeader } from "~/components/groups/group-header";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { CloseSchema } from "~/lib/schemas/groups";
import { requireActive, requireGroupFacilitator } from "~/models/groups/access.server";
import { monitorFigures } from "~/models/groups/monitor.server";
import { closeGroup, groupHeader } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.close.title} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupFacilitator(request, params.groupId);
  requireActive(group);
  return json({ group: groupHeader(group), hindering: monitorFigures(group.id).factors.hindered.slice(0, 5) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { group } = await requireGroupFacilitator(request, params.groupId);
  requireActive(group);
  const form = await parseForm(request, CloseSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  closeGroup(group.id, form.data.lessons);
  return redirect(noticeUrl(`/groepen/${group.id}`, "afgesloten"));
}

export default function CloseGroup() {
  const { group, hindering } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  const t = nl.groups.close;
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={t.title} />
      <p className="lead">{t.intro}</p>
      <h2>{t.hindering}</h2>
      {hindering.length === 0 ? (
        <p>{t.noHindering}</p>
      ) : (
        <ul>
          {hindering.map((h) => (
            <li key={h.factor}>
              {nl.groups.factors[h.factor]} ({h.count})
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="lessons" label={t.lessons} hint={t.lessonsHint} defaultValue={values.lessons} error={errors?.lessons} multiline required maxLength={3000} />
        <div className="field">
          {errors?.confirm ? <p id="confirm-error" className="field-error">{errors.confirm}</p> : null}
          <label className="choice">
            <input id="veld-confirm" type="checkbox" name="confirm" value="ja" aria-invalid={errors?.confirm ? true : undefined} aria-describedby={errors?.confirm ? "confirm-error" : undefined} />
            {t.confirm}
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="button--danger">{t.submit}</button>
          <Link to={`/groepen/${group.id}`}>{nl.common.cancel}</Link>
        </div>
      </Form>
    </div>
  );
}
