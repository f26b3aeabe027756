// A consistent copy of the live database with SQLite's online backup API:
//   npm run db:backup -- backups/leercirkel-2026-11-22.db
import fs from "node:fs";
import path from "node:path";
import { sqlite } from "~/db.server";
import { env } from "~/env.server";

const target = process.argv[2];
if (!target) {
  console.error("Gebruik: npm run db:backup -- <bestand>");
  process.exit(1);
}
fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
const { totalPages } = await sqlite.backup(target);
console.log(`Back-up van ${env.DATABASE_PATH} gemaakt in ${target} (${totalPages} pagina's)`);
