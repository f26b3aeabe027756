import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth.server";
import { nl } from "~/i18n/nl";
import { formatDay } from "~/lib/dates";
import { readForm } from "~/lib/forms";
import { notFound } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { addMember, defaultGroupRole, getGroupByInviteCode, memberCount, memberRole } from "~/models/groups/groups.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? nl.groups.join.title(data.group.name) : nl.groups.list.title} | ${nl.appName}` }];

// Anyone with an account and the link may see what the group is about before joining;
// an unknown or switched-off code is a 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const group = getGroupByInviteCode(params.code ?? "");
  if (!group) throw notFound();
  if (memberRole(group.id, user.id)) throw redirect(`/groepen/${group.id}`);
  const members = memberCount(group.id);
  return json({
    group: {
      name: group.name,
      themeTitle: group.themeTitle,
      networkName: group.networkName,
      intendedChange: group.intendedChange,
      rhythm: group.rhythm,
      startsOn: group.startsOn,
      endsOn: group.endsOn,
      maxSize: group.maxSize,
      members,
    },
    full: members >= group.maxSize,
    role: defaultGroupRole(user.roles),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const group = getGroupByInviteCode(params.code ?? "");
  if (!group) throw notFound();
  // The button sends no fields; a body that is no form is still refused.
  await readForm(request);
  const result = addMember(group.id, user.id, defaultGroupRole(user.roles));
  if (result === "joined") return redirect(noticeUrl(`/groepen/${group.id}`, "lid"));
  if (result === "already") return redirect(`/groepen/${group.id}`);
  return json({ error: result === "full" ? nl.groups.join.full : nl.groups.join.closed }, { status: 409 });
}

export default function Join() {
  const { group, full, role } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = nl.groups.join;
  const l = nl.groups.list;
  return (
    <div className="page narrow">
      <h1>{t.title(group.name)}</h1>
      <p className="lead">{t.intro}</p>
      {result?.error ? <p className="notice notice--error" role="alert">{result.error}</p> : null}
      <dl>
        <dt>{l.theme}</dt>
        <dd>{group.themeTitle}</dd>
        <dt>{l.network}</dt>
        <dd>{group.networkName ?? l.noNetwork}</dd>
        <dt>{l.intendedChange}</dt>
        <dd className="prewrap">{group.intendedChange}</dd>
        <dt>{l.period}</dt>
        <dd>{l.periodValue(formatDay(group.startsOn), formatDay(group.endsOn))}</dd>
        <dt>{l.rhythm}</dt>
        <dd>{group.rhythm}</dd>
        <dt>{l.members}</dt>
        <dd>{l.memberCount(group.members, group.maxSize)}</dd>
      </dl>
      {full ? (
        <p className="notice notice--warn">{t.full}</p>
      ) : (
        <>
          <p>{t.roleNote(l.roles[role].toLowerCase())}</p>
          <Form method="post" className="actions">
            <button type="submit">{t.confirm}</button>
            <Link to="/groepen">{t.cancel}</Link>
          </Form>
        </>
      )}
    </div>
  );
}
