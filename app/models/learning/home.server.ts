// What the home page shows about learning: look-backs that are due and the module to resume.
import { and, desc, eq, isNull } from "drizzle-orm";
import { moduleProgress } from "~db/schema";
import { db } from "~/db.server";
import { calendarDay } from "~/lib/dates";
import { moduleTitles } from "~/models/learning/content.server";
import { dueLookBacks, getProgress } from "~/models/learning/progress.server";

export function getHomeLearning(userId: string, now = new Date()) {
  const titles = moduleTitles();
  const lookBacks = dueLookBacks(userId, calendarDay(now))
    .filter((c) => titles.has(c.moduleSlug))
    .map((c) => ({ id: c.id, text: c.text, lookBackOn: c.lookBackOn, moduleTitle: titles.get(c.moduleSlug) ?? "" }));
  const open = db
    .select({ moduleSlug: moduleProgress.moduleSlug })
    .from(moduleProgress)
    .where(and(eq(moduleProgress.userId, userId), isNull(moduleProgress.completedAt)))
    .orderBy(desc(moduleProgress.startedAt))
    .all()
    .find((row) => titles.has(row.moduleSlug));
  const resume = open
    ? { slug: open.moduleSlug, title: titles.get(open.moduleSlug) ?? "", part: getProgress(userId, open.moduleSlug).resumePart }
    : null;
  return { lookBacks, resume };
}
