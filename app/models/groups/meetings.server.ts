// Meetings: a planned moment with an agenda and, afterwards, a short reflection.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import { meetings, users } from "~db/schema";
import { db, prepared } from "~/db.server";
import type { MeetingInput, ReflectionInput } from "~/lib/schemas/groups";
import { touchGroups } from "~/models/groups/cache.server";

const columns = { id: meetings.id, plannedAt: meetings.plannedAt, agenda: meetings.agenda, learned: meetings.learned, adapt: meetings.adapt };

export function planMeeting(groupId: string, input: MeetingInput): string {
  const id = randomUUID();
  db.insert(meetings).values({ id, groupId, plannedAt: new Date(input.plannedAt), agenda: input.agenda }).run();
  touchGroups();
  return id;
}

const group = () => eq(meetings.groupId, sql.placeholder("groupId"));
const upcomingOf = prepared(() =>
  db.select(columns).from(meetings).where(and(group(), gte(meetings.plannedAt, sql.placeholder("now")))).orderBy(asc(meetings.plannedAt)).limit(sql.placeholder("limit")).prepare(),
);
const pastOf = prepared(() =>
  db.select(columns).from(meetings).where(and(group(), lt(meetings.plannedAt, sql.placeholder("now")))).orderBy(desc(meetings.plannedAt)).limit(sql.placeholder("limit")).prepare(),
);

export function listMeetings(groupId: string, now: number, limit: number) {
  return { upcoming: upcomingOf().all({ groupId, now, limit }), past: pastOf().all({ groupId, now, limit }) };
}

// With the name of whoever last saved the reflection (null when unknown or their account is gone).
const byId = prepared(() =>
  db
    .select({ ...columns, reflectedBy: users.name })
    .from(meetings)
    .leftJoin(users, eq(users.id, meetings.reflectedBy))
    .where(and(eq(meetings.id, sql.placeholder("meetingId")), group()))
    .prepare(),
);

export function getMeeting(groupId: string, meetingId: string) {
  return byId().get({ groupId, meetingId });
}

export type ReflectionResult = "saved" | "missing" | "not_yet";

// A reflection looks back, so it can only be written once the meeting has started.
export function saveReflection(groupId: string, meetingId: string, userId: string, input: ReflectionInput, now: number): ReflectionResult {
  const meeting = getMeeting(groupId, meetingId);
  if (!meeting) return "missing";
  if (meeting.plannedAt.getTime() > now) return "not_yet";
  db.update(meetings)
    .set({ learned: input.learned, adapt: input.adapt === "" ? null : input.adapt, reflectedBy: userId })
    .where(eq(meetings.id, meetingId))
    .run();
  touchGroups();
  return "saved";
}
