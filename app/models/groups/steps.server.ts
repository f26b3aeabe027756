// Implementation steps: who does what by when, and every status change with who and when.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { groupMembers, stepOwners, stepStatusChanges, steps, users } from "~db/schema";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { db, prepared } from "~/db.server";
import type { StepStatus } from "~/lib/groups/constants";
import type { StatusInput, StepInput } from "~/lib/schemas/groups";
import { touchGroups } from "~/models/groups/cache.server";

const stepColumns = { id: steps.id, what: steps.what, dueOn: steps.dueOn, successSign: steps.successSign, status: steps.status, stopReason: steps.stopReason };
const inJson = (column: SQLiteColumn, name: string) => sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;
const OPEN: StepStatus[] = ["planned", "in_progress"];

const ownersByIds = prepared(() =>
  db
    .select({ stepId: stepOwners.stepId, userId: users.id, name: users.name })
    .from(stepOwners)
    .innerJoin(users, eq(users.id, stepOwners.userId))
    .where(inJson(stepOwners.stepId, "ids"))
    .orderBy(asc(users.name))
    .prepare(),
);

// Owners of several steps in one query, keyed by step id.
function ownersOf(stepIds: string[]) {
  const byStep = new Map<string, { userId: string; name: string }[]>();
  if (stepIds.length === 0) return byStep;
  for (const row of ownersByIds().all({ ids: JSON.stringify(stepIds) })) {
    const list = byStep.get(row.stepId);
    if (list) list.push({ userId: row.userId, name: row.name });
    else byStep.set(row.stepId, [{ userId: row.userId, name: row.name }]);
  }
  return byStep;
}

function withOwners<T extends { id: string }>(rows: T[]) {
  const owners = ownersOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, owners: owners.get(row.id) ?? [] }));
}

const countsOf = prepared(() =>
  db.select({ status: steps.status, n: sql<number>`count(*)` }).from(steps).where(eq(steps.groupId, sql.placeholder("groupId"))).groupBy(steps.status).prepare(),
);

export function stepCounts(groupId: string): Record<StepStatus, number> {
  const counts: Record<StepStatus, number> = { planned: 0, in_progress: 0, done: 0, stopped: 0 };
  for (const row of countsOf().all({ groupId })) counts[row.status] = row.n;
  return counts;
}

const openOf = prepared(() =>
  db
    .select(stepColumns)
    .from(steps)
    .where(and(eq(steps.groupId, sql.placeholder("groupId")), inArray(steps.status, OPEN)))
    .orderBy(asc(steps.dueOn), asc(steps.createdAt))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

export function listOpenSteps(groupId: string, limit: number) {
  return withOwners(openOf().all({ groupId, limit }));
}

const pageAll = prepared(() =>
  db.select(stepColumns).from(steps).where(eq(steps.groupId, sql.placeholder("groupId"))).orderBy(asc(steps.dueOn), asc(steps.createdAt)).limit(sql.placeholder("limit")).offset(sql.placeholder("offset")).prepare(),
);
const pageByStatus = prepared(() =>
  db
    .select(stepColumns)
    .from(steps)
    .where(and(eq(steps.groupId, sql.placeholder("groupId")), eq(steps.status, sql.placeholder("status"))))
    .orderBy(asc(steps.dueOn), asc(steps.createdAt))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(),
);

export function listSteps(groupId: string, status: StepStatus | null, limit: number, offset: number) {
  const rows = status ? pageByStatus().all({ groupId, status, limit, offset }) : pageAll().all({ groupId, limit, offset });
  const counts = stepCounts(groupId);
  const total = status ? counts[status] : counts.planned + counts.in_progress + counts.done + counts.stopped;
  return { steps: withOwners(rows), total };
}

// Just the titles, for the "on which step?" select of a log entry.
export function stepChoices(groupId: string) {
  return db.select({ id: steps.id, what: steps.what }).from(steps).where(eq(steps.groupId, groupId)).orderBy(asc(steps.dueOn)).all();
}

const stepById = prepared(() => db.select(stepColumns).from(steps).where(and(eq(steps.id, sql.placeholder("stepId")), eq(steps.groupId, sql.placeholder("groupId")))).prepare());
const historyOf = prepared(() =>
  db
    .select({ id: stepStatusChanges.id, from: stepStatusChanges.fromStatus, to: stepStatusChanges.toStatus, reason: stepStatusChanges.reason, by: users.name, at: stepStatusChanges.changedAt })
    .from(stepStatusChanges)
    .leftJoin(users, eq(users.id, stepStatusChanges.changedBy))
    .where(eq(stepStatusChanges.stepId, sql.placeholder("stepId")))
    .orderBy(desc(stepStatusChanges.changedAt), desc(sql`step_status_changes.rowid`))
    .prepare(),
);

export function getStep(groupId: string, stepId: string) {
  const step = stepById().get({ stepId, groupId });
  if (!step) return undefined;
  return { ...step, owners: ownersOf([stepId]).get(stepId) ?? [], history: historyOf().all({ stepId }) };
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
