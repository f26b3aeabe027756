// What groups tell the shared thematic agenda about a theme: how many groups work on it, what
// hinders them most, and the lessons of the groups that closed. Called by the agenda.
import { sqlite } from "~/db.server";
import { nl } from "~/i18n/nl";
import { FACTORS, type Factor, isFactor } from "~/lib/groups/constants";
import { rankFactors } from "~/lib/groups/notices";
import { figureCache } from "~/models/groups/cache.server";

export interface ThemeSignals {
  activeGroups: number;
  closedGroups: number;
  // Hindering tags (knooppunten) across all the theme's groups, most reported first.
  topHindering: { factor: Factor; label: string; count: number }[];
  // Lessons learned of the theme's closed groups, newest first.
  lessons: string[];
}

function compute(themeId: string): ThemeSignals {
  const counts = sqlite
    .prepare<[string], { status: string; n: number }>(`select status, count(*) as n from groups where theme_id = ? group by status`)
    .all(themeId);
  const hindering = sqlite
    .prepare<[string], { factor: string; n: number }>(`
      select f.factor, sum(f.count) as n
      from groups g join group_factor_tallies f on f.group_id = g.id
      where g.theme_id = ? and f.kind = 'hindered' and f.count > 0
      group by f.factor`)
    .all(themeId);
  const lessons = sqlite
    .prepare<[string], { lessons: string }>(
      `select lessons_learned as lessons from groups where theme_id = ? and status = 'closed' and lessons_learned is not null order by closed_at desc`,
    )
    .all(themeId);
  const ranked = rankFactors<Factor>(hindering.flatMap((r) => (isFactor(r.factor) ? [{ factor: r.factor, count: r.n }] : [])), FACTORS);
  return {
    activeGroups: counts.find((c) => c.status === "active")?.n ?? 0,
    closedGroups: counts.find((c) => c.status === "closed")?.n ?? 0,
    topHindering: ranked.slice(0, 5).map((r) => ({ ...r, label: nl.groups.factors[r.factor] })),
    lessons: lessons.map((l) => l.lessons),
  };
}

const signalCache = figureCache<ThemeSignals>();

export function themeSignals(themeId: string): ThemeSignals {
  return signalCache(themeId, () => compute(themeId));
}
