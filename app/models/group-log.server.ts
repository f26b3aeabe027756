// The progress log: dated notes on what we did, what helped and what hindered, with factor tags.
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { logEntries, logEntryFactors, steps, users } from "~db/schema";
import { db } from "~/db.server";
import type { Factor } from "~/lib/groups/constants";
import type { LogEntryInput } from "~/lib/schemas/groups";
import { touchGroups } from "./group-cache.server";

const entryColumns = {
  id: logEntries.id,
  loggedOn: logEntries.loggedOn,
  did: logEntries.did,
  helped: logEntries.helped,
  hindered: logEntries.hindered,
  next: logEntries.next,
  shared: logEntries.shared,
  stepId: logEntries.stepId,
  stepWhat: steps.what,
  // Null once the author deleted their account: shown as "Oud-deelnemer".
  author: users.name,
};

function factorsOf(entryIds: string[]) {
  const byEntry = new Map<string, { helped: Factor[]; hindered: Factor[] }>();
  if (entryIds.length === 0) return byEntry;
  const rows = db
    .select({ id: logEntryFactors.logEntryId, kind: logEntryFactors.kind, factor: logEntryFactors.factor })
    .from(logEntryFactors)
    .where(inArray(logEntryFactors.logEntryId, entryIds))
    .all();
  for (const row of rows) {
    const tags = byEntry.get(row.id) ?? { helped: [], hindered: [] };
    tags[row.kind].push(row.factor);
    byEntry.set(row.id, tags);
  }
  return byEntry;
}

function entries(where: SQL | undefined, limit: number, offset = 0) {
  const rows = db
    .select(entryColumns)
    .from(logEntries)
    .leftJoin(users, eq(users.id, logEntries.authorId))
    .leftJoin(steps, eq(steps.id, logEntries.stepId))
    .where(where)
    .orderBy(desc(logEntries.loggedOn), desc(logEntries.createdAt))
    .limit(limit)
    .offset(offset)
    .all();
  const factors = factorsOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, factors: factors.get(row.id) ?? { helped: [], hindered: [] } }));
}
export type LogEntryView = ReturnType<typeof entries>[number];

export function listLogEntries(groupId: string, limit: number, offset = 0) {
  return entries(eq(logEntries.groupId, groupId), limit, offset);
}

export function logEntryCount(groupId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(logEntries).where(eq(logEntries.groupId, groupId)).get()?.n ?? 0;
}

export function listStepEntries(groupId: string, stepId: string, limit: number) {
  return entries(and(eq(logEntries.groupId, groupId), eq(logEntries.stepId, stepId)), limit);
}

// Notes the group chose to share with the network's coordinators.
export function listSharedEntries(groupId: string, limit: number) {
  return entries(and(eq(logEntries.groupId, groupId), eq(logEntries.shared, true)), limit);
}

// Returns the note's id, or null when the step is not one of this group's.
export function addLogEntry(groupId: string, userId: string, input: LogEntryInput): string | null {
  if (input.stepId) {
    const step = db.select({ id: steps.id }).from(steps).where(and(eq(steps.id, input.stepId), eq(steps.groupId, groupId))).get();
    if (!step) return null;
  }
  const id = randomUUID();
  db.transaction((tx) => {
    tx.insert(logEntries)
      .values({
        id,
        groupId,
        stepId: input.stepId,
        authorId: userId,
        loggedOn: input.loggedOn,
        did: input.did,
        helped: input.helped,
        hindered: input.hindered,
        next: input.next,
        shared: input.shared,
      })
      .run();
    for (const factor of new Set(input.helpedFactors)) tx.insert(logEntryFactors).values({ logEntryId: id, kind: "helped", factor }).run();
    for (const factor of new Set(input.hinderedFactors)) tx.insert(logEntryFactors).values({ logEntryId: id, kind: "hindered", factor }).run();
  });
  touchGroups();
  return id;
}
