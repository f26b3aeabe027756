// Limits on password guessing and on floods of registrations, counted per key in one table.
// An attempt is reserved (counted) in one transaction before the slow password hash runs, so
// parallel requests cannot slip past the limit; a login that succeeds gives its attempt back.
// The choices and numbers are in docs/decisions/012-login-limits.md.
import { eq, inArray, sql } from "drizzle-orm";
import { loginFailures } from "~db/schema";
import { db } from "~/db.server";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

// A growing delay: the first `free` failures cost nothing, then each next try waits
// base, 2×base, 4×base … up to max after the last failure. Quiet for `forget` resets it.
interface DelayRule {
  kind: "delay";
  free: number;
  baseMs: number;
  maxMs: number;
  forgetMs: number;
}

// A plain count: at most `max` attempts; the count resets `windowMs` after the last one.
interface CountRule {
  kind: "count";
  max: number;
  windowMs: number;
}

type Rule = DelayRule | CountRule;

const PASSWORD_GUESSES: DelayRule = { kind: "delay", free: 5, baseMs: SECOND, maxMs: MINUTE, forgetMs: 15 * MINUTE };

export const RULES = {
  // Per e-mail address typed at login, whether or not it has an account.
  loginAccount: PASSWORD_GUESSES,
  // Per client address: only against spraying many accounts; an office behind one address fits.
  loginAddress: { kind: "count", max: 100, windowMs: 15 * MINUTE },
  // The password prompts on /account, per user.
  passwordPrompt: PASSWORD_GUESSES,
  registrationAddress: { kind: "count", max: 50, windowMs: 60 * MINUTE },
  registrationEmail: { kind: "count", max: 3, windowMs: 60 * MINUTE },
} satisfies Record<string, Rule>;

export interface Limit {
  key: string;
  rule: Rule;
}

export function loginLimits(email: string, clientIp: string): Limit[] {
  return [
    { key: `login:${email.toLowerCase()}`, rule: RULES.loginAccount },
    { key: `login-ip:${clientIp}`, rule: RULES.loginAddress },
  ];
}

export function passwordPromptLimits(userId: string): Limit[] {
  return [{ key: `password:${userId}`, rule: RULES.passwordPrompt }];
}

export function registrationLimits(email: string, clientIp: string): Limit[] {
  return [
    { key: `register:${email.toLowerCase()}`, rule: RULES.registrationEmail },
    { key: `register-ip:${clientIp}`, rule: RULES.registrationAddress },
  ];
}

interface Counter {
  failures: number;
  lastFailureAt: Date;
}

function isStale(row: Counter, rule: Rule, now: number): boolean {
  return now - row.lastFailureAt.getTime() > (rule.kind === "delay" ? rule.forgetMs : rule.windowMs);
}

// Milliseconds to wait before the next attempt under one rule; 0 when it may go ahead.
export function waitFor(row: Counter | undefined, rule: Rule, now: number): number {
  if (!row || isStale(row, rule, now)) return 0;
  const last = row.lastFailureAt.getTime();
  if (rule.kind === "count") return row.failures >= rule.max ? last + rule.windowMs - now : 0;
  if (row.failures < rule.free) return 0;
  const delay = Math.min(rule.baseMs * 2 ** (row.failures - rule.free), rule.maxMs);
  return Math.max(0, last + delay - now);
}

export type Reservation = { ok: true } | { ok: false; waitSeconds: number };

// Counts the attempt under every limit, or none of them when any says wait.
export function reserveAttempt(limits: Limit[], now = Date.now()): Reservation {
  return db.transaction(
    (tx): Reservation => {
      const keys = limits.map((l) => l.key);
      const rows = new Map(tx.select().from(loginFailures).where(inArray(loginFailures.key, keys)).all().map((r) => [r.key, r]));
      const waitMs = Math.max(0, ...limits.map((l) => waitFor(rows.get(l.key), l.rule, now)));
      if (waitMs > 0) return { ok: false, waitSeconds: Math.ceil(waitMs / SECOND) };
      for (const { key, rule } of limits) {
        const row = rows.get(key);
        const failures = !row || isStale(row, rule, now) ? 1 : row.failures + 1;
        const lastFailureAt = new Date(now);
        tx.insert(loginFailures)
          .values({ key, failures, lastFailureAt })
          .onConflictDoUpdate({ target: loginFailures.key, set: { failures, lastFailureAt } })
          .run();
      }
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

// After the right password: forget the account's failures and give back the address's attempt.
export function attemptSucceeded(limits: Limit[]) {
  db.transaction((tx) => {
    for (const { key, rule } of limits) {
      if (rule.kind === "delay") tx.delete(loginFailures).where(eq(loginFailures.key, key)).run();
      else tx.update(loginFailures).set({ failures: sql`max(${loginFailures.failures} - 1, 0)` }).where(eq(loginFailures.key, key)).run();
    }
  });
}
