// A consistent copy of the live database with SQLite's online backup API, safe while the server
// runs, written atomically (temporary file, fsync, rename):
//   npm run db:backup -- backups/leercirkel-2026-11-22.db
import { env } from "~/env.server";
import { writeBackup } from "~/models/backups/backups.server";

const target = process.argv[2];
if (!target) {
  console.error("Gebruik: npm run db:backup -- <bestand>");
  process.exit(1);
}
const { pages } = await writeBackup(target);
console.log(`Back-up van ${env.DATABASE_PATH} gemaakt in ${target} (${pages} pagina's)`);
