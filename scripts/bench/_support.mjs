// Shared bench helpers: a production server on a fresh database, autocannon, JSON output.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";

export function report(figure) {
  console.log(JSON.stringify({ ...figure, at: new Date().toISOString() }));
}

// Starts build/server.js on 127.0.0.1 with its own database; `prepare(db)` may fill it first.
export async function startServer({ port, name, demo = true, prepare } = {}) {
  const dir = path.resolve(".cache/bench");
  fs.mkdirSync(dir, { recursive: true });
  const dbPath = path.join(dir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbPath + suffix, { force: true });
  // The load tool is one address for thousands of voters, so the per-address poll cap is lifted.
  const env = { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: dbPath, SEED_DEMO: String(demo), POLL_VOTERS_PER_IP: "1000000000" };
  let child = await launch(env, port);
  if (prepare) {
    const db = new Database(dbPath);
    db.pragma("busy_timeout = 5000");
    await prepare(db);
    db.close();
  }
  return {
    url: `http://127.0.0.1:${port}`,
    dbPath,
    get pid() {
      return child.pid;
    },
    memoryMb: () => rssMb(child.pid),
    async restart() {
      child = await launch(env, port);
    },
    kill(signal = "SIGTERM") {
      child.kill(signal);
      return new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

async function launch(env, port) {
  const child = spawn(process.execPath, ["build/server.js"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("server did not start within 30 s");
}

export function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

// Inserts a session for a user and returns the Cookie header value.
export function sessionCookie(db, userId) {
  const id = crypto.randomBytes(20).toString("hex");
  db.prepare("insert into sessions (id, user_id, expires_at) values (?, ?, ?)").run(id, userId, Math.floor(Date.now() / 1000) + 86400);
  return `leercirkel_session=${id}`;
}

export function load(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: 10, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export function summarize(result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
