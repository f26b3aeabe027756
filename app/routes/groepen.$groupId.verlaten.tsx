import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GroupHeader } from "~/components/groups/group-header";
import { nl } from "~/i18n/nl";
import { readForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { requireGroupMember } from "~/models/groups/access.server";
import { leaveGroup } from "~/models/groups/membership.server";
import { facilitatorCount, groupHeader } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.leave.title} | ${nl.appName}` }];

// The confirmation step: GET explains what happens, POST leaves.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group, role } = await requireGroupMember(request, params.groupId);
  return json({ group: groupHeader(group), blocked: role === "facilitator" && facilitatorCount(group.id) <= 1 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, group } = await requireGroupMember(request, params.groupId);
  // The button sends no fields; a body that is no form is still refused.
  await readForm(request);
  const result = leaveGroup(group.id, user.id);
  if (result === "last_facilitator") return json({ error: nl.groups.leave.lastFacilitator }, { status: 409 });
  return redirect(noticeUrl("/groepen", "verlaten"));
}

export default function Leave() {
  const { group, blocked } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = nl.groups.leave;
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={t.title} />
      {result?.error ? <p className="notice notice--error" role="alert">{result.error}</p> : null}
      {blocked ? (
        <>
          <p className="notice notice--warn">{t.lastFacilitator}</p>
          <p>
            <Link to={`/groepen/${group.id}/leden`}>{nl.groups.page.manage}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t.intro(group.name)}</p>
          <p>{t.consequences}</p>
          <Form method="post" className="actions">
            <button type="submit" className="button--danger">{t.confirm}</button>
            <Link to={`/groepen/${group.id}`}>{nl.common.cancel}</Link>
          </Form>
        </>
      )}
    </div>
  );
}
