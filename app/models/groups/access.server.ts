// Guards for group routes. A group's pages exist only for its members: anyone else gets 404,
// so the existence of a group is not given away. Coordinators may see the monitor's figures.
import { json } from "@remix-run/node";
import { hasRole, requireUser } from "~/auth.server";
import { nl } from "~/i18n/nl";
import { forbidden, notFound } from "~/lib/http";
import { getGroup, memberRole, type Group } from "~/models/groups/groups.server";

export async function requireGroupMember(request: Request, groupId: string | undefined) {
  const user = await requireUser(request);
  const group = groupId ? getGroup(groupId) : undefined;
  const role = group ? memberRole(group.id, user.id) : null;
  if (!group || !role) throw notFound();
  return { user, group, role };
}

// Managing members, the invite link and closing: the group's facilitators only.
export async function requireGroupFacilitator(request: Request, groupId: string | undefined) {
  const access = await requireGroupMember(request, groupId);
  if (access.role !== "facilitator") throw forbidden();
  return access;
}

export async function requireMonitorAccess(request: Request, groupId: string | undefined) {
  const user = await requireUser(request);
  const group = groupId ? getGroup(groupId) : undefined;
  const role = group ? memberRole(group.id, user.id) : null;
  if (!group || (!role && !hasRole(user, "coordinator"))) throw notFound();
  return { user, group, role };
}

// A closed group can be read, not changed.
export function requireActive(group: Pick<Group, "status">) {
  if (group.status === "closed") throw json({ message: nl.groups.list.closedReadOnly }, { status: 409 });
}
