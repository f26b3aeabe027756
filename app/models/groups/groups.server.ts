// Action-learning groups: forming, listing, and who is a member in which role.
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { groupMembers, groups, networks, organisations, themes, users } from "~db/schema";
import { db, prepared } from "~/db.server";
import type { GroupRole } from "~/lib/groups/constants";
import type { GroupInput } from "~/lib/schemas/groups";
import { touchGroups } from "~/models/groups/cache.server";

export function newInviteCode(): string {
  return randomBytes(9).toString("base64url");
}

const groupColumns = {
  id: groups.id,
  name: groups.name,
  themeId: groups.themeId,
  themeTitle: themes.title,
  themeSlug: themes.slug,
  moduleSlug: groups.moduleSlug,
  intendedChange: groups.intendedChange,
  networkId: groups.networkId,
  networkName: networks.name,
  startsOn: groups.startsOn,
  endsOn: groups.endsOn,
  rhythm: groups.rhythm,
  maxSize: groups.maxSize,
  status: groups.status,
  inviteCode: groups.inviteCode,
  lessonsLearned: groups.lessonsLearned,
  closedAt: groups.closedAt,
};

const byId = prepared(() =>
  db
    .select(groupColumns)
    .from(groups)
    .innerJoin(themes, eq(themes.id, groups.themeId))
    .leftJoin(networks, eq(networks.id, groups.networkId))
    .where(eq(groups.id, sql.placeholder("id")))
    .prepare(),
);

export function getGroup(groupId: string) {
  return byId().get({ id: groupId });
}
export type Group = NonNullable<ReturnType<typeof getGroup>>;

const byCode = prepared(() =>
  db
    .select(groupColumns)
    .from(groups)
    .innerJoin(themes, eq(themes.id, groups.themeId))
    .leftJoin(networks, eq(networks.id, groups.networkId))
    .where(eq(groups.inviteCode, sql.placeholder("code")))
    .prepare(),
);

export function getGroupByInviteCode(code: string) {
  return byCode().get({ code });
}

const roleOf = prepared(() =>
  db
    .select({ role: groupMembers.role })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, sql.placeholder("groupId")), eq(groupMembers.userId, sql.placeholder("userId"))))
    .prepare(),
);

export function memberRole(groupId: string, userId: string): GroupRole | null {
  return roleOf().get({ groupId, userId })?.role ?? null;
}

const countOf = prepared(() => db.select({ n: sql<number>`count(*)` }).from(groupMembers).where(eq(groupMembers.groupId, sql.placeholder("groupId"))).prepare());

export function memberCount(groupId: string): number {
  return countOf().get({ groupId })?.n ?? 0;
}

const membersOf = prepared(() =>
  db
    .select({
      userId: users.id,
      name: users.name,
      role: groupMembers.role,
      organisationId: users.organisationId,
      organisation: organisations.name,
      joinedAt: groupMembers.joinedAt,
    })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(groupMembers.groupId, sql.placeholder("groupId")))
    .orderBy(asc(users.name))
    .prepare(),
);

export function listMembers(groupId: string) {
  return membersOf().all({ groupId });
}

export function themeExists(themeId: string): boolean {
  return db.select({ id: themes.id }).from(themes).where(eq(themes.id, themeId)).get() !== undefined;
}

export function listThemes() {
  return db.select({ id: themes.id, slug: themes.slug, title: themes.title }).from(themes).where(sql`${themes.mergedIntoId} is null`).orderBy(asc(themes.title)).all();
}

// The role someone gets when they join: their voice as an experiential expert shows in the group.
export function defaultGroupRole(roles: readonly string[]): GroupRole {
  return roles.includes("expert") ? "expert" : "professional";
}

export function createGroup(input: GroupInput, userId: string): string {
  const id = randomUUID();
  db.transaction((tx) => {
    tx.insert(groups).values({ id, ...input, inviteCode: newInviteCode(), createdBy: userId }).run();
    tx.insert(groupMembers).values({ groupId: id, userId, role: "facilitator" }).run();
  });
  touchGroups();
  return id;
}

export type JoinResult = "joined" | "already" | "full" | "closed";

// Adds a member unless the group is closed or full; checked and written in one transaction.
export function addMember(groupId: string, userId: string, role: GroupRole): JoinResult {
  const result = db.transaction((tx): JoinResult => {
    const group = tx.select({ status: groups.status, maxSize: groups.maxSize }).from(groups).where(eq(groups.id, groupId)).get();
    if (!group || group.status === "closed") return "closed";
    const existing = tx.select({ role: groupMembers.role }).from(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId))).get();
    if (existing) return "already";
    const count = tx.select({ n: sql<number>`count(*)` }).from(groupMembers).where(eq(groupMembers.groupId, groupId)).get()?.n ?? 0;
    if (count >= group.maxSize) return "full";
    tx.insert(groupMembers).values({ groupId, userId, role }).run();
    return "joined";
  });
  if (result === "joined") touchGroups();
  return result;
}

export function findUserByEmail(email: string) {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)).get();
}

export function setInviteCode(groupId: string, code: string | null) {
  db.update(groups).set({ inviteCode: code }).where(eq(groups.id, groupId)).run();
}

const facilitatorsOf = prepared(() =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, sql.placeholder("groupId")), eq(groupMembers.role, "facilitator")))
    .prepare(),
);

export function facilitatorCount(groupId: string): number {
  return facilitatorsOf().get({ groupId })?.n ?? 0;
}

// False when the change would leave the group without a facilitator.
export function setMemberRole(groupId: string, userId: string, role: GroupRole): boolean {
  const current = memberRole(groupId, userId);
  if (!current) return false;
  if (current === "facilitator" && role !== "facilitator" && facilitatorCount(groupId) <= 1) return false;
  db.update(groupMembers).set({ role }).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId))).run();
  touchGroups();
  return true;
}

export function closeGroup(groupId: string, lessons: string) {
  db.update(groups)
    .set({ status: "closed", lessonsLearned: lessons, closedAt: new Date(), inviteCode: null })
    .where(and(eq(groups.id, groupId), eq(groups.status, "active")))
    .run();
  touchGroups();
}

export function userNetworkId(userId: string): string | null {
  return db.select({ networkId: users.networkId }).from(users).where(eq(users.id, userId)).get()?.networkId ?? null;
}

// What sub-pages show of a group in their header (no invite code, no lessons).
export function groupHeader(group: Group) {
  const { id, name, status, themeTitle, networkName, startsOn, endsOn } = group;
  return { id, name, status, themeTitle, networkName, startsOn, endsOn };
}
