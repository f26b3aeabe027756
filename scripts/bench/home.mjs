// Baseline: the logged-in home page at 32 connections.
import { load, report, sessionCookie, startServer, summarize } from "./_support.mjs";

export default async function bench() {
  const server = await startServer({ port: 3301, name: "home" });
  try {
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(server.dbPath);
    const cookie = sessionCookie(db, "demo-deelnemer");
    db.close();
    const result = await load({ url: `${server.url}/`, connections: 32, duration: 8, headers: { cookie } });
    report({ figure: "home_page", connections: 32, ...summarize(result), rssMb: server.memoryMb() });
  } finally {
    await server.kill();
  }
}
