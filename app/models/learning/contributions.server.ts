// Experiential input on modules: experts add it, coordinators approve or reject it, and part 3
// shows the approved items. The text is shown as plain text, never compiled.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { expertContributions } from "~db/schema";
import type { ContributionKind, Perspective } from "~/lib/learning/constants";
import { db } from "~/db.server";

export interface ContributionInput {
  kind: ContributionKind;
  perspective: Perspective;
  displayName: string;
  text: string;
}

const shown = {
  id: expertContributions.id,
  kind: expertContributions.kind,
  perspective: expertContributions.perspective,
  displayName: expertContributions.displayName,
  text: expertContributions.text,
};

export function addContribution(userId: string, moduleSlug: string, input: ContributionInput): string {
  const id = randomUUID();
  db.insert(expertContributions)
    .values({ id, userId, moduleSlug, ...input, displayName: input.displayName || null, status: "pending", createdAt: new Date() })
    .run();
  return id;
}

export function listApproved(moduleSlug: string) {
  return db
    .select(shown)
    .from(expertContributions)
    .where(and(eq(expertContributions.moduleSlug, moduleSlug), eq(expertContributions.status, "approved")))
    .orderBy(asc(expertContributions.createdAt))
    .all();
}

// The author's own items that are not shown (yet), so they know where each one stands.
export function listOwnUnpublished(userId: string, moduleSlug: string) {
  return db
    .select({ ...shown, status: expertContributions.status })
    .from(expertContributions)
    .where(
      and(eq(expertContributions.userId, userId), eq(expertContributions.moduleSlug, moduleSlug), ne(expertContributions.status, "approved")),
    )
    .orderBy(asc(expertContributions.createdAt))
    .all();
}

export function listForReview() {
  const pending = db
    .select({ ...shown, moduleSlug: expertContributions.moduleSlug, createdAt: expertContributions.createdAt })
    .from(expertContributions)
    .where(eq(expertContributions.status, "pending"))
    .orderBy(asc(expertContributions.createdAt))
    .all();
  const reviewed = db
    .select({ ...shown, moduleSlug: expertContributions.moduleSlug, status: expertContributions.status, reviewedAt: expertContributions.reviewedAt })
    .from(expertContributions)
    .where(ne(expertContributions.status, "pending"))
    .orderBy(desc(expertContributions.reviewedAt))
    .limit(20)
    .all();
  return { pending, reviewed };
}

export function getContribution(id: string) {
  return db
    .select({ ...shown, moduleSlug: expertContributions.moduleSlug, status: expertContributions.status })
    .from(expertContributions)
    .where(eq(expertContributions.id, id))
    .get();
}

export function reviewContribution(id: string, status: "approved" | "rejected", reviewerId: string, now = new Date()) {
  db.update(expertContributions).set({ status, reviewedBy: reviewerId, reviewedAt: now }).where(eq(expertContributions.id, id)).run();
}
