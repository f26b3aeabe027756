import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// One row per scheduled backup: inserting the slot is the claim, so when several server processes
// share the database only the one whose insert succeeds writes that backup (decision 016).
export const backupRuns = sqliteTable("backup_runs", {
  // The scheduled moment, ISO 8601 UTC.
  slot: text("slot").primaryKey(),
  startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
  finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  // The file name in BACKUP_DIR once written.
  file: text("file"),
});
