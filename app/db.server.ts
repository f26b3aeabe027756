import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "~db/schema";
import { env } from "./env.server";

export type Db = BetterSQLite3Database<typeof schema>;

export function openDatabase(file: string): { sqlite: Database.Database; db: Db } {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Deleted rows are overwritten with zeros instead of lingering in free space (and in backups).
  sqlite.pragma("secure_delete = ON");
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

export function migrateDatabase(db: Db) {
  migrate(db, { migrationsFolder: path.resolve(process.cwd(), "db/migrations") });
}

// Copies the WAL into the database file and empties it, so the WAL keeps no old copy of deleted rows.
// Returns false when a reader in another process held it back.
export function truncateWal(connection: Database.Database): boolean {
  const [result] = connection.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  return result?.busy === 0;
}

// One connection per process, kept across dev rebuilds.
const globalForDb = globalThis as typeof globalThis & { __leercirkelDb?: ReturnType<typeof openDatabase> };
const connection = (globalForDb.__leercirkelDb ??= openDatabase(env.DATABASE_PATH));

export const db = connection.db;
export const sqlite = connection.sqlite;

// A prepared statement (or a set of them) built on first use and kept: statements must not be
// prepared before migrations ran, and preparing once is far cheaper than a query built per request.
//   const byId = prepared(() => db.select().from(groups).where(eq(groups.id, sql.placeholder("id"))).prepare());
//   byId().get({ id });
export function prepared<T>(make: () => T): () => T {
  let box: { value: T } | undefined;
  return () => (box ??= { value: make() }).value;
}
