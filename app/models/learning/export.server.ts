// The learning part of a user's own data download: everything of theirs, reflections included.
import { asc, eq } from "drizzle-orm";
import { commitments, expertContributions, moduleProgress, partProgress, reflections } from "~db/schema";
import { db } from "~/db.server";
import { getModule } from "~/models/learning/content.server";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function questionText(moduleSlug: string, questionId: string): string | null {
  return getModule(moduleSlug)?.reflectionQuestions.find((q) => q.id === questionId)?.text ?? null;
}

export function exportLearningData(userId: string) {
  const progress = db.select().from(moduleProgress).where(eq(moduleProgress.userId, userId)).all();
  const parts = db.select().from(partProgress).where(eq(partProgress.userId, userId)).orderBy(asc(partProgress.part)).all();
  return {
    modules: progress.map((p) => ({
      module: p.moduleSlug,
      startedAt: iso(p.startedAt),
      completedAt: iso(p.completedAt),
      partsDone: parts.filter((d) => d.moduleSlug === p.moduleSlug).map((d) => ({ part: d.part, doneAt: iso(d.doneAt) })),
    })),
    reflections: db
      .select()
      .from(reflections)
      .where(eq(reflections.userId, userId))
      .all()
      .map((r) => ({
        module: r.moduleSlug,
        question: r.questionId,
        questionText: questionText(r.moduleSlug, r.questionId),
        answer: r.answer,
        updatedAt: iso(r.updatedAt),
      })),
    commitments: db
      .select()
      .from(commitments)
      .where(eq(commitments.userId, userId))
      .all()
      .map((c) => ({
        module: c.moduleSlug,
        text: c.text,
        lookBackOn: c.lookBackOn,
        lookBack: c.lookBackAt ? { outcome: c.lookBackOutcome, helped: c.lookBackHelped, hindered: c.lookBackHindered, at: iso(c.lookBackAt) } : null,
        createdAt: iso(c.createdAt),
      })),
    contributions: db
      .select()
      .from(expertContributions)
      .where(eq(expertContributions.userId, userId))
      .all()
      .map((c) => ({
        module: c.moduleSlug,
        kind: c.kind,
        perspective: c.perspective,
        displayName: c.displayName,
        text: c.text,
        status: c.status,
        createdAt: iso(c.createdAt),
      })),
    // As a coordinator: which contributions you approved or rejected (their text is the author's).
    reviews: db
      .select({ module: expertContributions.moduleSlug, kind: expertContributions.kind, status: expertContributions.status, reviewedAt: expertContributions.reviewedAt })
      .from(expertContributions)
      .where(eq(expertContributions.reviewedBy, userId))
      .all()
      .map((r) => ({ ...r, reviewedAt: iso(r.reviewedAt) })),
  };
}
