import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { votes } from "~db/schema";
import { db } from "~/db.server";
import { applyPollCommand, listOptions } from "~/models/webinars/polls.server";
import { action as voteAction, loader as voteLoader } from "~/routes/stem.$code";
import { loader as codeLoader } from "~/routes/stem._index";
import { context, createTestUser, get, post, run } from "../support/fixtures";
import { makePoll, makeWebinar } from "../support/webinar-fixtures";

const device = (token: string) => `leercirkel_stemmer=${token}`;

async function castVote(code: string, fields: Record<string, string | string[]>, cookie: string) {
  return run(() => voteAction({ request: post(`/stem/${code}`, fields, cookie), params: { code }, context: context() }));
}

function rowsFor(pollId: string) {
  return db.select({ voterKey: votes.voterKey, payload: votes.payload, userId: votes.userId }).from(votes).where(eq(votes.pollId, pollId)).all();
}

describe("voting without an account", () => {
  it("finds the webinar by its code, however it is typed, and says so in Dutch when it does not exist", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const found = await run(() => codeLoader({ request: get(`/stem?code=${webinar.joinCode.toLowerCase()}`), params: {}, context: context() }));
    expect(found.headers.get("Location")).toBe(`/stem/${webinar.joinCode}`);
    const missing = await run(() => codeLoader({ request: get("/stem?code=ZZZZZZ"), params: {}, context: context() }));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Deze code kennen we niet");
  });

  it("gives a device a random participant token as an HttpOnly cookie", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    makePoll(webinar.id);
    const res = await run(() => voteLoader({ request: get(`/stem/${webinar.joinCode}`), params: { code: webinar.joinCode }, context: context() }));
    expect(res.headers.get("Set-Cookie")).toMatch(/^leercirkel_stemmer=[0-9a-f]{32}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/);
  });

  it("counts one vote per voter: a re-vote replaces the earlier one and a double submit counts once", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id);
    const [trauma, autisme] = listOptions([pollId]).map((o) => o.id);
    const first = await castVote(webinar.joinCode, { pollId, option: trauma ?? "" }, device("a".repeat(32)));
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe(`/stem/${webinar.joinCode}?gestemd=${pollId}`);
    await castVote(webinar.joinCode, { pollId, option: trauma ?? "" }, device("a".repeat(32)));
    await castVote(webinar.joinCode, { pollId, option: autisme ?? "" }, device("a".repeat(32)));
    await castVote(webinar.joinCode, { pollId, option: trauma ?? "" }, device("b".repeat(32)));
    const rows = rowsFor(pollId);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.voterKey === `device:${"a".repeat(32)}`)?.payload).toBe(JSON.stringify({ optionIds: [autisme] }));
  });

  it("lets a logged-in user vote as themselves", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const participant = await createTestUser();
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id);
    const [option] = listOptions([pollId]).map((o) => o.id);
    await castVote(webinar.joinCode, { pollId, option: option ?? "" }, `${participant.cookie}; ${device("c".repeat(32))}`);
    expect(rowsFor(pollId)).toEqual([{ voterKey: `user:${participant.id}`, userId: participant.id, payload: JSON.stringify({ optionIds: [option] }) }]);
  });

  it("refuses votes on a closed poll with a clear Dutch message and saves nothing", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id);
    const [option] = listOptions([pollId]).map((o) => o.id);
    applyPollCommand(webinar.id, pollId, "close");
    const res = await castVote(webinar.joinCode, { pollId, option: option ?? "" }, device("d".repeat(32)));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: "Deze peiling is gesloten. Je stem is niet meer meegeteld." });
    // Also when what was sent is not a valid vote: closed is what the voter needs to hear.
    const empty = await castVote(webinar.joinCode, { pollId }, device("d".repeat(32)));
    expect(empty.status).toBe(409);
    expect(rowsFor(pollId)).toHaveLength(0);
  });

  it("refuses votes on a poll that is still a draft or whose closing time passed", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const draft = makePoll(webinar.id, {}, false);
    const [option] = listOptions([draft]).map((o) => o.id);
    expect((await castVote(webinar.joinCode, { pollId: draft, option: option ?? "" }, device("e".repeat(32)))).status).toBe(409);
    const due = makePoll(webinar.id, { closesAt: new Date(Date.now() - 1000) });
    const [dueOption] = listOptions([due]).map((o) => o.id);
    expect((await castVote(webinar.joinCode, { pollId: due, option: dueOption ?? "" }, device("e".repeat(32)))).status).toBe(409);
    expect(rowsFor(draft)).toHaveLength(0);
    expect(rowsFor(due)).toHaveLength(0);
  });

  it("answers bad input with a Dutch message, keeps what was typed and saves nothing", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id, { type: "open", options: [] });
    const res = await castVote(webinar.joinCode, { pollId, answer: "Bel de moeder op 06-12345678" }, device("f".repeat(32)));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toContain("telefoonnummer");
    expect(body.values.answer).toEqual(["Bel de moeder op 06-12345678"]);
    expect(rowsFor(pollId)).toHaveLength(0);
  });

  it("asks for a login before voting in a poll that is not anonymous", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id, { anonymous: false });
    const [option] = listOptions([pollId]).map((o) => o.id);
    const res = await castVote(webinar.joinCode, { pollId, option: option ?? "" }, device("g".repeat(32)));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/inloggen\?redirectTo=/);
    expect(rowsFor(pollId)).toHaveLength(0);
  });
});
