// Migrates one template database per test run; each test file gets its own copy.
import fs from "node:fs";
import path from "node:path";

export const TMP_DIR = path.resolve("tests/.tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");
export const CONTENT_JSON = path.join(TMP_DIR, "content", "modules.json");

export default async function setup() {
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const Database = (await import("better-sqlite3")).default;
  const { drizzle } = await import("drizzle-orm/better-sqlite3");
  const { migrate } = await import("drizzle-orm/better-sqlite3/migrator");
  const schema = await import("../../db/schema");
  const { seedReference } = await import("../../db/seed-reference");
  const sqlite = new Database(TEMPLATE_DB);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.resolve("db/migrations") });
  seedReference(db);
  sqlite.close();
  // Module content, compiled once for all test files (loaders read it like production does).
  const { buildContent } = await import("../../scripts/content/compile");
  await buildContent(path.resolve("content/modules"), CONTENT_JSON);
}
