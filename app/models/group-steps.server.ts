// Implementation steps: who does what by when, and every status change with who and when.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { groupMembers, stepOwners, stepStatusChanges, steps, users } from "~db/schema";
import { db } from "~/db.server";
import type { StepStatus } from "~/lib/groups/constants";
import type { StatusInput, StepInput } from "~/lib/schemas/groups";
import { touchGroups } from "./group-cache.server";

const stepColumns = { id: steps.id, what: steps.what, dueOn: steps.dueOn, successSign: steps.successSign, status: steps.status, stopReason: steps.stopReason };

// Owners of several steps in one query, keyed by step id.
function ownersOf(stepIds: string[]) {
  const byStep = new Map<string, { userId: string; name: string }[]>();
  if (stepIds.length === 0) return byStep;
  const rows = db
    .select({ stepId: stepOwners.stepId, userId: users.id, name: users.name })
    .from(stepOwners)
    .innerJoin(users, eq(users.id, stepOwners.userId))
    .where(inArray(stepOwners.stepId, stepIds))
    .orderBy(asc(users.name))
    .all();
  for (const row of rows) byStep.set(row.stepId, [...(byStep.get(row.stepId) ?? []), { userId: row.userId, name: row.name }]);
  return byStep;
}

function withOwners<T extends { id: string }>(rows: T[]) {
  const owners = ownersOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, owners: owners.get(row.id) ?? [] }));
}

export function stepCounts(groupId: string): Record<StepStatus, number> {
  const counts: Record<StepStatus, number> = { planned: 0, in_progress: 0, done: 0, stopped: 0 };
  const rows = db.select({ status: steps.status, n: sql<number>`count(*)` }).from(steps).where(eq(steps.groupId, groupId)).groupBy(steps.status).all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export function listOpenSteps(groupId: string, limit: number) {
  const rows = db
    .select(stepColumns)
    .from(steps)
    .where(and(eq(steps.groupId, groupId), inArray(steps.status, ["planned", "in_progress"])))
    .orderBy(asc(steps.dueOn), asc(steps.createdAt))
    .limit(limit)
    .all();
  return withOwners(rows);
}

export function listSteps(groupId: string, status: StepStatus | null, limit: number, offset: number) {
  const where = status ? and(eq(steps.groupId, groupId), eq(steps.status, status)) : eq(steps.groupId, groupId);
  const rows = db.select(stepColumns).from(steps).where(where).orderBy(asc(steps.dueOn), asc(steps.createdAt)).limit(limit).offset(offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(steps).where(where).get()?.n ?? 0;
  return { steps: withOwners(rows), total };
}

// Just the titles, for the "on which step?" select of a note.
export function stepChoices(groupId: string) {
  return db.select({ id: steps.id, what: steps.what }).from(steps).where(eq(steps.groupId, groupId)).orderBy(asc(steps.dueOn)).all();
}

export function getStep(groupId: string, stepId: string) {
  const step = db.select(stepColumns).from(steps).where(and(eq(steps.id, stepId), eq(steps.groupId, groupId))).get();
  if (!step) return undefined;
  const history = db
    .select({ id: stepStatusChanges.id, from: stepStatusChanges.fromStatus, to: stepStatusChanges.toStatus, reason: stepStatusChanges.reason, by: users.name, at: stepStatusChanges.changedAt })
    .from(stepStatusChanges)
    .leftJoin(users, eq(users.id, stepStatusChanges.changedBy))
    .where(eq(stepStatusChanges.stepId, stepId))
    .orderBy(desc(stepStatusChanges.changedAt), desc(sql`step_status_changes.rowid`))
    .all();
  return { ...step, owners: ownersOf([stepId]).get(stepId) ?? [], history };
}

// Owners must be members of the group; returns the new step's id or null when one is not.
export function addStep(groupId: string, input: StepInput, userId: string): string | null {
  const ownerIds = [...new Set(input.ownerIds)];
  const members = db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.userId, ownerIds)))
    .all();
  if (members.length !== ownerIds.length) return null;
  const id = randomUUID();
  db.transaction((tx) => {
    tx.insert(steps).values({ id, groupId, what: input.what, dueOn: input.dueOn, successSign: input.successSign, createdBy: userId }).run();
    for (const ownerId of ownerIds) tx.insert(stepOwners).values({ stepId: id, userId: ownerId }).run();
    tx.insert(stepStatusChanges).values({ id: randomUUID(), stepId: id, fromStatus: null, toStatus: "planned", changedBy: userId }).run();
  });
  touchGroups();
  return id;
}

export type StatusResult = "changed" | "same" | "missing";

export function changeStepStatus(groupId: string, stepId: string, input: StatusInput, userId: string): StatusResult {
  const result = db.transaction((tx): StatusResult => {
    const step = tx.select({ status: steps.status }).from(steps).where(and(eq(steps.id, stepId), eq(steps.groupId, groupId))).get();
    if (!step) return "missing";
    if (step.status === input.status) return "same";
    const reason = input.reason === "" ? null : input.reason;
    tx.update(steps)
      .set({ status: input.status, stopReason: input.status === "stopped" ? reason : null })
      .where(eq(steps.id, stepId))
      .run();
    tx.insert(stepStatusChanges).values({ id: randomUUID(), stepId, fromStatus: step.status, toStatus: input.status, reason, changedBy: userId }).run();
    return "changed";
  });
  if (result === "changed") touchGroups();
  return result;
}
