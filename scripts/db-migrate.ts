// Creates the database file if needed and applies the committed migrations.
import { db, migrateDatabase } from "~/db.server";
import { env } from "~/env.server";

migrateDatabase(db);
console.log(`Migraties toegepast op ${env.DATABASE_PATH}`);
