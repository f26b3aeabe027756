// Module part page: throughput and latency at 32 connections (logged in), and the gzipped
// JavaScript a module page loads (every /build file it references, with their static imports).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { load, report, sessionCookie, startServer, summarize } from "./_support.mjs";

const PAGE = "/modules/verklarende-analyse/kennis";
const IMPORT = /(?:from|import)\s*["'](\/build\/[^"']+\.js)["']/g;

// What the browser loads at once: modulepreloads, script src, imports in inline module scripts.
function entryScripts(html) {
  const refs = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g), ...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]);
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    refs.push(...[...m[1].matchAll(IMPORT)].map((i) => i[1]));
  }
  return refs.filter((ref) => ref.startsWith("/build/"));
}

// Follows static imports from the page's entry scripts, each file once.
function shippedJs(html) {
  const seen = new Set();
  const queue = entryScripts(html);
  let gzipBytes = 0;
  let rawBytes = 0;
  while (queue.length > 0 && seen.size < 500) {
    const ref = queue.shift();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const file = path.join("public", ref);
    const source = fs.readFileSync(file);
    rawBytes += source.length;
    gzipBytes += zlib.gzipSync(source).length;
    for (const m of source.toString("utf8").matchAll(IMPORT)) queue.push(m[1]);
  }
  return { files: seen.size, rawKb: Math.round(rawBytes / 102.4) / 10, gzipKb: Math.round(gzipBytes / 102.4) / 10 };
}

// CPU seconds the server process used so far (user + system), from /proc; null elsewhere.
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

// Server CPU time per request: unlike requests/s it hardly depends on what else the machine runs.
async function measure(server, path, cookie, duration) {
  const before = cpuSeconds(server.pid);
  const loadBefore = os.loadavg()[0];
  const result = await load({ url: `${server.url}${path}`, connections: 32, duration, headers: { cookie } });
  const after = cpuSeconds(server.pid);
  const cpuMsPerRequest = before === null || after === null ? null : Math.round(((after - before) * 1000 * 100) / result.requests.total) / 100;
  // The machine is shared: the 1-minute load average says how much else was running.
  const loadAvg1m = Math.round(Math.max(loadBefore, os.loadavg()[0]) * 100) / 100;
  return { ...summarize(result), cpuMsPerRequest, loadAvg1m };
}

export default async function bench() {
  const server = await startServer({ port: 3311, name: "modules" });
  try {
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(server.dbPath);
    const cookie = sessionCookie(db, "demo-deelnemer");
    db.close();
    const res = await fetch(`${server.url}${PAGE}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`${PAGE} answered ${res.status}`);
    const html = await res.text();
    report({ figure: "module_page_js", page: PAGE, ...shippedJs(html), htmlKb: Math.round(html.length / 102.4) / 10, targetGzipKb: 100 });
    // Warm up, then measure; the emptiest page (a 404) shows the cost every page pays.
    await load({ url: `${server.url}${PAGE}`, connections: 8, duration: 2, headers: { cookie } });
    const page = await measure(server, PAGE, cookie, 10);
    report({ figure: "module_part_page", page: PAGE, connections: 32, ...page, rssMb: server.memoryMb(), targetRps: 500, targetP99Ms: 50 });
    const floor = await measure(server, "/bestaat-niet", cookie, 5);
    report({ figure: "baseline_not_found_page", page: "/bestaat-niet", connections: 32, requestsPerSecond: floor.requestsPerSecond, cpuMsPerRequest: floor.cpuMsPerRequest, loadAvg1m: floor.loadAvg1m });
  } finally {
    await server.kill();
  }
}
