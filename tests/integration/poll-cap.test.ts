// The cap on new anonymous voters per address and poll, through the lean vote route that serves
// real vote bursts (server/vote-fast-path.ts) behind one trusted proxy, as in production.
import { once } from "node:events";
import type { Server } from "node:http";
import { eq } from "drizzle-orm";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { polls, votes } from "~db/schema";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { parseTrustProxy } from "~/lib/trust-proxy";
import { liveState } from "~/models/webinars/live.server";
import { listOptions } from "~/models/webinars/polls.server";
import { action as voteAction } from "~/routes/stem.$code";
import { voteFastPath } from "../../server/vote-fast-path";
import { context, createTestUser, post, run } from "../support/fixtures";
import { makePoll, makeWebinar } from "../support/webinar-fixtures";

let server: Server;
let base = "";

beforeAll(async () => {
  const trust = parseTrustProxy("1");
  if (!trust.ok) throw new Error(trust.message);
  const app = express();
  app.set("trust proxy", trust.value);
  app.post(
    "/stem/:code",
    voteFastPath({
      getBuild: () => {
        throw new Error("Only saved and refused votes are expected here.");
      },
      mode: "test",
      getLoadContext: (req) => ({ clientIp: req.ip ?? "unknown", cspNonce: "" }),
      beforeRemix: () => undefined,
    }),
  );
  server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => {
  server.close();
});

// A phone's vote as the proxy passes it on: the proxy appends the address it saw.
async function vote(code: string, fields: Record<string, string>, clientIp: string, cookie = "", forwardedByClient = "") {
  const res = await fetch(`${base}/stem/${code}`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams(fields),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Forwarded-For": forwardedByClient ? `${forwardedByClient}, ${clientIp}` : clientIp,
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
  return { status: res.status, location: res.headers.get("Location") ?? "", cookie: (res.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "" };
}

const countVotes = (pollId: string) => db.select().from(votes).where(eq(votes.pollId, pollId)).all().length;
const refusedVotes = (pollId: string) => db.select({ n: polls.refusedVotes }).from(polls).where(eq(polls.id, pollId)).get()?.n;

describe("new anonymous voters per address and poll", () => {
  it("counts up to the cap from one address, then refuses new voters and tells the presenter how many", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id);
    const [trauma, autisme] = listOptions([pollId]).map((o) => o.id);
    const school = "203.0.113.7";
    let firstDevice = "";
    for (let i = 0; i < env.POLL_VOTERS_PER_IP; i++) {
      // Writing another address in the header does not make the phone someone else.
      const res = await vote(webinar.joinCode, { pollId, option: trauma ?? "" }, school, "", `198.51.100.${i % 250}`);
      expect(res.location, `vote ${i}`).toBe(`/stem/${webinar.joinCode}?gestemd=${pollId}`);
      firstDevice ||= res.cookie;
    }
    expect(countVotes(pollId)).toBe(env.POLL_VOTERS_PER_IP);

    const refused = await vote(webinar.joinCode, { pollId, option: trauma ?? "" }, school);
    expect(refused.status).toBe(302);
    expect(refused.location).toBe(`/stem/${webinar.joinCode}?geweigerd=${pollId}`);
    // A made-up participant token is a new voter too.
    expect((await vote(webinar.joinCode, { pollId, option: trauma ?? "" }, school, `leercirkel_stemmer=${"z".repeat(32)}`)).location).toContain("geweigerd=");
    expect(countVotes(pollId)).toBe(env.POLL_VOTERS_PER_IP);
    expect(refusedVotes(pollId)).toBe(2);
    expect(liveState(webinar.id).refused).toEqual({ [pollId]: 2 });

    // Who already voted may still change their vote; other addresses and logged-in people still vote.
    expect((await vote(webinar.joinCode, { pollId, option: autisme ?? "" }, school, firstDevice)).location).toContain("gestemd=");
    expect((await vote(webinar.joinCode, { pollId, option: autisme ?? "" }, "192.0.2.44")).location).toContain("gestemd=");
    const participant = await createTestUser();
    expect((await vote(webinar.joinCode, { pollId, option: autisme ?? "" }, school, participant.cookie)).location).toContain("gestemd=");
    expect(countVotes(pollId)).toBe(env.POLL_VOTERS_PER_IP + 2);
    expect(db.select().from(votes).where(eq(votes.voterKey, `device:${firstDevice.split("=")[1]}`)).get()?.payload).toBe(JSON.stringify({ optionIds: [autisme] }));

    // The Remix action (used with JavaScript on) shares the count and says the same.
    const viaRemix = await run(() => voteAction({ request: post(`/stem/${webinar.joinCode}`, { pollId, option: trauma ?? "" }), params: { code: webinar.joinCode }, context: context(school) }));
    expect(viaRemix.headers.get("Location")).toBe(`/stem/${webinar.joinCode}?geweigerd=${pollId}`);
    expect(refusedVotes(pollId)).toBe(3);

    // The cap is per poll: the same address starts afresh on the next one.
    const next = makePoll(webinar.id);
    const [option] = listOptions([next]).map((o) => o.id);
    expect((await vote(webinar.joinCode, { pollId: next, option: option ?? "" }, school)).location).toContain("gestemd=");
    expect(liveState(webinar.id).refused).toEqual({ [pollId]: 3 });
  });
});
