// Per-module figures for coordinators. Counts and look-back texts only: reflections are
// never read here, and nothing names the person behind a figure.
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { commitments, moduleProgress } from "~db/schema";
import { db } from "~/db.server";
import { median } from "~/lib/learning-stats";

export function moduleFigures(moduleSlug: string) {
  const progress = db
    .select({ startedAt: moduleProgress.startedAt, completedAt: moduleProgress.completedAt })
    .from(moduleProgress)
    .where(eq(moduleProgress.moduleSlug, moduleSlug))
    .all();
  const durations = progress.flatMap((p) => (p.completedAt ? [p.completedAt.getTime() - p.startedAt.getTime()] : []));
  const count = db
    .select({ made: sql<number>`count(*)`, answered: sql<number>`count(${commitments.lookBackAt})` })
    .from(commitments)
    .where(eq(commitments.moduleSlug, moduleSlug))
    .get();
  const outcomes = db
    .select({ outcome: commitments.lookBackOutcome, n: sql<number>`count(*)` })
    .from(commitments)
    .where(and(eq(commitments.moduleSlug, moduleSlug), isNotNull(commitments.lookBackAt)))
    .groupBy(commitments.lookBackOutcome)
    .all();
  const texts = db
    .select({ helped: commitments.lookBackHelped, hindered: commitments.lookBackHindered })
    .from(commitments)
    .where(and(eq(commitments.moduleSlug, moduleSlug), isNotNull(commitments.lookBackAt)))
    .orderBy(desc(commitments.lookBackAt))
    .limit(100)
    .all();
  return {
    started: progress.length,
    completed: durations.length,
    medianMs: median(durations),
    commitments: count?.made ?? 0,
    lookBacks: count?.answered ?? 0,
    outcomes: {
      done: outcomes.find((o) => o.outcome === "done")?.n ?? 0,
      partly: outcomes.find((o) => o.outcome === "partly")?.n ?? 0,
      not_yet: outcomes.find((o) => o.outcome === "not_yet")?.n ?? 0,
    },
    helped: texts.flatMap((t) => (t.helped ? [t.helped] : [])),
    hindered: texts.flatMap((t) => (t.hindered ? [t.hindered] : [])),
  };
}

// Started and completed for every module, for the coordinator's overview in the catalogue.
export function figuresBySlug() {
  const rows = db
    .select({ moduleSlug: moduleProgress.moduleSlug, started: sql<number>`count(*)`, completed: sql<number>`count(${moduleProgress.completedAt})` })
    .from(moduleProgress)
    .groupBy(moduleProgress.moduleSlug)
    .all();
  return new Map(rows.map((r) => [r.moduleSlug, { started: r.started, completed: r.completed }]));
}
