// npm run bench:crash — "nothing lost": start the production server, send votes, kill it with
// SIGKILL in the middle of the burst, restart it, and check every acknowledged vote against the
// database. Prints the counts; exits non-zero on any loss or double count. 127.0.0.1 only.
import http from "node:http";
import Database from "better-sqlite3";
import { report, startServer } from "./bench/_support.mjs";
import { addOpenPoll } from "./bench/_webinar-fixtures.mjs";

const PORT = 3339;
const CYCLES = 3;
const CONCURRENCY = 64;
const MAX_VOTES_PER_CYCLE = 20_000;

function token(cycle, voter) {
  return `crash${cycle}x${String(voter).padStart(20, "0")}`;
}

function vote(agent, { pollId, options, cycle, voter }) {
  const body = `pollId=${pollId}&option=${options[voter % options.length]}`;
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: "/stem/CRASH1",
        method: "POST",
        agent,
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), cookie: `leercirkel_stemmer=${token(cycle, voter)}` },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode === 302));
        res.on("error", () => resolve(false));
      },
    );
    req.on("error", () => resolve(false));
    req.end(body);
  });
}

// Votes from distinct voters until the server is killed, a while after the first acknowledgement
// (on a timer, so the kill does not line up with a response); returns the acknowledged voters.
async function burstUntilKilled(server, cycle, poll, killAfterMs) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const acked = new Set();
  let next = 0;
  let killed = false;
  let killing;
  const worker = async () => {
    while (!killed && next < MAX_VOTES_PER_CYCLE) {
      const voter = next++;
      const ok = await vote(agent, { ...poll, cycle, voter });
      // A success that arrived just before the kill landed counts too: it must be in the database.
      if (ok) acked.add(voter);
      if (!killing && acked.size > 0) {
        killing = new Promise((resolve) => setTimeout(resolve, killAfterMs)).then(() => server.kill("SIGKILL")).then(() => (killed = true));
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await killing;
  agent.destroy();
  return { acked, sent: next };
}

function check(dbPath, cycle, poll, acked, sent) {
  const db = new Database(dbPath, { readonly: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    const rows = db.prepare("select voter_key as voterKey, payload from votes where poll_id = ? and voter_key like ?").all(poll.pollId, `device:crash${cycle}x%`);
    const doubles = db.prepare("select count(*) as n from (select voter_key from votes where poll_id = ? group by voter_key having count(*) > 1)").get(poll.pollId).n;
    const byVoter = new Map(rows.map((r) => [r.voterKey, r.payload]));
    let lost = 0;
    let wrong = 0;
    for (const voter of acked) {
      const payload = byVoter.get(`device:${token(cycle, voter)}`);
      if (payload === undefined) lost++;
      else if (!payload.includes(poll.options[voter % poll.options.length])) wrong++;
    }
    return { cycle, sent, acknowledged: acked.size, rows: rows.length, unacknowledgedButStored: rows.length - (acked.size - lost), lost, doubled: doubles, wrong, integrity };
  } finally {
    db.close();
  }
}

async function main() {
  let options;
  const server = await startServer({
    port: PORT,
    name: "crash",
    demo: false,
    prepare: (db) => {
      options = addOpenPoll(db, { webinarId: "crash-webinar", joinCode: "CRASH1", pollId: "crash-poll" });
    },
  });
  const poll = { pollId: "crash-poll", options };
  const results = [];
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const { acked, sent } = await burstUntilKilled(server, cycle, poll, 250 * cycle);
      await server.restart();
      results.push(check(server.dbPath, cycle, poll, acked, sent));
    }
    // After the last restart the server still counts a re-vote once.
    const agent = new http.Agent({ keepAlive: false });
    const again = await vote(agent, { ...poll, cycle: 1, voter: 0 });
    const final = check(server.dbPath, 1, poll, new Set([0]), 1);
    results.push({ cycle: "revote-after-restart", acknowledged: again ? 1 : 0, lost: final.lost, doubled: final.doubled, wrong: final.wrong });
  } finally {
    await server.kill();
  }
  const failed = results.some((r) => r.lost > 0 || r.doubled > 0 || r.wrong > 0 || (r.integrity !== undefined && r.integrity !== "ok") || r.acknowledged === 0);
  for (const r of results) report({ figure: "crash_recovery", ...r });
  report({ figure: "crash_recovery_summary", cycles: CYCLES, ok: !failed });
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
