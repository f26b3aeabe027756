// Putting a backup in place of the database: only a sound file whose migrations this version of
// Leercirkel knows, and only while no server has the database open (decision 016).
// Deliberately does not import ~/db.server: that would open the very file this replaces.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { runningServer } from "~/models/backups/server-lock.server";

export type BackupCheck =
  | { ok: true; applied: number; pending: number }
  | { ok: false; problem: "not-a-database" | "damaged" | "no-migrations" | "unknown-migrations"; detail: string };

type CheckProblem = Extract<BackupCheck, { ok: false }>["problem"];

export type RestoreResult =
  | { ok: true; applied: number; pending: number; previous: string | null }
  | { ok: false; problem: "missing" | "server-running" | CheckProblem; detail: string };

const MIGRATIONS_FOLDER = path.resolve("db/migrations");

function migrationsOf(file: Database.Database): { hash: string; createdAt: number }[] | null {
  const table = file.prepare("select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!table) return null;
  return file.prepare<[], { hash: string; createdAt: number }>("select hash, created_at as createdAt from __drizzle_migrations order by created_at, id").all();
}

// Sound (integrity_check) and made by this version or an older one: its migrations must be the
// first of ours, in order and unchanged. Missing newer ones are applied when the server starts.
export function checkBackupFile(file: string): BackupCheck {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { fileMustExist: true });
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return { ok: false, problem: "damaged", detail: String(integrity) };
    const applied = migrationsOf(copy);
    if (!applied) return { ok: false, problem: "no-migrations", detail: "geen tabel __drizzle_migrations" };
    const ours = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
    const unknown = applied.findIndex((m, i) => ours[i]?.hash !== m.hash || ours[i]?.folderMillis !== Number(m.createdAt));
    if (unknown >= 0) return { ok: false, problem: "unknown-migrations", detail: `migratie ${unknown + 1} van de ${applied.length} in de back-up hoort niet bij deze versie` };
    return { ok: true, applied: applied.length, pending: ours.length - applied.length };
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "SQLITE_NOTADB") return { ok: false, problem: "not-a-database", detail: "geen SQLite-database" };
    if (code.startsWith("SQLITE_CORRUPT")) return { ok: false, problem: "damaged", detail: code };
    throw error;
  } finally {
    copy?.close();
  }
}

function fsync(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

// Checks a copy of the backup next to the database, then swaps it in with a rename. The old
// database (with its -wal and -shm, which belong to it alone) is kept as <name>.replaced-<time>.
export function restoreBackup(backup: string, databasePath: string, now = new Date()): RestoreResult {
  const target = path.resolve(databasePath);
  const pid = runningServer(target);
  if (pid) return { ok: false, problem: "server-running", detail: String(pid) };
  if (!fs.existsSync(backup)) return { ok: false, problem: "missing", detail: backup };
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.restore-${process.pid}`;
  fs.copyFileSync(backup, temp);
  try {
    const check = checkBackupFile(temp);
    if (!check.ok) return check;
    // The copy must not bring a journal of its own: it becomes one plain file.
    const copy = new Database(temp);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    fsync(temp);
    let previous: string | null = null;
    if (fs.existsSync(target)) {
      previous = `${target}.replaced-${now.toISOString().replace(/[:.]/g, "-")}`;
      for (const suffix of ["", "-wal", "-shm"]) {
        if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, previous + suffix);
      }
    }
    fs.renameSync(temp, target);
    fsync(path.dirname(target));
    return { ok: true, applied: check.applied, pending: check.pending, previous };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
