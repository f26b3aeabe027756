// A user's own learning state: progress through module parts, private reflections and
// commitments. Every function takes the user's id from the session; none reads another's data.
import { randomUUID } from "node:crypto";
import { and, asc, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { commitments, moduleProgress, partProgress, reflections } from "~db/schema";
import type { LookBackOutcome } from "~/lib/learning/constants";
import { db, prepared } from "~/db.server";
import { PARTS, PART_COUNT } from "~/lib/module-parts";

export type ModuleStatus = "not_started" | "in_progress" | "completed";

export interface ProgressSummary {
  status: ModuleStatus;
  doneParts: number[];
  resumePart: number;
}

function summarize(row: { completedAt: Date | null } | undefined, doneParts: number[]): ProgressSummary {
  const status: ModuleStatus = !row ? "not_started" : row.completedAt ? "completed" : "in_progress";
  const firstOpen = PARTS.find((p) => !doneParts.includes(p.number))?.number;
  return { status, doneParts, resumePart: firstOpen ?? 1 };
}

// Every module page asks for this, so its two queries are prepared once (after migrations ran).
const progressQueries = prepared(() => ({
  row: db
    .select({ completedAt: moduleProgress.completedAt })
    .from(moduleProgress)
    .where(and(eq(moduleProgress.userId, sql.placeholder("userId")), eq(moduleProgress.moduleSlug, sql.placeholder("moduleSlug"))))
    .prepare(),
  parts: db
    .select({ part: partProgress.part })
    .from(partProgress)
    .where(and(eq(partProgress.userId, sql.placeholder("userId")), eq(partProgress.moduleSlug, sql.placeholder("moduleSlug"))))
    .orderBy(asc(partProgress.part))
    .prepare(),
}));

export function getProgress(userId: string, moduleSlug: string): ProgressSummary {
  const queries = progressQueries();
  const row = queries.row.get({ userId, moduleSlug });
  const done = queries.parts.all({ userId, moduleSlug });
  return summarize(row, done.map((d) => d.part));
}

// Status of every module the user touched, in two queries.
export function getAllProgress(userId: string): Map<string, ProgressSummary> {
  const rows = db
    .select({ moduleSlug: moduleProgress.moduleSlug, completedAt: moduleProgress.completedAt })
    .from(moduleProgress)
    .where(eq(moduleProgress.userId, userId))
    .all();
  const parts = db
    .select({ moduleSlug: partProgress.moduleSlug, part: partProgress.part })
    .from(partProgress)
    .where(eq(partProgress.userId, userId))
    .orderBy(asc(partProgress.part))
    .all();
  return new Map(
    rows.map((row) => [row.moduleSlug, summarize(row, parts.filter((p) => p.moduleSlug === row.moduleSlug).map((p) => p.part))]),
  );
}

export function startModule(userId: string, moduleSlug: string, now = new Date()) {
  db.insert(moduleProgress).values({ userId, moduleSlug, startedAt: now, lastPart: 1 }).onConflictDoNothing().run();
}

// Records a part as done; the module is completed once all five parts are. Returns the new status.
export function markPartDone(userId: string, moduleSlug: string, part: number, now = new Date()): ModuleStatus {
  return db.transaction((tx) => {
    tx.insert(moduleProgress).values({ userId, moduleSlug, startedAt: now, lastPart: part }).onConflictDoNothing().run();
    tx.insert(partProgress).values({ userId, moduleSlug, part, doneAt: now }).onConflictDoNothing().run();
    const row = tx
      .select({ n: sql<number>`count(*)` })
      .from(partProgress)
      .where(and(eq(partProgress.userId, userId), eq(partProgress.moduleSlug, moduleSlug)))
      .get();
    const complete = (row?.n ?? 0) >= PART_COUNT;
    const mine = and(eq(moduleProgress.userId, userId), eq(moduleProgress.moduleSlug, moduleSlug));
    tx.update(moduleProgress).set({ lastPart: Math.min(part + 1, PART_COUNT) }).where(mine).run();
    if (complete) tx.update(moduleProgress).set({ completedAt: now }).where(and(mine, isNull(moduleProgress.completedAt))).run();
    return complete ? "completed" : "in_progress";
  });
}

export function getReflections(userId: string, moduleSlug: string): Record<string, string> {
  const rows = db
    .select({ questionId: reflections.questionId, answer: reflections.answer })
    .from(reflections)
    .where(and(eq(reflections.userId, userId), eq(reflections.moduleSlug, moduleSlug)))
    .all();
  return Object.fromEntries(rows.map((r) => [r.questionId, r.answer]));
}

// Saves the answers given; an emptied answer is removed.
export function saveReflections(userId: string, moduleSlug: string, answers: Record<string, string>, now = new Date()) {
  db.transaction((tx) => {
    for (const [questionId, answer] of Object.entries(answers)) {
      const mine = and(eq(reflections.userId, userId), eq(reflections.moduleSlug, moduleSlug), eq(reflections.questionId, questionId));
      if (answer === "") {
        tx.delete(reflections).where(mine).run();
        continue;
      }
      tx.insert(reflections)
        .values({ id: randomUUID(), userId, moduleSlug, questionId, answer, updatedAt: now })
        .onConflictDoUpdate({ target: [reflections.userId, reflections.moduleSlug, reflections.questionId], set: { answer, updatedAt: now } })
        .run();
    }
  });
}

export function addCommitment(userId: string, moduleSlug: string, input: { text: string; lookBackOn: string | null; submissionId?: string }) {
  const id = input.submissionId ?? randomUUID();
  db.insert(commitments)
    .values({ id, userId, moduleSlug, text: input.text, lookBackOn: input.lookBackOn, createdAt: new Date() })
    .onConflictDoNothing()
    .run();
  return id;
}

export function listCommitments(userId: string, moduleSlug: string) {
  return db
    .select({
      id: commitments.id,
      text: commitments.text,
      lookBackOn: commitments.lookBackOn,
      lookBackOutcome: commitments.lookBackOutcome,
      createdAt: commitments.createdAt,
    })
    .from(commitments)
    .where(and(eq(commitments.userId, userId), eq(commitments.moduleSlug, moduleSlug)))
    .orderBy(asc(commitments.createdAt))
    .all();
}

// Commitments whose look-back day has come and that are not answered yet.
export function dueLookBacks(userId: string, today: string) {
  return db
    .select({ id: commitments.id, moduleSlug: commitments.moduleSlug, text: commitments.text, lookBackOn: commitments.lookBackOn })
    .from(commitments)
    .where(and(eq(commitments.userId, userId), isNotNull(commitments.lookBackOn), lte(commitments.lookBackOn, today), isNull(commitments.lookBackAt)))
    .orderBy(asc(commitments.lookBackOn))
    .all();
}

export function getOwnCommitment(userId: string, id: string) {
  return db
    .select({ id: commitments.id, moduleSlug: commitments.moduleSlug, text: commitments.text, lookBackOn: commitments.lookBackOn, lookBackAt: commitments.lookBackAt })
    .from(commitments)
    .where(and(eq(commitments.id, id), eq(commitments.userId, userId)))
    .get();
}

export interface LookBackInput {
  outcome: LookBackOutcome;
  helped: string;
  hindered: string;
}

export function saveLookBack(userId: string, id: string, input: LookBackInput, now = new Date()) {
  db.update(commitments)
    .set({ lookBackOutcome: input.outcome, lookBackHelped: input.helped || null, lookBackHindered: input.hindered || null, lookBackAt: now })
    .where(and(eq(commitments.id, id), eq(commitments.userId, userId)))
    .run();
}
