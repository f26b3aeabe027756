// Network-wide figures for coordinators: every group's monitor figures in a few grouped SQL
// queries (never one query per group), plus the signals a theme gets from its groups.
import { sqlite } from "~/db.server";
import { FACTORS, type Factor, type StepStatus, isFactor, isStepStatus } from "~/lib/groups/constants";
import type { FigureRow } from "~/lib/groups/overview";
import { addDays, todayIso } from "~/lib/groups/dates";
import { rankFactors } from "~/lib/groups/notices";
import { figureCache } from "./group-cache.server";

export interface GroupFigures extends FigureRow {
  themeId: string;
  networkId: string | null;
}

interface BaseRow {
  id: string;
  name: string;
  status: "active" | "closed";
  startsOn: string;
  endsOn: string;
  themeId: string;
  themeSlug: string;
  themeTitle: string;
  networkId: string | null;
  networkSlug: string | null;
  networkName: string | null;
  lessonsLearned: string | null;
  members: number;
  experts: number;
  organisations: number;
}

// Prepared once per process; the statements are plain SQL so the planner's index use is visible.
const statements = {
  base: () =>
    sqlite.prepare<[], BaseRow>(`
      select g.id, g.name, g.status, g.starts_on as startsOn, g.ends_on as endsOn, g.lessons_learned as lessonsLearned,
        t.id as themeId, t.slug as themeSlug, t.title as themeTitle, n.id as networkId, n.slug as networkSlug, n.name as networkName,
        coalesce(m.members, 0) as members, coalesce(m.experts, 0) as experts, coalesce(m.organisations, 0) as organisations
      from groups g
      join themes t on t.id = g.theme_id
      left join networks n on n.id = g.network_id
      left join (
        select gm.group_id, count(*) as members, sum(gm.role = 'expert') as experts, count(distinct u.organisation_id) as organisations
        from group_members gm join users u on u.id = gm.user_id group by gm.group_id
      ) m on m.group_id = g.id
      order by t.title, n.name, g.name`),
  steps: () => sqlite.prepare<[], { groupId: string; status: string; n: number }>(`select group_id as groupId, status, count(*) as n from steps group by group_id, status`),
  overdue: () =>
    sqlite.prepare<[string], { groupId: string; n: number }>(
      `select group_id as groupId, count(*) as n from steps where status in ('planned', 'in_progress') and due_on < ? group by group_id`,
    ),
  notes: () =>
    sqlite.prepare<[string], { groupId: string; n: number; recent: number; last: string | null }>(
      `select group_id as groupId, count(*) as n, sum(logged_on >= ?) as recent, max(logged_on) as last from log_entries group by group_id`,
    ),
  factors: () =>
    sqlite.prepare<[], { groupId: string; kind: string; factor: string; n: number }>(`
      select e.group_id as groupId, f.kind, f.factor, count(*) as n
      from log_entry_factors f join log_entries e on e.id = f.log_entry_id
      group by e.group_id, f.kind, f.factor`),
};

function computeAll(): GroupFigures[] {
  const today = todayIso();
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
  const notes = new Map(statements.notes().all(addDays(today, -27)).map((r) => [r.groupId, r]));
  const factorRows = byGroup(statements.factors().all(), (r) => r.groupId);
  return statements.base().all().map((g) => {
    const counts: Record<StepStatus, number> = { planned: 0, in_progress: 0, done: 0, stopped: 0 };
    for (const row of stepRows.get(g.id) ?? []) if (isStepStatus(row.status)) counts[row.status] = row.n;
    const stepsTotal = counts.planned + counts.in_progress + counts.done + counts.stopped;
    const factors = (kind: string) =>
      rankFactors<Factor>(
        (factorRows.get(g.id) ?? []).flatMap((r) => (r.kind === kind && isFactor(r.factor) ? [{ factor: r.factor, count: r.n }] : [])),
        FACTORS,
      );
    const note = notes.get(g.id);
    return {
      ...g,
      steps: counts,
      stepsTotal,
      sharePercent: stepsTotal === 0 ? 0 : Math.round((counts.done / stepsTotal) * 100),
      overdue: overdue.get(g.id) ?? 0,
      notes: note?.n ?? 0,
      notesRecent: note?.recent ?? 0,
      lastNoteOn: note?.last ?? null,
      hindering: factors("hindered"),
      helping: factors("helped"),
    };
  });
}

const overviewCache = figureCache<GroupFigures[]>();

export function allGroupFigures(): GroupFigures[] {
  return overviewCache("all", computeAll);
}
