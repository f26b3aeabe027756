// Which reverse proxies may tell the server the client's address (X-Forwarded-For), as Express's
// "trust proxy" setting: none, a hop count, or the proxies' addresses and subnets. "true" would
// trust whatever address a client writes in the header itself, so it is refused.
import { isIP } from "node:net";

export type TrustProxy = false | number | string[];
export type TrustProxyResult = { ok: true; value: TrustProxy } | { ok: false; message: string };

// Express's names for the private ranges: 127.0.0.0/8 and ::1, 169.254.0.0/16 and fe80::/10,
// 10/8, 172.16/12, 192.168/16 and fc00::/7.
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

const REFUSE_TRUE =
  "TRUST_PROXY=true would let every client choose its own address. Set the number of proxies in front of " +
  "Leercirkel (for example TRUST_PROXY=1) or their addresses or subnets (for example TRUST_PROXY=10.0.0.5 or " +
  "TRUST_PROXY=10.0.0.0/8,loopback).";

function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry) || isIP(entry) !== 0) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || prefix === undefined || rest.length > 0 || !/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export function parseTrustProxy(raw: string | undefined): TrustProxyResult {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "false" || value === "0") return { ok: true, value: false };
  if (value === "true") return { ok: false, message: REFUSE_TRUE };
  if (/^\d+$/.test(value)) return { ok: true, value: Number(value) };
  const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
  const wrong = entries.filter((entry) => !isProxyAddress(entry));
  if (entries.length === 0 || wrong.length > 0) {
    return { ok: false, message: `"${wrong.join(", ") || raw}" is not a hop count, an IP address or a subnet like 10.0.0.0/8.` };
  }
  return { ok: true, value: entries };
}
