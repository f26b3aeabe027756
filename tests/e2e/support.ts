// Shared e2e helpers: an axe-core scan of every visited page, and direct logins.
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";

export const DEMO_PASSWORD = "leercirkel-demo";

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

// Visits a path and scans it.
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectAccessible(page);
}

// A calendar day in Amsterdam, `days` from today, as a date field takes it ("2026-03-05").
export function dayFromToday(days = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + days * 86_400_000));
}

// The database of the server under test, to set up sessions and to check what was saved.
export function openDb() {
  const port = process.env.E2E_PORT ?? "3210";
  return new Database(`tests/.tmp/e2e-${port}.db`);
}

// A new session for an existing user, created directly in the database; returns its id.
export function createSession(email: string): string {
  const db = openDb();
  try {
    const user = db.prepare<[string], { id: string }>("select id from users where email = ?").get(email);
    if (!user) throw new Error(`No user ${email}`);
    const sessionId = crypto.randomBytes(20).toString("hex");
    const expiresAt = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
    db.prepare("insert into sessions (id, user_id, expires_at) values (?, ?, ?)").run(sessionId, user.id, expiresAt);
    return sessionId;
  } finally {
    db.close();
  }
}

// Logs a browser context in as an existing user by creating a session row directly.
export async function loginAs(context: BrowserContext, email: string) {
  const sessionId = createSession(email);
  const port = process.env.E2E_PORT ?? "3210";
  await context.addCookies([{ name: "leercirkel_session", value: sessionId, url: `http://localhost:${port}`, httpOnly: true, sameSite: "Lax", secure: true }]);
}

export function demoEmail(label: "deelnemer" | "ervaringsdeskundige" | "begeleider" | "coordinator" | "beheerder") {
  return `${label}@demo.leercirkel.nl`;
}
