// Loads reference data, and the demo data unless SEED_DEMO=false. Safe to run twice.
import { db, migrateDatabase } from "~/db.server";
import { env } from "~/env.server";
import { seed } from "~db/seed";

migrateDatabase(db);
await seed(db, { demo: env.SEED_DEMO });
console.log(`Gegevens geladen in ${env.DATABASE_PATH}`);
