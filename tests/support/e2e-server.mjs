// Starts the production build on a fresh database with demo data, for the Playwright run.
import fs from "node:fs";
import path from "node:path";

const db = path.resolve(process.env.E2E_DB ?? "tests/.tmp/e2e.db");
fs.mkdirSync(path.dirname(db), { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(db + suffix, { force: true });
process.env.DATABASE_PATH = db;
// A run that spans 03:00 backs up next to its database, not into data/backups.
process.env.BACKUP_DIR = path.join(path.dirname(db), `backups-${path.basename(db, ".db")}`);
process.env.SEED_DEMO = "true";
process.env.NODE_ENV = "production";
await import(path.resolve("build/server.js"));
