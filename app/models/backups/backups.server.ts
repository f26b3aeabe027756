// Online backups of the live database: a consistent copy written atomically, claimed once per
// scheduled moment, old copies pruned (decision 016).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { desc, eq, notInArray } from "drizzle-orm";
import { backupRuns } from "~db/schema";
import { db, sqlite } from "~/db.server";
import { isProcessRunning } from "~/models/backups/server-lock.server";

const NAME = /^leercirkel-\d{4}-\d{2}-\d{2}T[\d-]+Z\.db$/;
const TEMP = /\.tmp-(\d+)$/;
// Claims kept as a short history; older ones say nothing the files don't.
const RUNS_KEPT = 100;

// leercirkel-2026-11-22T02-00-00-000Z.db: sorts by time, and is a valid name on every system.
export function backupFileName(at: Date): string {
  return `leercirkel-${at.toISOString().replace(/[:.]/g, "-")}.db`;
}

function fsync(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

// A consistent copy of the live database at `target`, also while votes come in: SQLite's online
// backup copies a few pages per turn of the event loop, and writes made meanwhile through this
// connection reach the copy too. It goes to a temporary file that is synced and then renamed, so
// `target` is either absent or complete, never half written.
export async function writeBackup(target: string): Promise<{ pages: number }> {
  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = `${target}.tmp-${process.pid}`;
  fs.rmSync(temp, { force: true });
  try {
    const { totalPages } = await sqlite.backup(temp);
    // One self-contained file: reading or restoring it needs no -wal or -shm file.
    const copy = new Database(temp);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    fs.chmodSync(temp, 0o600);
    fsync(temp);
    fs.renameSync(temp, target);
    fsync(dir);
    return { pages: totalPages };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

// True for exactly one process per slot: the slot is the primary key, so only one insert succeeds.
export function claimBackupSlot(slot: Date, now = new Date()): boolean {
  return db.insert(backupRuns).values({ slot: slot.toISOString(), startedAt: now }).onConflictDoNothing().run().changes === 1;
}

function finishBackupRun(slot: Date, file: string) {
  db.update(backupRuns).set({ finishedAt: new Date(), file }).where(eq(backupRuns.slot, slot.toISOString())).run();
  const recent = db.select({ slot: backupRuns.slot }).from(backupRuns).orderBy(desc(backupRuns.slot)).limit(RUNS_KEPT);
  db.delete(backupRuns).where(notInArray(backupRuns.slot, recent)).run();
}

// The backups in `dir`, oldest first.
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => NAME.test(name)).sort();
}

// Keeps the newest `keep` backups; also removes temporary files that a stopped process left behind.
export function pruneBackups(dir: string, keep: number): string[] {
  const backups = listBackups(dir);
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of fs.readdirSync(dir)) {
    const pid = TEMP.exec(name)?.[1];
    if (pid && !isProcessRunning(Number(pid))) removed.push(name);
  }
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

export type BackupRun = { kind: "written"; file: string; pages: number; pruned: string[] } | { kind: "claimed-elsewhere" };

// One scheduled backup: claimed for its slot, written, then the oldest beyond `keep` removed.
export async function runScheduledBackup({ dir, keep, slot }: { dir: string; keep: number; slot: Date }): Promise<BackupRun> {
  if (!claimBackupSlot(slot)) return { kind: "claimed-elsewhere" };
  const file = path.join(path.resolve(dir), backupFileName(slot));
  const { pages } = await writeBackup(file);
  finishBackupRun(slot, path.basename(file));
  return { kind: "written", file, pages, pruned: pruneBackups(dir, keep) };
}
