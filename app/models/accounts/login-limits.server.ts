import { eq, inArray } from "drizzle-orm";
import { loginFailures } from "~db/schema";
import { db } from "~/db.server";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 5;
// Failures older than this are forgotten.
const WINDOW_MS = 15 * 60 * 1000;

export function limitKeys(email: string, ip: string) {
  return [`account:${email.toLowerCase()}`, `ip:${ip}`];
}

// Minutes left to wait when any key is locked; 0 when a login may be tried.
export function minutesLocked(keys: string[], now = new Date()): number {
  const rows = db.select().from(loginFailures).where(inArray(loginFailures.key, keys)).all();
  let waitMs = 0;
  for (const row of rows) {
    if (row.failures < MAX_FAILURES) continue;
    const until = row.lastFailureAt.getTime() + LOCK_MINUTES * 60 * 1000;
    waitMs = Math.max(waitMs, until - now.getTime());
  }
  return waitMs > 0 ? Math.ceil(waitMs / 60000) : 0;
}

export function recordFailure(keys: string[], now = new Date()) {
  db.transaction((tx) => {
    for (const key of keys) {
      const row = tx.select().from(loginFailures).where(eq(loginFailures.key, key)).get();
      const stale = !row || now.getTime() - row.lastFailureAt.getTime() > WINDOW_MS;
      const failures = stale ? 1 : row.failures + 1;
      tx.insert(loginFailures)
        .values({ key, failures, lastFailureAt: now })
        .onConflictDoUpdate({ target: loginFailures.key, set: { failures, lastFailureAt: now } })
        .run();
    }
  });
}

export function clearFailures(key: string) {
  db.delete(loginFailures).where(eq(loginFailures.key, key)).run();
}
