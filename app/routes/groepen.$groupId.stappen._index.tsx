import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { GroupHeader } from "~/components/groups/group-header";
import { Pager, pageFrom } from "~/components/groups/pager";
import { StepList } from "~/components/groups/step-list";
import { nl } from "~/i18n/nl";
import { STEP_STATUSES, isStepStatus } from "~/lib/groups/constants";
import { calendarDay } from "~/lib/dates";
import { requireGroupMember } from "~/models/groups/access.server";
import { groupHeader } from "~/models/groups/groups.server";
import { listSteps } from "~/models/groups/steps.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.steps.allTitle} | ${nl.appName}` }];

const PER_PAGE = 50;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupMember(request, params.groupId);
  const search = new URL(request.url).searchParams;
  const raw = search.get("status");
  const status = isStepStatus(raw) ? raw : null;
  const page = pageFrom(search);
  const { steps, total } = listSteps(group.id, status, PER_PAGE, (page - 1) * PER_PAGE);
  return json({ group: groupHeader(group), steps, status: status ?? "", page, pages: Math.max(1, Math.ceil(total / PER_PAGE)), today: calendarDay() });
}

export default function AllSteps() {
  const { group, steps, status, page, pages, today } = useLoaderData<typeof loader>();
  const t = nl.groups.steps;
  return (
    <div className="page">
      <GroupHeader group={group} title={t.allTitle} />
      <Form method="get" className="filter-bar">
        <div className="field">
          <label htmlFor="filter-status">{t.filterStatus}</label>
          <select id="filter-status" name="status" defaultValue={status}>
            <option value="">{t.allStatuses}</option>
            {STEP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.filterSubmit}</button>
      </Form>
      {steps.length === 0 ? <p>{t.none}</p> : <StepList groupId={group.id} steps={steps} today={today} />}
      <Pager page={page} pages={pages} params={status ? { status } : {}} label={t.allTitle} previous={nl.groups.overview.previous} next={nl.groups.overview.next} status={nl.common.pageOf(page, pages)} />
    </div>
  );
}
