// Network-wide figures for coordinators: every group's monitor figures in a handful of SQL
// statements (never a query per group), kept until group data changes.
import { prepared, sqlite } from "~/db.server";
import { FACTORS, type Factor, type StepStatus, isFactor, isStepStatus } from "~/lib/groups/constants";
import type { FigureRow } from "~/lib/groups/overview";
import { addDays, calendarDay } from "~/lib/dates";
import { rankFactors } from "~/lib/groups/notices";
import { figureCache } from "~/models/groups/cache.server";

export interface GroupFigures extends FigureRow {
  themeId: string;
  networkId: string | null;
}

// One row of the base statement: everything but the step and factor figures added after it.
type BaseRow = Omit<GroupFigures, "steps" | "stepsTotal" | "sharePercent" | "overdue" | "hindering" | "helping">;

// Per-group figures come from correlated subqueries that each seek one group's index range,
// factor counts from the running tallies: no query scans all log entries of all groups.
const statements = {
  base: prepared(() =>
    sqlite.prepare<[string], BaseRow>(`
      select g.id, g.name, g.status, g.starts_on as startsOn, g.ends_on as endsOn, g.lessons_learned as lessonsLearned,
        t.id as themeId, t.slug as themeSlug, t.title as themeTitle, n.id as networkId, n.slug as networkSlug, n.name as networkName,
        (select count(*) from group_members m where m.group_id = g.id) as members,
        (select count(*) from group_members m where m.group_id = g.id and m.role = 'expert') as experts,
        (select count(distinct u.organisation_id) from group_members m join users u on u.id = m.user_id where m.group_id = g.id) as organisations,
        (select count(*) from log_entries e where e.group_id = g.id and e.logged_on >= ?) as logEntriesRecent,
        (select max(e.logged_on) from log_entries e where e.group_id = g.id) as lastLogEntryOn
      from groups g
      join themes t on t.id = g.theme_id
      left join networks n on n.id = g.network_id
      order by t.title, n.name, g.name`),
  ),
  steps: prepared(() => sqlite.prepare<[], { groupId: string; status: string; n: number }>(`select group_id as groupId, status, count(*) as n from steps group by group_id, status`)),
  overdue: prepared(() =>
    sqlite.prepare<[string], { groupId: string; n: number }>(
      `select group_id as groupId, count(*) as n from steps where status in ('planned', 'in_progress') and due_on < ? group by group_id`,
    ),
  ),
  factors: prepared(() =>
    sqlite.prepare<[], { groupId: string; kind: string; factor: string; n: number }>(
      `select group_id as groupId, kind, factor, count as n from group_factor_tallies where count > 0`,
    ),
  ),
};

function computeAll(): GroupFigures[] {
  const today = calendarDay();
  const byGroup = <T>(rows: T[], key: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list) list.push(row);
      else map.set(key(row), [row]);
    }
    return map;
  };
  const stepRows = byGroup(statements.steps().all(), (r) => r.groupId);
  const overdue = new Map(statements.overdue().all(today).map((r) => [r.groupId, r.n]));
  const factorRows = byGroup(statements.factors().all(), (r) => r.groupId);
  return statements.base().all(addDays(today, -27)).map((g) => {
    const counts: Record<StepStatus, number> = { planned: 0, in_progress: 0, done: 0, stopped: 0 };
    for (const row of stepRows.get(g.id) ?? []) if (isStepStatus(row.status)) counts[row.status] = row.n;
    const stepsTotal = counts.planned + counts.in_progress + counts.done + counts.stopped;
    const factors = (kind: string) =>
      rankFactors<Factor>(
        (factorRows.get(g.id) ?? []).flatMap((r) => (r.kind === kind && isFactor(r.factor) ? [{ factor: r.factor, count: r.n }] : [])),
        FACTORS,
      );
    return {
      ...g,
      steps: counts,
      stepsTotal,
      sharePercent: stepsTotal === 0 ? 0 : Math.round((counts.done / stepsTotal) * 100),
      overdue: overdue.get(g.id) ?? 0,
      hindering: factors("hindered"),
      helping: factors("helped"),
    };
  });
}

const overviewCache = figureCache<GroupFigures[]>();

export function allGroupFigures(): GroupFigures[] {
  return overviewCache("all", computeAll);
}
