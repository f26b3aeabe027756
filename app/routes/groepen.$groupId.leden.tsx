import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { GroupHeader } from "~/components/groups/group-header";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { GROUP_ROLES } from "~/lib/groups/constants";
import { formatDay } from "~/lib/dates";
import { formIntent, parseForm, readForm } from "~/lib/forms";
import { badRequest } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { AddMemberSchema, MemberRoleSchema } from "~/lib/schemas/groups";
import { requireActive, requireGroupFacilitator } from "~/models/groups/access.server";
import { addMember, findUserByEmail, groupHeader, listMembers, newInviteCode, setInviteCode, setMemberRole } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.members.title} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupFacilitator(request, params.groupId);
  const origin = new URL(request.url).origin;
  return json({
    group: groupHeader(group),
    inviteUrl: group.inviteCode ? `${origin}/groepen/join/${group.inviteCode}` : null,
    members: listMembers(group.id).map((m) => ({ ...m, joinedAt: m.joinedAt.getTime() })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { group } = await requireGroupFacilitator(request, params.groupId);
  const formData = await readForm(request);
  const intent = formIntent(formData, ["renew", "disable", "add", "role"]);
  const back = (notice: string, args: Record<string, string> = {}) => redirect(noticeUrl(`/groepen/${group.id}/leden`, notice, args));
  if (intent === "renew" || intent === "disable") {
    if (group.status === "closed") throw json({ message: nl.groups.list.closedReadOnly }, { status: 409 });
    setInviteCode(group.id, intent === "renew" ? newInviteCode() : null);
    return back(intent === "renew" ? "vernieuwd" : "uit");
  }
  if (intent === "add") {
    const form = await parseForm(formData, AddMemberSchema);
    if (!form.ok) return json({ intent, errors: form.errors, values: form.values }, { status: 400 });
    const person = findUserByEmail(form.data.email);
    const fail = (message: string) => json({ intent, errors: { email: message }, values: { email: form.data.email, role: form.data.role } }, { status: 400 });
    if (!person) return fail(nl.groups.members.unknownEmail);
    const result = addMember(group.id, person.id, form.data.role);
    if (result === "already") return fail(nl.groups.members.alreadyMember);
    if (result === "full") return fail(nl.groups.members.full);
    if (result === "closed") throw json({ message: nl.groups.list.closedReadOnly }, { status: 409 });
    return back("toegevoegd", { wie: person.name });
  }
  requireActive(group);
  const form = await parseForm(formData, MemberRoleSchema);
  if (!form.ok) throw badRequest();
  if (!setMemberRole(group.id, form.data.userId, form.data.role)) {
    return json({ intent, errors: { form: nl.groups.members.lastFacilitator }, values: {} }, { status: 400 });
  }
  return back("rol");
}

export default function Members() {
  const { group, inviteUrl, members } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const addErrors: Record<string, string> | undefined = result?.intent === "add" ? result.errors : undefined;
  const values: Record<string, string> = result?.intent === "add" ? result.values : {};
  const t = nl.groups.members;
  const active = group.status === "active";
  const [params] = useSearchParams();
  return (
    <div className="page">
      <GroupHeader group={group} title={t.title} />
      <RedirectNotice messages={{ gestart: nl.groups.page.created, vernieuwd: t.renewed, uit: t.disabled, toegevoegd: t.added(params.get("wie") ?? ""), rol: t.roleChanged }} />
      {result?.intent === "role" ? <p className="notice notice--error" role="alert">{t.lastFacilitator}</p> : null}
      {active ? null : <p className="notice">{nl.groups.list.closedReadOnly}</p>}

      <section aria-labelledby="uitnodiging">
        <h2 id="uitnodiging">{t.inviteTitle}</h2>
        {inviteUrl ? (
          <>
            <p>{t.inviteIntro}</p>
            <div className="field">
              <label htmlFor="invite-url">{t.inviteLabel}</label>
              <input id="invite-url" type="text" readOnly value={inviteUrl} className="invite-url" />
            </div>
          </>
        ) : (
          <p>{t.inviteOff}</p>
        )}
        {active ? (
          <div className="actions">
            <Form method="post">
              <input type="hidden" name="intent" value="renew" />
              <button type="submit" className="button--secondary" aria-describedby="renew-hint">
                {inviteUrl ? t.renew : t.enable}
              </button>
            </Form>
            {inviteUrl ? (
              <Form method="post">
                <input type="hidden" name="intent" value="disable" />
                <button type="submit" className="button--secondary">{t.disable}</button>
              </Form>
            ) : null}
            <span id="renew-hint" className="hint">{t.renewHint}</span>
          </div>
        ) : null}
      </section>

      {active ? (
        <section aria-labelledby="toevoegen">
          <h2 id="toevoegen">{t.addTitle}</h2>
          <ErrorSummary errors={addErrors} message={nl.form.errorSummary} />
          <Form method="post" className="stack narrow" noValidate>
            <input type="hidden" name="intent" value="add" />
            <Field name="email" label={t.email} type="email" defaultValue={values.email} error={addErrors?.email} required />
            <Field name="role" label={t.role} defaultValue={values.role ?? "professional"} error={addErrors?.role}>
              {GROUP_ROLES.map((role) => (
                <option key={role} value={role}>{nl.groups.list.roles[role]}</option>
              ))}
            </Field>
            <div className="actions">
              <button type="submit">{t.addSubmit}</button>
            </div>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="leden">
        <h2 id="leden">{t.listTitle}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{nl.auth.name}</th>
                <th scope="col">{t.organisation}</th>
                <th scope="col">{t.joined}</th>
                <th scope="col">{t.role}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId}>
                  <td>{m.name}</td>
                  <td>{m.organisation ?? "–"}</td>
                  <td>{formatDay(m.joinedAt)}</td>
                  <td>
                    {active ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="role" />
                        <input type="hidden" name="userId" value={m.userId} />
                        <label htmlFor={`rol-${m.userId}`} className="visually-hidden">{t.roleLabel(m.name)}</label>
                        <select id={`rol-${m.userId}`} name="role" defaultValue={m.role}>
                          {GROUP_ROLES.map((role) => (
                            <option key={role} value={role}>{nl.groups.list.roles[role]}</option>
                          ))}
                        </select>
                        <button type="submit" className="button--secondary" aria-label={`${t.roleSubmit}: ${m.name}`}>{t.roleSubmit}</button>
                      </Form>
                    ) : (
                      nl.groups.list.roles[m.role]
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
