// The yardstick for the vote burst: a bare node:http server that upserts the same vote row with
// better-sqlite3 (same table shape, unique key and pragmas) and answers with the same redirect.
// Usage: node _bare-vote-server.mjs <port> <database file>
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";

const [port = "3332", file = ".cache/bench/bare.db"] = process.argv.slice(2);
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec(`create table votes (id text primary key, poll_id text not null, voter_key text not null, user_id text, payload text not null,
  hidden integer not null default 0, merged_theme_id text, created_at integer not null, updated_at integer not null);
  create unique index votes_poll_voter on votes (poll_id, voter_key);`);
const upsert = db.prepare(`insert into votes (id, poll_id, voter_key, user_id, payload, hidden, merged_theme_id, created_at, updated_at)
  values (?, ?, ?, null, ?, 0, null, ?, ?)
  on conflict (poll_id, voter_key) do update set payload = excluded.payload, updated_at = excluded.updated_at`);

http
  .createServer((req, res) => {
    if (req.method !== "POST") return res.end("ok");
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      const token = /leercirkel_stemmer=([\w-]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "anoniem";
      const now = Date.now();
      upsert.run(crypto.randomUUID(), form.get("pollId"), `device:${token}`, JSON.stringify({ optionIds: [form.get("option")] }), now, now);
      res.writeHead(302, { Location: `${req.url}?gestemd=${form.get("pollId")}`, "Content-Length": "0" }).end();
    });
  })
  .listen(Number(port), "127.0.0.1");
