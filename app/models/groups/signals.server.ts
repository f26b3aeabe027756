// What groups tell the shared thematic agenda about each theme: how many groups work on it, what
// hinders them most, and the lessons of the groups that closed. Three statements for all themes,
// factor counts from the running tallies, kept until group data changes.
import { prepared, sqlite } from "~/db.server";
import { nl } from "~/i18n/nl";
import { FACTORS, type Factor, isFactor } from "~/lib/groups/constants";
import { rankFactors } from "~/lib/groups/notices";
import { figureCache } from "~/models/groups/cache.server";

// The agenda shows this many hindering factors per theme.
const HINDERING_SHOWN = 3;

export interface GroupSignals {
  activeGroups: number;
  closedGroups: number;
  // Hindering tags (knooppunten) across all the theme's groups, most reported first.
  topHindering: { factor: Factor; label: string; count: number }[];
  // Lessons learned of the theme's closed groups, newest first.
  lessons: string[];
}

const statements = {
  counts: prepared(() =>
    sqlite.prepare<[], { themeId: string; status: string; n: number }>(`select theme_id as themeId, status, count(*) as n from groups group by theme_id, status`),
  ),
  hindering: prepared(() =>
    sqlite.prepare<[], { themeId: string; factor: string; n: number }>(`
      select g.theme_id as themeId, f.factor, sum(f.count) as n
      from groups g join group_factor_tallies f on f.group_id = g.id
      where f.kind = 'hindered' and f.count > 0
      group by g.theme_id, f.factor`),
  ),
  lessons: prepared(() =>
    sqlite.prepare<[], { themeId: string; lessons: string }>(
      `select theme_id as themeId, lessons_learned as lessons from groups where status = 'closed' and lessons_learned is not null order by closed_at desc`,
    ),
  ),
};

export const NO_GROUP_SIGNALS: GroupSignals = { activeGroups: 0, closedGroups: 0, topHindering: [], lessons: [] };

function computeAll(): Map<string, GroupSignals> {
  const byTheme = new Map<string, GroupSignals>();
  const signalsOf = (themeId: string) => {
    let signals = byTheme.get(themeId);
    if (!signals) byTheme.set(themeId, (signals = { activeGroups: 0, closedGroups: 0, topHindering: [], lessons: [] }));
    return signals;
  };
  for (const row of statements.counts().all()) {
    if (row.status === "active") signalsOf(row.themeId).activeGroups = row.n;
    if (row.status === "closed") signalsOf(row.themeId).closedGroups = row.n;
  }
  const hindering = new Map<string, { factor: Factor; count: number }[]>();
  for (const row of statements.hindering().all()) {
    if (isFactor(row.factor)) hindering.set(row.themeId, [...(hindering.get(row.themeId) ?? []), { factor: row.factor, count: row.n }]);
  }
  for (const [themeId, rows] of hindering) {
    signalsOf(themeId).topHindering = rankFactors<Factor>(rows, FACTORS)
      .slice(0, HINDERING_SHOWN)
      .map((r) => ({ ...r, label: nl.groups.factors[r.factor] }));
  }
  for (const row of statements.lessons().all()) signalsOf(row.themeId).lessons.push(row.lessons);
  return byTheme;
}

const signalCache = figureCache<Map<string, GroupSignals>>();

// Signals for every theme that has groups; themes without groups are not in the map.
export function groupSignalsByTheme(): Map<string, GroupSignals> {
  return signalCache("all", computeAll);
}
