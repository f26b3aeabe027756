// Meetings: a planned moment with an agenda and, afterwards, a short reflection.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gte, lt } from "drizzle-orm";
import { meetings } from "~db/schema";
import { db } from "~/db.server";
import type { MeetingInput, ReflectionInput } from "~/lib/schemas/groups";
import { touchGroups } from "./group-cache.server";

const columns = { id: meetings.id, plannedAt: meetings.plannedAt, agenda: meetings.agenda, learned: meetings.learned, adapt: meetings.adapt };

export function planMeeting(groupId: string, input: MeetingInput): string {
  const id = randomUUID();
  db.insert(meetings).values({ id, groupId, plannedAt: new Date(input.plannedAt), agenda: input.agenda }).run();
  touchGroups();
  return id;
}

export function listMeetings(groupId: string, now: number, limit: number) {
  const at = new Date(now);
  const upcoming = db.select(columns).from(meetings).where(and(eq(meetings.groupId, groupId), gte(meetings.plannedAt, at))).orderBy(asc(meetings.plannedAt)).limit(limit).all();
  const past = db.select(columns).from(meetings).where(and(eq(meetings.groupId, groupId), lt(meetings.plannedAt, at))).orderBy(desc(meetings.plannedAt)).limit(limit).all();
  return { upcoming, past };
}

export function getMeeting(groupId: string, meetingId: string) {
  return db.select(columns).from(meetings).where(and(eq(meetings.id, meetingId), eq(meetings.groupId, groupId))).get();
}

export type ReflectionResult = "saved" | "missing" | "not_yet";

// A reflection looks back, so it can only be written once the meeting has started.
export function saveReflection(groupId: string, meetingId: string, input: ReflectionInput, now: number): ReflectionResult {
  const meeting = getMeeting(groupId, meetingId);
  if (!meeting) return "missing";
  if (meeting.plannedAt.getTime() > now) return "not_yet";
  db.update(meetings)
    .set({ learned: input.learned, adapt: input.adapt === "" ? null : input.adapt })
    .where(eq(meetings.id, meetingId))
    .run();
  touchGroups();
  return "saved";
}
