// The HTTP server: migrates and seeds the database, sets security headers, refuses
// cross-origin writes and oversized bodies, takes scheduled backups and hands every other
// request to Remix.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import express from "express";
import { db, migrateDatabase } from "~/db.server";
import { env } from "~/env.server";
import { nl } from "~/i18n/nl";
import { isCrossOriginWrite } from "~/lib/same-origin";
import { removePidFile, writePidFile } from "~/models/backups/server-lock.server";
import { scheduleBackups } from "./server/backup-schedule";
import { noStoreWhenLoggedIn } from "./server/private-responses";
import { MAX_BODY_BYTES, answerClientErrors, errorPage, limitBodies } from "./server/request-limits";
import { VOTE_MAX_BODY_BYTES, voteFastPath } from "./server/vote-fast-path";
import { DEMO_PASSWORD, DEMO_USERS, hasUsers, seed } from "~db/seed";
import { DEMO_JOIN_CODE, demoPollIsOpen } from "~db/seed-webinars";

const BUILD_PATH = path.resolve("build/index.js");
const isProduction = env.NODE_ENV === "production";

async function loadBuild(): Promise<ServerBuild> {
  const stamp = isProduction ? "" : `?t=${Date.now()}`;
  return import(url.pathToFileURL(BUILD_PATH).href + stamp);
}

async function prepareDatabase(): Promise<boolean> {
  migrateDatabase(db);
  const fresh = !hasUsers(db);
  await seed(db, { demo: env.SEED_DEMO && fresh });
  return fresh && env.SEED_DEMO;
}

function securityHeaders(req: express.Request, res: express.Response, next: express.NextFunction) {
  const nonce = crypto.randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  const scriptSrc = isProduction ? `'self' 'nonce-${nonce}'` : `'self' 'nonce-${nonce}' 'unsafe-eval'`;
  const connectSrc = isProduction ? "'self'" : "'self' ws://localhost:*";
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src ${scriptSrc}`,
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src ${connectSrc}`,
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (env.COOKIE_SECURE) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  next();
}

function refuseCrossOriginWrites(req: express.Request, res: express.Response, next: express.NextFunction) {
  const crossOrigin = isCrossOriginWrite({
    method: req.method,
    host: req.headers.host,
    origin: req.headers.origin,
    referer: req.headers.referer,
    secFetchSite: req.get("sec-fetch-site"),
  });
  if (!crossOrigin) return next();
  res.status(403).type("text/plain; charset=utf-8").send(nl.errors.crossOrigin);
}

// The pid file tells `npm run db:restore` that this database is in use; a normal stop removes it.
function claimDatabase() {
  writePidFile(env.DATABASE_PATH);
  process.once("exit", () => removePidFile(env.DATABASE_PATH));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
}

async function main() {
  const demoSeeded = await prepareDatabase();
  claimDatabase();
  scheduleBackups({ schedule: env.BACKUP_SCHEDULE, dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP });
  let build = await loadBuild();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);
  // Votes first: the redirect after a vote has no body, so it skips the page headers (see the file).
  app.post("/stem/:code", refuseCrossOriginWrites, limitBodies(VOTE_MAX_BODY_BYTES), noStoreWhenLoggedIn, voteFastPath({ getBuild: () => build, mode: env.NODE_ENV, getLoadContext, beforeRemix: securityHeaders }));
  app.use(securityHeaders);
  app.use(limitBodies(MAX_BODY_BYTES));
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.use(noStoreWhenLoggedIn);
  app.use(refuseCrossOriginWrites);
  app.all(
    "*",
    isProduction
      ? createRequestHandler({ build, getLoadContext })
      : (req, res, next) => createRequestHandler({ build, getLoadContext })(req, res, next),
  );
  app.use(errorPage);

  function getLoadContext(req: express.Request, res: express.Response) {
    return { clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown", cspNonce: String(res.locals.cspNonce ?? "") };
  }

  const server = app.listen(env.PORT, env.HOST, () => {
    const address = `http://localhost:${env.PORT}`;
    console.log(`Leercirkel draait op ${address} (database: ${env.DATABASE_PATH})`);
    if (demoSeeded) {
      console.log(`Demo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
      for (const u of DEMO_USERS) console.log(`  ${u.label.padEnd(20)} ${u.email}`);
    }
    if (demoPollIsOpen(db)) console.log(`Demo-peiling: stem zonder account op ${address}/stem met code ${DEMO_JOIN_CODE}`);
    if (!isProduction) broadcastDevReady(build);
  });
  answerClientErrors(server);

  if (!isProduction) {
    fs.watch(path.dirname(BUILD_PATH), { persistent: false }, async () => {
      build = await loadBuild();
      broadcastDevReady(build);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
