// The circle so far: for every decision, the polls before it and what followed after it.
import { figuresBySlug } from "~/models/learning/figures.server";
import { listModuleThemes } from "~/models/learning/module-themes.server";
import { listGroupsOnThemes } from "~/models/groups/list.server";
import { informingPolls, listDecisions } from "~/models/webinars/decisions.server";

export function circleHistory() {
  const decisions = listDecisions().reverse();
  const polls = informingPolls(decisions.map((d) => d.id));
  const groups = listGroupsOnThemes(decisions.map((d) => d.themeId));
  const modules = listModuleThemes();
  const figures = figuresBySlug();
  return decisions.map((d) => {
    const linked = modules.filter((m) => m.slug === d.moduleSlug || (m.themeSlug === d.themeSlug && d.moduleSlug === null));
    const themeGroups = groups.filter((g) => g.themeId === d.themeId);
    return {
      ...d,
      polls: polls.filter((p) => p.decisionId === d.id),
      modules: linked.map((m) => ({ slug: m.slug, title: m.title, completions: figures.get(m.slug)?.completed ?? 0 })),
      groups: themeGroups.map((g) => ({ id: g.id, name: g.name, status: g.status })),
      lessons: themeGroups.flatMap((g) => (g.lessonsLearned ? [{ group: g.name, text: g.lessonsLearned }] : [])),
    };
  });
}
