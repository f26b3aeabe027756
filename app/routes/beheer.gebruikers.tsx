import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth.server";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { GRANTED_ROLES, isRole } from "~/lib/accounts/constants";
import { badRequest, notFound } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { getUserName, grantRole, listUsersWithRoles, revokeRole } from "~/models/accounts/users.server";

export const meta: MetaFunction = () => [{ title: `${nl.admin.usersTitle} | ${nl.appName}` }];

const RoleChangeSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(GRANTED_ROLES),
  intent: z.enum(["grant", "revoke"]),
  q: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return json({ users: listUsersWithRoles(q), q });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const form = await parseForm(request, RoleChangeSchema);
  if (!form.ok) throw badRequest();
  const { userId, role, intent, q = "" } = form.data;
  const name = getUserName(userId);
  if (!name) throw notFound();
  if (intent === "revoke" && role === "admin" && userId === admin.id) {
    return redirect(noticeUrl("/beheer/gebruikers", "eigen-beheer", { q }));
  }
  if (intent === "grant") grantRole(userId, role, admin.id);
  else revokeRole(userId, role);
  return redirect(noticeUrl("/beheer/gebruikers", intent, { q, wie: name, rol: role }));
}

// The texts fill in who got or lost which role (?wie=, ?rol=).
function Notice() {
  const [params] = useSearchParams();
  const role = params.get("rol");
  const roleLabel = isRole(role) ? nl.roles[role] : "";
  const who = params.get("wie") ?? "";
  return (
    <RedirectNotice
      messages={{ "eigen-beheer": { text: nl.admin.ownAdmin, tone: "warn" }, grant: nl.admin.granted(who, roleLabel), revoke: nl.admin.revoked(who, roleLabel) }}
    />
  );
}

export default function AdminUsers() {
  const { users, q } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{nl.admin.usersTitle}</h1>
      <p>{nl.admin.usersIntro}</p>
      <Notice />
      <Form method="get" className="actions" role="search">
        <label htmlFor="zoek" className="visually-hidden">
          {nl.admin.search}
        </label>
        <input id="zoek" type="search" name="q" defaultValue={q} placeholder={nl.admin.search} className="search-input" />
        <button type="submit">{nl.admin.searchSubmit}</button>
      </Form>
      {users.length === 0 ? (
        <p>{nl.admin.noUsers}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{nl.admin.columns.name}</th>
                <th scope="col">{nl.admin.columns.email}</th>
                <th scope="col">{nl.admin.columns.organisation}</th>
                <th scope="col">{nl.admin.columns.roles}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>{user.name}</td>
                  <td>{user.email}</td>
                  <td>{user.organisation ?? "–"}</td>
                  <td>
                    <ul className="role-list">
                      {GRANTED_ROLES.map((role) => {
                        const has = user.roles.includes(role);
                        return (
                          <li key={role}>
                            <Form method="post">
                              <input type="hidden" name="userId" value={user.id} />
                              <input type="hidden" name="role" value={role} />
                              <input type="hidden" name="q" value={q} />
                              <input type="hidden" name="intent" value={has ? "revoke" : "grant"} />
                              <span className={has ? "tag tag--ok" : "tag"}>{nl.roles[role]}</span>{" "}
                              <button type="submit" className="link-button" aria-label={`${has ? nl.admin.revoke : nl.admin.grant}: ${nl.roles[role]} – ${user.name}`}>
                                {has ? nl.admin.revoke : nl.admin.grant}
                              </button>
                            </Form>
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
