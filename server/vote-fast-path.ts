// A lean route for plain vote form posts (POST /stem/<code>), measured to matter in a vote burst:
// it skips building a Fetch Request and running the Remix router when a vote simply succeeds.
// It calls the same submitVote as the Remix action and answers with the same redirect (also for
// a vote refused by the per-address cap); any other outcome (invalid input, closed poll, ...) is
// handed to Remix with the body it read.
import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import type express from "express";
import { resolveVoter, submitVote } from "~/models/webinars/votes.server";

// server.ts refuses larger vote posts before they get here.
export const VOTE_MAX_BODY_BYTES = 16 * 1024;

interface FastPathOptions {
  getBuild: () => ServerBuild;
  mode: string;
  getLoadContext: (req: express.Request, res: express.Response) => AppLoadContext;
  // Sets the page headers (CSP nonce and the rest) before Remix renders a page in our place.
  beforeRemix: (req: express.Request, res: express.Response, next: express.NextFunction) => void;
}

function readBody(req: express.Request): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= VOTE_MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= VOTE_MAX_BODY_BYTES ? Buffer.concat(chunks) : null));
    req.on("error", reject);
  });
}

function remixHeaders(req: express.Request): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  return headers;
}

export function voteFastPath({ getBuild, mode, getLoadContext, beforeRemix }: FastPathOptions): express.RequestHandler {
  const handlers = new WeakMap<ServerBuild, ReturnType<typeof createRequestHandler>>();
  const remix = (build: ServerBuild) => {
    let handler = handlers.get(build);
    if (!handler) {
      handler = createRequestHandler(build, mode);
      handlers.set(build, handler);
    }
    return handler;
  };

  return async (req, res, next) => {
    // Remix's own client submissions (?_data=…) and other bodies stay with Remix untouched.
    if ("_data" in req.query || !req.is("application/x-www-form-urlencoded")) return next();
    try {
      const body = await readBody(req);
      if (body === null) return void res.status(413).end();
      const voter = await resolveVoter(req.headers.cookie ?? "");
      const { clientIp } = getLoadContext(req, res);
      const outcome = submitVote(String(req.params.code ?? ""), new URLSearchParams(body.toString("utf8")), voter, clientIp);
      // A refusal is answered here too: handing it to Remix would submit (and count) it twice.
      if (outcome.kind === "saved" || outcome.kind === "refused") {
        if (outcome.setCookie) res.setHeader("Set-Cookie", outcome.setCookie);
        res.writeHead(302, { Location: outcome.location, "Content-Length": "0" }).end();
        return;
      }
      beforeRemix(req, res, () => undefined);
      const request = new Request(`${req.protocol}://${req.get("host") ?? "localhost"}${req.originalUrl}`, {
        method: "POST",
        headers: remixHeaders(req),
        body: new Uint8Array(body),
      });
      const response = await remix(getBuild())(request, getLoadContext(req, res));
      res.status(response.status);
      for (const [key, value] of response.headers) res.append(key, value);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  };
}
