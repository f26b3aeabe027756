// Puts a backup in place of the database that DATABASE_PATH points at; stop the server first:
//   npm run db:restore -- data/backups/leercirkel-2026-11-22T02-00-00-000Z.db
// Checks the file (integrity_check, migrations this version knows) before anything is replaced.
import { env } from "~/env.server";
import { restoreBackup, type RestoreResult } from "~/models/backups/restore.server";
import { pidFilePath } from "~/models/backups/server-lock.server";

type Problem = Extract<RestoreResult, { ok: false }>["problem"];
const EXPLAIN: Record<Problem, (detail: string) => string> = {
  missing: (file) => `Het bestand ${file} bestaat niet.`,
  "server-running": (pid) =>
    `De server draait nog op deze database (proces ${pid}). Stop de server en probeer het opnieuw. ` +
    `Draait er zeker geen server? Verwijder dan ${pidFilePath(env.DATABASE_PATH)}.`,
  "not-a-database": () => "Dit bestand is geen SQLite-database.",
  damaged: (detail) => `De back-up is beschadigd (integrity_check: ${detail}). Kies een andere back-up.`,
  "no-migrations": () => "Dit is geen database van Leercirkel: de tabel met migraties ontbreekt.",
  "unknown-migrations": (detail) => `De back-up komt van een andere versie van Leercirkel: ${detail}. Herstel hem met de versie die hem maakte.`,
};

const file = process.argv[2];
if (!file) {
  console.error("Gebruik: npm run db:restore -- <back-upbestand>");
  process.exit(1);
}
const result = restoreBackup(file, env.DATABASE_PATH);
if (!result.ok) {
  console.error(`Niet hersteld. ${EXPLAIN[result.problem](result.detail)}`);
  process.exit(1);
}
console.log(`Hersteld: ${env.DATABASE_PATH} is nu de back-up ${file} (integrity_check ok, ${result.applied} migraties).`);
if (result.pending > 0) console.log(`De server past bij de start ${result.pending} nieuwere migratie(s) toe.`);
if (result.previous) console.log(`De vorige database staat in ${result.previous}; verwijder die als je hem niet meer nodig hebt.`);
