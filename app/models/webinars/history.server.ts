// The circle so far: for every decision, the polls before it and what followed after it.
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { moduleProgress } from "~db/schema";
import { db } from "~/db.server";
import { groupsForTheme, informingPolls, listDecisions } from "~/models/webinars/decisions.server";
import { listModules } from "~/models/learning/module-themes.server";

function completions(moduleSlug: string): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(moduleProgress)
      .where(and(eq(moduleProgress.moduleSlug, moduleSlug), isNotNull(moduleProgress.completedAt)))
      .get()?.n ?? 0
  );
}

export function circleHistory() {
  const decisions = listDecisions().reverse();
  const polls = informingPolls(decisions.map((d) => d.id));
  const groups = groupsForTheme(decisions.map((d) => d.themeId));
  const modules = listModules();
  return decisions.map((d) => {
    const linked = modules.filter((m) => m.slug === d.moduleSlug || (m.themeSlug === d.themeSlug && d.moduleSlug === null));
    const themeGroups = groups.filter((g) => g.themeId === d.themeId);
    return {
      ...d,
      polls: polls.filter((p) => p.decisionId === d.id),
      modules: linked.map((m) => ({ slug: m.slug, title: m.title, completions: completions(m.slug) })),
      groups: themeGroups.map((g) => ({ id: g.id, name: g.name, status: g.status })),
      lessons: themeGroups.flatMap((g) => (g.lessonsLearned ? [{ group: g.name, text: g.lessonsLearned }] : [])),
    };
  });
}
