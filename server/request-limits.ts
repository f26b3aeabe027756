// What the HTTP server refuses before Remix sees it, each time with a short Dutch page and never a
// stack trace: bodies over the limit (413), bodies without a declared length (411), requests Remix
// cannot turn into a URL or whose answer would need an invalid header (400), malformed HTTP (400).
import type http from "node:http";
import type { Duplex } from "node:stream";
import type express from "express";
import { nl } from "~/i18n/nl";

// Forms and their text fields stay far below this; /stem has its own, smaller limit.
export const MAX_BODY_BYTES = 1024 * 1024;
// A refused body is still read to its end so the browser gets to see the answer, up to this size.
const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

const t = nl.requests;
type Page = readonly [status: number, title: string, message: string];
const TOO_LARGE: Page = [413, t.tooLargeTitle, t.tooLarge];
const LENGTH_REQUIRED: Page = [411, t.lengthRequiredTitle, t.lengthRequired];
const BAD_REQUEST: Page = [400, t.badRequestTitle, t.badRequest];
const SERVER_ERROR: Page = [500, t.serverTitle, t.server];

export function plainPage(title: string, message: string): string {
  return [
    '<!doctype html><html lang="nl"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} | ${nl.appName}</title></head>`,
    `<body><main><h1>${title}</h1><p>${message}</p><p><a href="/">${t.backHome}</a></p></main></body></html>`,
  ].join("");
}

function send(req: express.Request, res: express.Response, [status, title, message]: Page, close: boolean) {
  res.status(status).set({
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    ...(close ? { Connection: "close" } : {}),
  });
  // A submission by Remix in the browser (?_data=…): a "catch" response, so the page's error
  // boundary shows the message instead of a generic error.
  if ("_data" in req.query) return void res.set("X-Remix-Catch", "yes").json({ message });
  res.type("html").send(plainPage(title, message));
}

// Reads the refused body away (up to the drain limit) before answering: a browser that is still
// sending when the connection closes would show a network error instead of our page.
function refuseBody(req: express.Request, res: express.Response, page: (bytesRead: number) => Page) {
  let read = 0;
  const answer = () => {
    if (!res.headersSent) send(req, res, page(read), true);
  };
  if (Number(req.headers["content-length"]) > DRAIN_LIMIT_BYTES) return answer();
  req.on("data", (chunk: Buffer) => {
    read += chunk.length;
    if (read > DRAIN_LIMIT_BYTES) answer();
  });
  req.on("end", answer);
  req.on("error", () => undefined);
  req.resume();
}

export function limitBodies(maxBytes: number): express.RequestHandler {
  return (req, res, next) => {
    const length = req.headers["content-length"];
    if (length !== undefined) return Number(length) <= maxBytes ? next() : refuseBody(req, res, () => TOO_LARGE);
    if (req.headers["transfer-encoding"] === undefined) return next();
    // Browsers always declare a form's length; only a declared length lets the limit hold before
    // a byte is read, so a body without one is refused.
    refuseBody(req, res, (read) => (read > maxBytes ? TOO_LARGE : LENGTH_REQUIRED));
  };
}

// Node refuses these before anything is sent. They come from the request: a Host header or an
// absolute URL that makes no valid address, or an id or address with control characters that
// would end up in a header (Node never writes those, so no header can be injected).
const REQUEST_FAULTS = new Set(["ERR_INVALID_URL", "ERR_INVALID_CHAR", "ERR_HTTP_INVALID_HEADER_VALUE"]);

export function errorPage(error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) {
  if (res.headersSent) return next(error);
  // Headers copied from a half-sent Remix response (a cookie, say) must not ride along.
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (REQUEST_FAULTS.has(code)) return send(req, res, BAD_REQUEST, true);
  console.error(error);
  send(req, res, SERVER_ERROR, false);
}

// Node's own answers to malformed HTTP, kept, with our page as the body.
const CLIENT_ERRORS: Record<string, readonly [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout"],
};

// Malformed HTTP that never becomes a request (a raw line feed or € in the request line, say).
export function answerClientErrors(server: http.Server) {
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const [status, reason] = CLIENT_ERRORS[error.code ?? ""] ?? [400, "Bad Request"];
    const body = plainPage(t.badRequestTitle, t.badRequest);
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
