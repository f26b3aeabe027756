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
    // Warm up, then measure.
    await load({ url: `${server.url}${PAGE}`, connections: 8, duration: 2, headers: { cookie } });
    const loadBefore = os.loadavg()[0];
    const result = await load({ url: `${server.url}${PAGE}`, connections: 32, duration: 10, headers: { cookie } });
    // The machine is shared: the 1-minute load average says how much else was running.
    const loadAvg1m = Math.round(Math.max(loadBefore, os.loadavg()[0]) * 100) / 100;
    report({ figure: "module_part_page", page: PAGE, connections: 32, ...summarize(result), rssMb: server.memoryMb(), loadAvg1m, targetRps: 500, targetP99Ms: 50 });
  } finally {
    await server.kill();
  }
}
