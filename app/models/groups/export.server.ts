// A member's part of the group data, for their data download.
import { sqlite } from "~/db.server";

export function exportGroupData(userId: string) {
  const memberships = sqlite
    .prepare<[string], { group: string; theme: string; role: string; joinedAt: number }>(`
      select g.name as "group", t.title as theme, gm.role, gm.created_at as joinedAt
      from group_members gm join groups g on g.id = gm.group_id join themes t on t.id = g.theme_id
      where gm.user_id = ? order by gm.created_at`)
    .all(userId);
  const steps = sqlite
    .prepare<[string], { group: string; what: string; dueOn: string; successSign: string; status: string }>(`
      select g.name as "group", s.what, s.due_on as dueOn, s.success_sign as successSign, s.status
      from step_owners so join steps s on s.id = so.step_id join groups g on g.id = s.group_id
      where so.user_id = ? order by s.due_on`)
    .all(userId);
  const statusChanges = sqlite
    .prepare<[string], { step: string; from: string | null; to: string; reason: string | null; at: number }>(`
      select s.what as step, c.from_status as "from", c.to_status as "to", c.reason, c.created_at as at
      from step_status_changes c join steps s on s.id = c.step_id
      where c.changed_by = ? order by c.created_at`)
    .all(userId);
  const notes = sqlite
    .prepare<[string], { id: string; group: string; loggedOn: string; did: string; helped: string; hindered: string; next: string; shared: number }>(`
      select e.id, g.name as "group", e.logged_on as loggedOn, e.did, e.helped, e.hindered, e.next, e.shared
      from log_entries e join groups g on g.id = e.group_id
      where e.author_id = ? order by e.logged_on`)
    .all(userId);
  const factors = sqlite
    .prepare<[string], { id: string; kind: string; factor: string }>(`
      select f.log_entry_id as id, f.kind, f.factor from log_entry_factors f join log_entries e on e.id = f.log_entry_id where e.author_id = ?`)
    .all(userId);
  const created = sqlite
    .prepare<[string], { group: string; theme: string; status: string; createdAt: number }>(`
      select g.name as "group", t.title as theme, g.status, g.created_at as createdAt
      from groups g join themes t on t.id = g.theme_id where g.created_by = ? order by g.created_at`)
    .all(userId);
  const stepsCreated = sqlite
    .prepare<[string], { group: string; what: string; dueOn: string; createdAt: number }>(`
      select g.name as "group", s.what, s.due_on as dueOn, s.created_at as createdAt
      from steps s join groups g on g.id = s.group_id where s.created_by = ? order by s.created_at`)
    .all(userId);
  const reflections = sqlite
    .prepare<[string], { group: string; plannedAt: number; learned: string | null; adapt: string | null }>(`
      select g.name as "group", m.planned_at as plannedAt, m.learned, m.adapt
      from meetings m join groups g on g.id = m.group_id where m.reflected_by = ? order by m.planned_at`)
    .all(userId);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    groupsCreated: created.map((g) => ({ ...g, createdAt: iso(g.createdAt) })),
    memberships: memberships.map((m) => ({ ...m, joinedAt: iso(m.joinedAt) })),
    steps,
    stepsCreated: stepsCreated.map((s) => ({ ...s, createdAt: iso(s.createdAt) })),
    statusChanges: statusChanges.map((c) => ({ ...c, at: iso(c.at) })),
    notes: notes.map(({ id, ...note }) => ({
      ...note,
      shared: note.shared === 1,
      helpedFactors: factors.filter((f) => f.id === id && f.kind === "helped").map((f) => f.factor),
      hinderedFactors: factors.filter((f) => f.id === id && f.kind === "hindered").map((f) => f.factor),
    })),
    meetingReflections: reflections.map(({ plannedAt, ...r }) => ({ meeting: iso(plannedAt), ...r })),
  };
}
