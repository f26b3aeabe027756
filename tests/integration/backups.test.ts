// Backups you can restore (decision 016): written atomically while votes come in, claimed once per
// slot, pruned, and put back by `npm run db:restore` only when the file is sound and ours.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { env } from "~/env.server";
import { backupFileName, listBackups, runScheduledBackup, writeBackup } from "~/models/backups/backups.server";
import { restoreBackup } from "~/models/backups/restore.server";
import { pidFilePath } from "~/models/backups/server-lock.server";
import { listOptions } from "~/models/webinars/polls.server";
import { castVote } from "~/models/webinars/votes.server";
import { createTestUser } from "../support/fixtures";
import { makePoll, makeWebinar } from "../support/webinar-fixtures";

const TSX = path.resolve("node_modules/.bin/tsx");

function scratch(): string {
  const dir = path.join(path.dirname(env.DATABASE_PATH), `backups-${randomBytes(4).toString("hex")}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function restore(file: string, databasePath: string) {
  const result = spawnSync(TSX, ["scripts/db-restore.ts", file], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function openLikeTheServer(databasePath: string, pollId: string): { integrity: string; voters: string[] } {
  const result = spawnSync(TSX, ["tests/support/open-database.ts", pollId], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

async function openPoll() {
  const coordinator = await createTestUser(["coordinator"]);
  const pollId = makePoll(makeWebinar(coordinator.id).id);
  const optionIds = listOptions([pollId]).map((o) => o.id);
  return { pollId, vote: (voterKey: string, i: number) => castVote({ pollId, voterKey, userId: null, payload: { optionIds: [optionIds[i % optionIds.length] ?? ""] } }) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("a backup taken while votes are written", () => {
  it("holds every vote acknowledged before it began, passes integrity_check and opens after a restore", { timeout: 60_000 }, async () => {
    const { pollId, vote } = await openPoll();
    const acknowledged: string[] = [];
    let n = 0;
    const castOne = () => {
      const key = `device:backup${String(n).padStart(12, "0")}`;
      if (vote(key, n++) === "saved") acknowledged.push(key);
    };
    // Enough votes that the online backup needs several steps, with votes arriving between them.
    for (let i = 0; i < 4000; i++) castOne();
    let writing = true;
    const writer = (async () => {
      while (writing) {
        castOne();
        await tick();
      }
    })();
    for (let i = 0; i < 50; i++) await tick();

    const beforeBackup = new Set(acknowledged);
    const dir = scratch();
    const run = await runScheduledBackup({ dir, keep: 3, slot: new Date() });
    const duringBackup = acknowledged.length - beforeBackup.size;
    writing = false;
    await writer;
    expect(run.kind).toBe("written");
    if (run.kind !== "written") return;
    // Votes really were written while the backup ran.
    expect(duringBackup).toBeGreaterThan(0);

    const restored = path.join(dir, "restored", "leercirkel.db");
    const { code, output } = restore(run.file, restored);
    expect(code, output).toBe(0);
    const opened = openLikeTheServer(restored, pollId);
    expect(opened.integrity).toBe("ok");
    const found = new Set(opened.voters);
    expect([...beforeBackup].filter((key) => !found.has(key))).toEqual([]);
  });
});

describe("scheduled backups", () => {
  it("are written atomically: the file appears only when it is complete", async () => {
    const target = path.join(scratch(), backupFileName(new Date()));
    const writing = writeBackup(target);
    expect(fs.existsSync(target)).toBe(false);
    await writing;
    expect(fs.existsSync(target)).toBe(true);
    expect(fs.readdirSync(path.dirname(target))).toEqual([path.basename(target)]);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    copy.close();
  });

  it("are taken once per slot, however many processes share the database", async () => {
    const dir = scratch();
    const slot = new Date("2026-11-22T02:00:00Z");
    // Another process claimed this slot first, through its own connection.
    const other = new Database(env.DATABASE_PATH);
    other.prepare("insert into backup_runs (slot, started_at) values (?, ?)").run(slot.toISOString(), Date.now());
    other.close();
    expect((await runScheduledBackup({ dir, keep: 3, slot })).kind).toBe("claimed-elsewhere");
    expect(listBackups(dir)).toEqual([]);
    expect((await runScheduledBackup({ dir, keep: 3, slot: new Date("2026-11-23T02:00:00Z") })).kind).toBe("written");
    expect(listBackups(dir)).toHaveLength(1);
  });

  it("keep the newest BACKUP_KEEP and clear leftovers of a stopped process", async () => {
    const dir = scratch();
    // A temporary file from a process that no longer runs.
    fs.writeFileSync(path.join(dir, `${backupFileName(new Date("2026-01-01T02:00:00Z"))}.tmp-999999999`), "half");
    for (const day of ["01", "02", "03", "04"]) await runScheduledBackup({ dir, keep: 2, slot: new Date(`2026-12-${day}T02:00:00Z`) });
    expect(fs.readdirSync(dir).sort()).toEqual([backupFileName(new Date("2026-12-03T02:00:00Z")), backupFileName(new Date("2026-12-04T02:00:00Z"))]);
  });
});

describe("npm run db:restore", () => {
  async function goodBackup() {
    const file = path.join(scratch(), "good.db");
    await writeBackup(file);
    return file;
  }

  it("refuses while a server runs on the database, and replaces nothing", { timeout: 60_000 }, async () => {
    const file = await goodBackup();
    const target = path.join(path.dirname(file), "live.db");
    fs.writeFileSync(target, "the live database");
    fs.writeFileSync(pidFilePath(target), String(process.pid));
    const { code, output } = restore(file, target);
    expect(code).toBe(1);
    expect(output).toContain(`De server draait nog op deze database (proces ${process.pid})`);
    expect(fs.readFileSync(target, "utf8")).toBe("the live database");
  });

  it("refuses a damaged file, a file that is no database, and one from another version", { timeout: 60_000 }, async () => {
    const file = await goodBackup();
    const dir = path.dirname(file);
    const damaged = path.join(dir, "damaged.db");
    const bytes = fs.readFileSync(file);
    randomBytes(4096 * 3).copy(bytes, 4096 * 2);
    fs.writeFileSync(damaged, bytes);
    const notADatabase = path.join(dir, "notes.db");
    fs.writeFileSync(notADatabase, "geen database ".repeat(500));
    const newer = path.join(dir, "newer.db");
    fs.copyFileSync(file, newer);
    const db = new Database(newer);
    db.prepare("insert into __drizzle_migrations (hash, created_at) values ('made-by-a-later-version', ?)").run(Date.now() + 1e9);
    db.close();

    const target = path.join(dir, "live.db");
    expect(restoreBackup(damaged, target)).toMatchObject({ ok: false, problem: "damaged" });
    expect(restoreBackup(notADatabase, target)).toMatchObject({ ok: false, problem: "not-a-database" });
    expect(restoreBackup(newer, target)).toMatchObject({ ok: false, problem: "unknown-migrations" });
    expect(restore(newer, target)).toMatchObject({ code: 1, output: expect.stringContaining("De back-up komt van een andere versie van Leercirkel") });
    expect(fs.readdirSync(dir).filter((name) => name.startsWith("live.db"))).toEqual([]);
  });

  it("keeps the replaced database with its WAL next to it", { timeout: 60_000 }, async () => {
    const file = await goodBackup();
    const target = path.join(path.dirname(file), "live.db");
    for (const suffix of ["", "-wal", "-shm"]) fs.writeFileSync(target + suffix, `old${suffix}`);
    const { code, output } = restore(file, target);
    expect(code, output).toBe(0);
    const kept = fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith("live.db.replaced-"));
    expect(kept.sort().map((name) => name.replace(/replaced-\S+?Z/, "replaced"))).toEqual(["live.db.replaced", "live.db.replaced-shm", "live.db.replaced-wal"]);
    expect(kept.map((name) => fs.readFileSync(path.join(path.dirname(file), name), "utf8")).sort()).toEqual(["old", "old-shm", "old-wal"]);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
  });
});
