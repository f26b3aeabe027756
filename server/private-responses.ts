// Nothing a logged-in person sees may be kept by a browser cache or a proxy: every response to
// a request with a session cookie, or that sets or clears one, gets "Cache-Control: private,
// no-store" — pages, data requests, redirects and downloads (CSV, .ics, the data download).
// Set just before the headers go out, so it wins over what a route set; other directives stay.
import type { ServerResponse } from "node:http";
import type express from "express";
import { SESSION_COOKIE } from "~/auth.server";

const REPLACED = /^(public|private|no-store|no-cache|immutable|max-age=.*|s-maxage=.*|stale-.*)$/i;

function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return (cookieHeader ?? "").split(";").some((part) => {
    const [name = "", value = ""] = part.split("=");
    return name.trim() === SESSION_COOKIE && value.trim() !== "";
  });
}

function setsSessionCookie(res: ServerResponse): boolean {
  const header = res.getHeader("Set-Cookie");
  const cookies = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  return cookies.some((cookie) => cookie.trimStart().startsWith(`${SESSION_COOKIE}=`));
}

export function privateCacheControl(existing: unknown): string {
  const kept = String(existing ?? "")
    .split(",")
    .map((directive) => directive.trim())
    .filter((directive) => directive !== "" && !REPLACED.test(directive));
  return ["private", "no-store", ...kept].join(", ");
}

export function noStoreWhenLoggedIn(req: express.Request, res: express.Response, next: express.NextFunction) {
  const loggedIn = hasSessionCookie(req.headers.cookie);
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (loggedIn || setsSessionCookie(this)) this.setHeader("Cache-Control", privateCacheControl(this.getHeader("Cache-Control")));
    return Reflect.apply(writeHead, this, args);
  };
  next();
}
