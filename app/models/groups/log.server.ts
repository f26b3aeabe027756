// The progress log: dated log entries on what we did, what helped and what hindered, with factor tags.
import { randomUUID } from "node:crypto";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { groupFactorTallies, logEntries, logEntryFactors, steps, users } from "~db/schema";
import { db, prepared, type Db } from "~/db.server";
import type { Factor } from "~/lib/groups/constants";
import type { LogEntryInput } from "~/lib/schemas/groups";
import { touchGroups } from "~/models/groups/cache.server";

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

const factorsByIds = prepared(() =>
  db
    .select({ id: logEntryFactors.logEntryId, kind: logEntryFactors.kind, factor: logEntryFactors.factor })
    .from(logEntryFactors)
    .where(sql`${logEntryFactors.logEntryId} in (select value from json_each(${sql.placeholder("ids")}))`)
    .prepare(),
);

function factorsOf(entryIds: string[]) {
  const byEntry = new Map<string, { helped: Factor[]; hindered: Factor[] }>();
  if (entryIds.length === 0) return byEntry;
  for (const row of factorsByIds().all({ ids: JSON.stringify(entryIds) })) {
    const tags = byEntry.get(row.id) ?? { helped: [], hindered: [] };
    tags[row.kind].push(row.factor);
    byEntry.set(row.id, tags);
  }
  return byEntry;
}

// One prepared statement per filter: the group's log entries, those on one step, those shared.
function entriesWhere(where: SQL) {
  return prepared(() =>
    db
      .select(entryColumns)
      .from(logEntries)
      .leftJoin(users, eq(users.id, logEntries.authorId))
      .leftJoin(steps, eq(steps.id, logEntries.stepId))
      .where(where)
      .orderBy(desc(logEntries.loggedOn), desc(logEntries.createdAt))
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
      .prepare(),
  );
}
const byGroup = entriesWhere(eq(logEntries.groupId, sql.placeholder("groupId")));
const byStep = entriesWhere(and(eq(logEntries.groupId, sql.placeholder("groupId")), eq(logEntries.stepId, sql.placeholder("stepId"))) ?? sql`0`);
const sharedOf = entriesWhere(and(eq(logEntries.groupId, sql.placeholder("groupId")), eq(logEntries.shared, true)) ?? sql`0`);

function withFactors<T extends { id: string }>(rows: T[]) {
  const factors = factorsOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, factors: factors.get(row.id) ?? { helped: [], hindered: [] } }));
}

export function listLogEntries(groupId: string, limit: number, offset = 0) {
  return withFactors(byGroup().all({ groupId, limit, offset }));
}

const countOf = prepared(() => db.select({ n: sql<number>`count(*)` }).from(logEntries).where(eq(logEntries.groupId, sql.placeholder("groupId"))).prepare());

export function logEntryCount(groupId: string): number {
  return countOf().get({ groupId })?.n ?? 0;
}

export function listStepEntries(groupId: string, stepId: string, limit: number) {
  return withFactors(byStep().all({ groupId, stepId, limit, offset: 0 }));
}

// Log entries the group chose to share with the network's coordinators.
export function listSharedEntries(groupId: string, limit: number) {
  return withFactors(sharedOf().all({ groupId, limit, offset: 0 }));
}

// Returns the log entry's id, or null when the step is not one of this group's.
export function addLogEntry(groupId: string, userId: string, input: LogEntryInput): string | null {
  if (input.stepId) {
    const step = db.select({ id: steps.id }).from(steps).where(and(eq(steps.id, input.stepId), eq(steps.groupId, groupId))).get();
    if (!step) return null;
  }
  const id = randomUUID();
  db.transaction((tx) => {
    writeLogEntry(
      tx,
      { id, groupId, stepId: input.stepId, authorId: userId, loggedOn: input.loggedOn, did: input.did, helped: input.helped, hindered: input.hindered, next: input.next, shared: input.shared },
      { helped: input.helpedFactors, hindered: input.hinderedFactors },
    );
  });
  touchGroups();
  return id;
}

// The entry, its factor tags and the group's running tallies, in the caller's transaction.
// The demo seed writes its log entries through here too, so the tallies always match the tags.
export function writeLogEntry(tx: Pick<Db, "insert">, entry: typeof logEntries.$inferInsert, factors: { helped: readonly Factor[]; hindered: readonly Factor[] }) {
  tx.insert(logEntries).values(entry).run();
  const { id: logEntryId, groupId } = entry;
  const tags = [
    ...[...new Set(factors.helped)].map((factor) => ({ kind: "helped" as const, factor })),
    ...[...new Set(factors.hindered)].map((factor) => ({ kind: "hindered" as const, factor })),
  ];
  for (const { kind, factor } of tags) {
    tx.insert(logEntryFactors).values({ logEntryId, kind, factor }).run();
    tx.insert(groupFactorTallies)
      .values({ groupId, kind, factor, count: 1 })
      .onConflictDoUpdate({ target: [groupFactorTallies.groupId, groupFactorTallies.kind, groupFactorTallies.factor], set: { count: sql`${groupFactorTallies.count} + 1` } })
      .run();
  }
}
