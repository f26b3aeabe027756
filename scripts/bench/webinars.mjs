// Webinar figures: a vote burst against the bare-server yardstick, 1,000 live result streams,
// and the agenda over 100 themes, 500 polls and 200,000 votes. See README "Webinars".
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { load, report, rssMb, sessionCookie, startServer, summarize } from "./_support.mjs";
import { checkBurst, median, percentile, voteBurst } from "./_vote-burst.mjs";
import { addBigAgenda, addOpenPoll } from "./_webinar-fixtures.mjs";

const PORTS = { app: 3331, bare: 3332, agenda: 3333 };

// Median over the rounds of each figure; rounds alternate between our server and the bare one,
// so load from other processes on the machine hits both alike.
function burstFigure(name, runs, extra = {}) {
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    figure: name,
    connections: 200,
    rounds: runs.length,
    votesPerRound: runs[0].sent,
    acknowledged: runs.reduce((sum, r) => sum + r.ackCount, 0),
    votesPerSecond: pick("votesPerSecond"),
    p50Ms: pick("p50Ms"),
    p99Ms: pick("p99Ms"),
    p99OnOpenConnectionsMs: pick("p99OnOpenConnectionsMs"),
    votesPerSecondPerRound: runs.map((r) => r.votesPerSecond),
    ...extra,
  };
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`port ${port} did not open`);
}

const ROUNDS = 3;

async function benchVotes(server) {
  const db = new Database(server.dbPath);
  const polls = {};
  try {
    for (const name of ["warmup", "remix", ...Array.from({ length: ROUNDS }, (_, r) => `burst-${r}`)]) {
      polls[name] = addOpenPoll(db, { webinarId: "bench-webinar", joinCode: "BENCH1", pollId: `bench-${name}` });
    }
  } finally {
    db.close();
  }
  const ours = `${server.url}/stem/BENCH1`;
  const bareUrl = `http://127.0.0.1:${PORTS.bare}/stem/BENCH1`;
  const bare = spawn(process.execPath, [path.resolve("scripts/bench/_bare-vote-server.mjs"), String(PORTS.bare), path.resolve(".cache/bench/bare.db")], { stdio: "inherit" });
  const oursRuns = [];
  const bareRuns = [];
  const checks = [];
  try {
    await waitForPort(PORTS.bare);
    await voteBurst({ url: ours, pollId: "bench-warmup", optionIds: polls.warmup, tokenPrefix: "w" });
    await voteBurst({ url: bareUrl, pollId: "bench-warmup", optionIds: polls.warmup, tokenPrefix: "w" });
    for (let r = 0; r < ROUNDS; r++) {
      const pollId = `bench-burst-${r}`;
      const run = await voteBurst({ url: ours, pollId, optionIds: polls[`burst-${r}`], tokenPrefix: `b${r}` });
      oursRuns.push(run);
      const reader = new Database(server.dbPath, { readonly: true });
      checks.push(checkBurst(reader, { pollId, optionIds: polls[`burst-${r}`], acked: run.acked, tokenPrefix: `b${r}` }));
      reader.close();
      bareRuns.push(await voteBurst({ url: bareUrl, pollId, optionIds: polls[`burst-${r}`], tokenPrefix: `b${r}` }));
    }
  } finally {
    bare.kill();
  }
  // The same burst through the Remix action (its ?_data client protocol), for the record.
  const viaRemix = await voteBurst({ url: `${ours}?_data=${encodeURIComponent("routes/stem.$code")}`, pollId: "bench-remix", optionIds: polls.remix, tokenPrefix: "r" });

  const total = (key) => checks.reduce((sum, c) => sum + c[key], 0);
  const check = { distinctVoters: total("distinctAcked"), rows: total("rows"), lost: total("lost"), doubled: total("doubled"), wrong: total("wrong"), unacknowledgedRows: total("unexpected") };
  const ratio = median(oursRuns.map((run, i) => run.votesPerSecond / bareRuns[i].votesPerSecond));
  report(burstFigure("vote_burst", oursRuns, { ...check, ratioToBare: Math.round(ratio * 100) / 100, rssMb: server.memoryMb() }));
  report(burstFigure("vote_burst_bare_node_http", bareRuns));
  report(burstFigure("vote_burst_through_remix_action", [viaRemix]));
  if (check.lost > 0 || check.doubled > 0 || check.wrong > 0) throw new Error(`votes lost or double counted: ${JSON.stringify(check)}`);
}

