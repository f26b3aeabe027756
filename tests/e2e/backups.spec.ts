// The backup round trip with the real server (decision 016): the server backs itself up on its
// schedule while phones vote, keeps BACKUP_KEEP copies, `npm run db:restore` refuses while it runs
// and restores into a fresh file afterwards, and the app starts on that file with every vote that
// was acknowledged before the backup began.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

// Its own server next to the suite's, on a port derived from E2E_PORT.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 1000;
const DIR = path.resolve(`tests/.tmp/backups-e2e-${PORT}`);
const LIVE = path.join(DIR, "live.db");
const BACKUPS = path.join(DIR, "backups");
const RESTORED = path.join(DIR, "restored", "leercirkel.db");
const KEEP = 2;
const CODE = "BACKUP";
const POLL = "backup-poll";

test.describe.configure({ timeout: 180_000 });

// Servers this file started; whatever happens, none outlives the test.
const running = new Set<ChildProcess>();
test.afterEach(async () => {
  for (const child of running) await stop(child);
});

function startServer(databasePath: string, extra: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["build/server.js"], {
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(PORT), DATABASE_PATH: databasePath, SEED_DEMO: "false", BACKUP_DIR: BACKUPS, BACKUP_KEEP: String(KEEP), POLL_VOTERS_PER_IP: "1000000", ...extra },
    stdio: ["ignore", "pipe", "inherit"],
  });
  running.add(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server stopped with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Leercirkel draait op")) resolve(child);
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function restore(file: string, databasePath: string) {
  const result = spawnSync("npm", ["run", "--silent", "db:restore", "--", file], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function addOpenPoll(databasePath: string): string[] {
  const db = new Database(databasePath);
  db.pragma("busy_timeout = 5000");
  db.prepare("insert into webinars (id, title, starts_at, join_code) values (?, ?, ?, ?)").run("backup-webinar", "Back-up webinar", Date.now(), CODE);
  db.prepare("insert into polls (id, webinar_id, question, type, status, opened_at) values (?, ?, ?, 'single', 'open', ?)").run(POLL, "backup-webinar", "Welk thema?", Date.now());
  const options = ["a", "b", "c"].map((o, i) => {
    db.prepare("insert into poll_options (id, poll_id, label, position) values (?, ?, ?, ?)").run(`${POLL}-${o}`, POLL, `Optie ${o}`, i);
    return `${POLL}-${o}`;
  });
  db.close();
  return options;
}

// One vote from a fresh phone; resolves with the moment the server acknowledged it, or null.
function vote(agent: http.Agent, token: string, option: string): Promise<number | null> {
  const body = `pollId=${POLL}&option=${option}`;
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: `/stem/${CODE}`,
        method: "POST",
        agent,
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body), Cookie: `leercirkel_stemmer=${token}` },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode === 302 && String(res.headers.location).includes("gestemd=") ? Date.now() : null));
      },
    );
    req.on("error", () => resolve(null));
    req.end(body);
  });
}

function backupsIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

test("scheduled backups under a vote burst restore into a working app with every acknowledged vote", async ({ request }) => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  // Every second, so a short burst sees several backups and the pruning.
  let server = await startServer(LIVE, { BACKUP_SCHEDULE: "* * * * * *" });
  const options = addOpenPoll(LIVE);

  // Phones vote from 16 connections until the server has written more backups than it keeps.
  const acknowledged = new Map<string, number>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  let next = 0;
  let written = 0;
  server.stdout?.on("data", (chunk: Buffer) => (written += chunk.toString().split("Back-up gemaakt").length - 1));
  const phone = async () => {
    while (written < KEEP + 2) {
      const token = `phone${String(next).padStart(16, "0")}`;
      const at = await vote(agent, token, options[next++ % options.length] ?? "");
      if (at !== null) acknowledged.set(`device:${token}`, at);
    }
  };
  await Promise.all(Array.from({ length: 16 }, phone));
  agent.destroy();

  // While the server runs, a restore onto its database is refused and changes nothing.
  const refused = restore(path.join(BACKUPS, backupsIn(BACKUPS)[0] ?? "any.db"), LIVE);
  expect(refused.code).toBe(1);
  expect(refused.output).toContain("De server draait nog op deze database");
  expect(fs.readdirSync(DIR).filter((name) => name.includes(".replaced-") || name.includes(".restore-"))).toEqual([]);
  await stop(server);

  // Only the newest KEEP remain, each one a sound database. (A backup cut off by the stop leaves a
  // temporary file, which the next run clears.)
  const files = backupsIn(BACKUPS).filter((name) => !name.includes(".tmp-"));
  expect(files).toHaveLength(KEEP);
  expect(files.every((name) => /^leercirkel-.+Z\.db$/.test(name))).toBe(true);
  for (const name of files) {
    const copy = new Database(path.join(BACKUPS, name), { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
  }
  const newest = path.join(BACKUPS, files[files.length - 1] ?? "");

  // When the newest backup began: its own claim, written just before the copy started.
  const copy = new Database(newest, { readonly: true });
  const began = copy.prepare<[], { startedAt: number }>("select started_at as startedAt from backup_runs where file is null order by slot desc limit 1").get()?.startedAt ?? 0;
  copy.close();
  // Acknowledged at a client timestamp before the claim (same machine clock): committed before the copy began.
  const mustBeThere = [...acknowledged].filter(([, at]) => at < began).map(([key]) => key);
  expect(mustBeThere.length).toBeGreaterThan(0);

  // Restore into a fresh file and start the app on it.
  const restored = restore(newest, RESTORED);
  expect(restored.code, restored.output).toBe(0);
  server = await startServer(RESTORED, { BACKUP_SCHEDULE: "off" });
  const page = await request.get(`http://127.0.0.1:${PORT}/stem/${CODE}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("Welk thema?");
  const db = new Database(RESTORED, { readonly: true });
  const found = new Set(db.prepare<[string], { voterKey: string }>("select voter_key as voterKey from votes where poll_id = ?").all(POLL).map((v) => v.voterKey));
  expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  db.close();
  expect(mustBeThere.filter((key) => !found.has(key))).toEqual([]);
  await stop(server);
});
