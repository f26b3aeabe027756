// Whose address the server sees (login limits, registration limits, the poll cap) under each
// TRUST_PROXY setting, and that "true" stops the server at startup.
import { execFile } from "node:child_process";
import { once } from "node:events";
import { promisify } from "node:util";
import express from "express";
import { describe, expect, it } from "vitest";
import { parseTrustProxy } from "~/lib/trust-proxy";

const run = promisify(execFile);

// The address Express resolves for a request that reached it from 127.0.0.1 with this header.
async function clientAddress(trustProxy: string, forwardedFor: string | null): Promise<string> {
  const setting = parseTrustProxy(trustProxy);
  if (!setting.ok) throw new Error(setting.message);
  const app = express();
  app.set("trust proxy", setting.value);
  app.get("/", (req, res) => void res.send(req.ip));
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: forwardedFor === null ? {} : { "X-Forwarded-For": forwardedFor } });
    return await res.text();
  } finally {
    server.close();
  }
}

describe("the client's address", () => {
  it("ignores X-Forwarded-For without a proxy, so a client cannot pick its address", async () => {
    expect(await clientAddress("false", "203.0.113.7")).toBe("127.0.0.1");
  });

  it("behind one proxy takes the address that proxy added, not what the client wrote before it", async () => {
    expect(await clientAddress("1", "203.0.113.7")).toBe("203.0.113.7");
    expect(await clientAddress("1", "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
  });

  it("behind two proxies skips both", async () => {
    expect(await clientAddress("2", "6.6.6.6, 203.0.113.7, 10.0.0.2")).toBe("203.0.113.7");
  });

  it("with proxy addresses trusts only those hops", async () => {
    expect(await clientAddress("loopback", "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(await clientAddress("127.0.0.1, 10.0.0.0/8", "6.6.6.6, 203.0.113.7, 10.1.2.3")).toBe("203.0.113.7");
    // The request did not come from a listed proxy: its own address counts.
    expect(await clientAddress("10.0.0.5", "203.0.113.7")).toBe("127.0.0.1");
  });
});

describe("starting with TRUST_PROXY=true", () => {
  it("stops with a message that says what to set instead", async () => {
    // Reading the configuration is the first thing the server does.
    const start = run(process.execPath, ["--import", "tsx", "-e", 'import("./app/env.server.ts").catch((e) => { console.error(e.message); process.exit(1); })'], {
      env: { ...process.env, TRUST_PROXY: "true" },
    });
    const failure = await start.then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("TRUST_PROXY=true would let every client choose its own address");
    expect(failure?.stderr).toContain("TRUST_PROXY=1");
  });
});
