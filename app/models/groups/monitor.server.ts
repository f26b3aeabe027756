// The monitor of one group: steps by status, overdue steps, log entries per week, each member's last
// activity and the factors reported most. Aggregated in SQL; kept until the group data changes.
import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { groupFactorTallies, logEntries, stepStatusChanges, steps } from "~db/schema";
import { db } from "~/db.server";
import { FACTORS, type Factor, type FactorKind } from "~/lib/groups/constants";
import { calendarDay } from "~/lib/dates";
import { rankFactors } from "~/lib/groups/notices";
import { figureCache } from "~/models/groups/cache.server";
import { listMembers } from "~/models/groups/groups.server";
import { stepCounts } from "~/models/groups/steps.server";

const OVERDUE_SHOWN = 10;

// From the running tallies, so no join over all the group's log entries is needed.
function factorCounts(groupId: string) {
  const rows = db
    .select({ kind: groupFactorTallies.kind, factor: groupFactorTallies.factor, count: groupFactorTallies.count })
    .from(groupFactorTallies)
    .where(and(eq(groupFactorTallies.groupId, groupId), gt(groupFactorTallies.count, 0)))
    .all();
  const pick = (kind: FactorKind) =>
    rankFactors<Factor>(rows.filter((r) => r.kind === kind).map((r) => ({ factor: r.factor, count: r.count })), FACTORS);
  return { helped: pick("helped"), hindered: pick("hindered") };
}

function overdueSteps(groupId: string, today: string) {
  const where = and(eq(steps.groupId, groupId), inArray(steps.status, ["planned", "in_progress"]), lt(steps.dueOn, today));
  const shown = db.select({ id: steps.id, what: steps.what, dueOn: steps.dueOn, status: steps.status }).from(steps).where(where).orderBy(asc(steps.dueOn)).limit(OVERDUE_SHOWN).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(steps).where(where).get()?.n ?? 0;
  return { shown, total };
}

function weeklyLogEntries(groupId: string) {
  const week = sql<string>`date(${logEntries.loggedOn}, 'weekday 0', '-6 days')`;
  return db.select({ week, count: sql<number>`count(*)` }).from(logEntries).where(eq(logEntries.groupId, groupId)).groupBy(week).orderBy(week).all();
}

// The latest log entry or status change of each member, in UTC ms.
function lastActivity(groupId: string) {
  const entries = db
    .select({ userId: logEntries.authorId, at: sql<number>`max(${logEntries.createdAt})` })
    .from(logEntries)
    .where(eq(logEntries.groupId, groupId))
    .groupBy(logEntries.authorId)
    .all();
  const changes = db
    .select({ userId: stepStatusChanges.changedBy, at: sql<number>`max(${stepStatusChanges.changedAt})` })
    .from(stepStatusChanges)
    .innerJoin(steps, eq(steps.id, stepStatusChanges.stepId))
    .where(eq(steps.groupId, groupId))
    .groupBy(stepStatusChanges.changedBy)
    .all();
  const latest = new Map<string, number>();
  for (const row of [...entries, ...changes]) {
    if (row.userId && row.at > (latest.get(row.userId) ?? 0)) latest.set(row.userId, row.at);
  }
  return latest;
}

function computeMonitor(groupId: string) {
  const today = calendarDay();
  const counts = stepCounts(groupId);
  const total = counts.planned + counts.in_progress + counts.done + counts.stopped;
  const latest = lastActivity(groupId);
  const members = listMembers(groupId).map((m) => ({ userId: m.userId, name: m.name, role: m.role, organisation: m.organisation, lastActivityAt: latest.get(m.userId) ?? null }));
  return {
    today,
    counts,
    total,
    sharePercent: total === 0 ? 0 : Math.round((counts.done / total) * 100),
    overdue: overdueSteps(groupId, today),
    weekly: weeklyLogEntries(groupId),
    members,
    factors: factorCounts(groupId),
  };
}
export type MonitorFigures = ReturnType<typeof computeMonitor>;

const monitorCache = figureCache<MonitorFigures>();

export function monitorFigures(groupId: string): MonitorFigures {
  return monitorCache(groupId, () => computeMonitor(groupId));
}
