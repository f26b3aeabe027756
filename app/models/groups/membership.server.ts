// Leaving a group: the group keeps the leaver's steps (reassigned to a facilitator) and log entries.
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { groupMembers, meetings, stepOwners, steps } from "~db/schema";
import { db, type Db } from "~/db.server";
import { touchGroups } from "~/models/groups/cache.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// Moves the user's steps in one group to its longest-standing other facilitator, if there is one.
function reassignSteps(tx: Tx, groupId: string, userId: string) {
  const facilitator = tx
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, "facilitator"), ne(groupMembers.userId, userId)))
    .orderBy(asc(groupMembers.joinedAt))
    .get();
  const groupSteps = tx.select({ id: steps.id }).from(steps).where(eq(steps.groupId, groupId));
  const owned = tx
    .select({ stepId: stepOwners.stepId })
    .from(stepOwners)
    .where(and(eq(stepOwners.userId, userId), inArray(stepOwners.stepId, groupSteps)))
    .all();
  if (owned.length === 0) return;
  const ids = owned.map((o) => o.stepId);
  if (facilitator) {
    tx.insert(stepOwners).values(ids.map((stepId) => ({ stepId, userId: facilitator.userId }))).onConflictDoNothing().run();
  }
  tx.delete(stepOwners).where(and(eq(stepOwners.userId, userId), inArray(stepOwners.stepId, ids))).run();
}

export type LeaveResult = "left" | "last_facilitator" | "not_member";

export function leaveGroup(groupId: string, userId: string): LeaveResult {
  const result = db.transaction((tx): LeaveResult => {
    const members = tx.select({ userId: groupMembers.userId, role: groupMembers.role }).from(groupMembers).where(eq(groupMembers.groupId, groupId)).all();
    const me = members.find((m) => m.userId === userId);
    if (!me) return "not_member";
    // A group always keeps a facilitator; the last one hands over first.
    if (me.role === "facilitator" && members.filter((m) => m.role === "facilitator").length <= 1) return "last_facilitator";
    reassignSteps(tx, groupId, userId);
    tx.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId))).run();
    return "left";
  });
  if (result === "left") touchGroups();
  return result;
}

// Before an account is deleted: its steps go to a facilitator in every group. Memberships and
// step ownership then cascade away; log entries and meeting reflections stay with the author set to null.
export function releaseGroupsOf(tx: Tx, userId: string) {
  const memberships = tx.select({ groupId: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, userId)).all();
  for (const { groupId } of memberships) reassignSteps(tx, groupId, userId);
  // Explicit, not left to the foreign key: the migration that added the column could not declare "set null".
  tx.update(meetings).set({ reflectedBy: null }).where(eq(meetings.reflectedBy, userId)).run();
  touchGroups();
}
