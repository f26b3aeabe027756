import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { networks, organisations, roleGrants, themes, users } from "~db/schema";
import { seed } from "~db/seed";
import { THEMES } from "~db/seed-reference";
import { db, sqlite } from "~/db.server";

const count = (table: typeof users | typeof themes | typeof networks | typeof organisations | typeof roleGrants) =>
  db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;

describe("database", () => {
  it("runs with WAL and foreign keys on", () => {
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("seeds demo data idempotently", async () => {
    await seed(db, { demo: true });
    const first = [count(users), count(themes), count(networks), count(organisations), count(roleGrants)];
    await seed(db, { demo: true });
    expect([count(users), count(themes), count(networks), count(organisations), count(roleGrants)]).toEqual(first);
    const seedThemes = db.select().from(themes).all().filter((t) => t.origin === "seed");
    expect(seedThemes.map((t) => t.slug).sort()).toEqual(THEMES.map((t) => t.slug).sort());
    expect(first[2]).toBe(2);
  });

  it("makes a consistent backup while the app holds the database open", () => {
    const target = path.resolve(`tests/.tmp/backup-${Date.now()}.db`);
    execFileSync("npx", ["tsx", "scripts/db-backup.ts", target], { env: process.env, stdio: "pipe" });
    const copy = new Database(target, { readonly: true });
    const row = copy.prepare<[], { n: number }>("select count(*) as n from themes").get();
    copy.close();
    expect(row?.n).toBe(count(themes));
  });
});
