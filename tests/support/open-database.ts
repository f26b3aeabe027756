// Opens DATABASE_PATH the way the server does on start (connection settings and migrations) and
// prints what a test needs to judge a restored copy: integrity and the voters of one poll.
//   tsx tests/support/open-database.ts <pollId>
import { db, migrateDatabase, sqlite } from "~/db.server";

migrateDatabase(db);
const voters = sqlite.prepare<[string], { voterKey: string }>("select voter_key as voterKey from votes where poll_id = ?").all(process.argv[2] ?? "");
console.log(JSON.stringify({ integrity: sqlite.pragma("integrity_check", { simple: true }), voters: voters.map((v) => v.voterKey) }));