// Opens one SSE stream and calls onState with every parsed event.
function openStream(url, cookie, onState) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream status ${res.statusCode}`));
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split("\n").find((line) => line.startsWith("data: "));
          if (data) onState(JSON.parse(data.slice(6)));
        }
      });
      resolve(req);
    });
    req.on("error", reject);
  });
}

async function benchLive(server, streams = 1000, rounds = 5) {
  const db = new Database(server.dbPath);
  let options, cookie;
  try {
    options = addOpenPoll(db, { webinarId: "bench-live", joinCode: "BENCHL", pollId: "bench-live-poll", showResults: 1 });
    cookie = sessionCookie(db, "demo-coordinator");
  } finally {
    db.close();
  }
  const seen = Array.from({ length: streams }, () => ({ voters: -1, at: 0 }));
  const requests = [];
  for (let i = 0; i < streams; i += 50) {
    const batch = Array.from({ length: Math.min(50, streams - i) }, (_, j) =>
      openStream(`${server.url}/webinars/bench-live/live`, cookie, (state) => {
        const voters = state.polls?.[0]?.voters ?? -1;
        if (voters > seen[i + j].voters) seen[i + j] = { voters, at: performance.now() };
      }),
    );
    requests.push(...(await Promise.all(batch)));
  }
  const deadline = Date.now() + 30_000;
  while (seen.some((s) => s.voters < 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const rssOpen = server.memoryMb();
  let rssMax = rssOpen;
  const p95s = [];
  const within1s = [];
  for (let round = 1; round <= rounds; round++) {
    const sent = performance.now();
    await fetch(`${server.url}/stem/BENCHL`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `leercirkel_stemmer=live${String(round).padStart(20, "0")}` },
      body: `pollId=bench-live-poll&option=${options[round % options.length]}`,
    });
    const until = Date.now() + 5_000;
    while (seen.some((s) => s.voters < round) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    const delays = seen.map((s) => (s.voters >= round ? s.at - sent : Infinity));
    p95s.push(Math.round(percentile(delays, 95)));
    within1s.push(delays.filter((d) => d <= 1000).length / streams);
    rssMax = Math.max(rssMax, server.memoryMb() ?? 0);
    await new Promise((r) => setTimeout(r, 300));
  }
  for (const req of requests) req.destroy();
  report({
    figure: "live_results",
    streams,
    connected: seen.filter((s) => s.voters >= 0).length,
    rounds,
    p95DelayMsPerRound: p95s,
    worstP95DelayMs: Math.max(...p95s),
    minShareWithin1s: Math.min(...within1s),
    rssMbWithStreamsOpen: rssOpen,
    rssMbMax: rssMax,
  });
}

async function benchAgenda() {
  let info;
  const server = await startServer({
    port: PORTS.agenda,
    name: "webinars-agenda",
    prepare: (db) => {
      info = addBigAgenda(db);
    },
  });
  try {
    const db = new Database(server.dbPath);
    const cookie = sessionCookie(db, "demo-coordinator");
    db.close();
    // Close every poll the way a coordinator does: each close counts its votes once.
    const closeStarted = performance.now();
    for (let p = 0; p < info.pollCount; p++) {
      const res = await fetch(`${server.url}/webinars/bench-agenda-webinar-${Math.floor(p / 5)}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: `pollId=bench-agenda-poll-${p}&intent=close`,
      });
      if (res.status !== 302) throw new Error(`closing poll ${p}: ${res.status}`);
    }
    const closeMs = performance.now() - closeStarted;
    const computeMs = [];
    const pageMs = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      const res = await fetch(`${server.url}/agenda${i % 3 === 2 ? "?netwerk=net-gelderland" : ""}`, { headers: { cookie } });
      await res.text();
      pageMs.push(performance.now() - started);
      computeMs.push(Number(/agenda;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN));
    }
    const themes = new Database(server.dbPath, { readonly: true });
    const counts = themes.prepare("select (select count(*) from themes where merged_into_id is null) themes, (select count(*) from polls where status = 'closed') polls, (select count(*) from votes) votes").get();
    themes.close();
    const page = await load({ url: `${server.url}/agenda`, connections: 8, duration: 5, headers: { cookie } });
    report({
      figure: "agenda",
      ...counts,
      firstComputeMs: Math.round(computeMs[0] * 10) / 10,
      computeP50Ms: Math.round(percentile(computeMs, 50) * 10) / 10,
      computeMaxMs: Math.round(Math.max(...computeMs) * 10) / 10,
      pageP50Ms: Math.round(percentile(pageMs, 50)),
      closeAllPollsMs: Math.round(closeMs),
      pageUnderLoad: summarize(page),
      rssMb: rssMb(server.pid),
    });
  } finally {
    await server.kill();
  }
}

export default async function bench() {
  const server = await startServer({ port: PORTS.app, name: "webinars" });
  try {
    await benchVotes(server);
    await benchLive(server);
  } finally {
    await server.kill();
  }
  await benchAgenda();
}
