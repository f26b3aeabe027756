import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decisionPolls, themes, votes } from "~db/schema";
import { db } from "~/db.server";
import { deleteUserAccount, exportUserData } from "~/models/accounts/data.server";
import { loadAgenda } from "~/models/webinars/agenda.server";
import { listOptions } from "~/models/webinars/polls.server";
import { castVote } from "~/models/webinars/votes.server";
import { loader as agendaCsv } from "~/routes/agenda[.csv]";
import { action as decisionAction, loader as decisionLoader } from "~/routes/agenda.besluiten.$decisionId";
import { action as chooseAction } from "~/routes/agenda.kiezen.$themeId";
import { action as mergeThemesAction, loader as mergeThemesLoader } from "~/routes/agenda.samenvoegen";
import { action as newThemeAction } from "~/routes/agenda.thema-nieuw";
import { action as webinarAction } from "~/routes/webinars.$webinarId._index";
import { loader as icsLoader } from "~/routes/webinars.$webinarId.agenda[.ics]";
import { action as pollPageAction } from "~/routes/webinars.$webinarId.peilingen.$pollId._index";
import { loader as pollCsv } from "~/routes/webinars.$webinarId.peilingen.$pollId.resultaten[.csv]";
import { context, createTestUser, get, post, run } from "../support/fixtures";
import { makePoll, makeWebinar } from "../support/webinar-fixtures";

function vote(pollId: string, voter: string, optionId: string) {
  expect(castVote({ pollId, voterKey: `device:${voter}`, userId: null, payload: { optionIds: [optionId] } })).toBe("saved");
}

async function closeVia(cookie: string, webinarId: string, pollId: string) {
  const res = await run(() => webinarAction({ request: post(`/webinars/${webinarId}`, { pollId, intent: "close" }, cookie), params: { webinarId }, context: context() }));
  expect(res.status).toBe(302);
}

describe("closed polls feed the shared agenda", () => {
  it("ranks a theme only once its poll closes, marks it shared across networks, and records the decision", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const gelderland = makeWebinar(coordinator.id, "net-gelderland");
    const utrecht = makeWebinar(coordinator.id, "net-utrecht-flevoland");
    const pollG = makePoll(gelderland.id);
    const pollU = makePoll(utrecht.id);
    const [traumaG, autismeG] = listOptions([pollG]).map((o) => o.id);
    const [traumaU] = listOptions([pollU]).map((o) => o.id);
    for (let i = 0; i < 6; i++) vote(pollG, `g${i}`, i < 4 ? (traumaG ?? "") : (autismeG ?? ""));
    for (let i = 0; i < 3; i++) vote(pollU, `u${i}`, traumaU ?? "");
    expect(loadAgenda().ranked).toHaveLength(0);

    await closeVia(coordinator.cookie, gelderland.id, pollG);
    await closeVia(coordinator.cookie, utrecht.id, pollU);
    const agenda = loadAgenda();
    expect(agenda.ranked.map((t) => t.title)).toEqual(["Trauma", "Autisme"]);
    expect(agenda.ranked[0]).toMatchObject({ shared: true, pollCount: 2, voters: 9 });
    expect(agenda.ranked[1]).toMatchObject({ shared: false, networkIds: ["net-gelderland"] });
    expect(loadAgenda({ networkId: "net-utrecht-flevoland" }).ranked.map((t) => t.title)).toEqual(["Trauma"]);
    expect(agenda.unsupported.map((t) => t.title)).toContain("Eetstoornissen");

    const chosen = await run(() =>
      chooseAction({ request: post("/agenda/kiezen/thema-trauma", { rationale: "Beide netwerken willen dit.", pollIds: [pollG, pollU] }, coordinator.cookie), params: { themeId: "thema-trauma" }, context: context() }),
    );
    expect(chosen.status).toBe(302);
    const decisionId = chosen.headers.get("Location")?.match(/besluiten\/([^?]+)/)?.[1] ?? "";
    const page = await (await run(() => decisionLoader({ request: get(`/agenda/besluiten/${decisionId}`, coordinator.cookie), params: { decisionId }, context: context() }))).json();
    expect(page.decision).toMatchObject({ themeTitle: "Trauma", rationale: "Beide netwerken willen dit.", decidedBy: "Test Gebruiker", themeStatus: "chosen" });
    expect(page.decision.polls.map((p: { pollId: string }) => p.pollId).sort()).toEqual([pollG, pollU].sort());
    expect(loadAgenda().ranked.map((t) => t.title)).toEqual(["Autisme"]);
    expect(loadAgenda().chosen.find((t) => t.title === "Trauma")?.decisionId).toBe(decisionId);

    // Choosing it again is refused: it is no longer a candidate.
    const twice = await run(() => chooseAction({ request: post("/x", { rationale: "Nog eens." }, coordinator.cookie), params: { themeId: "thema-trauma" }, context: context() }));
    expect(twice.status).toBe(409);

    const linked = await run(() => decisionAction({ request: post("/x", { intent: "module", moduleSlug: "verklarende-analyse" }, coordinator.cookie), params: { decisionId }, context: context() }));
    expect(linked.status).toBe(302);
    const bad = await run(() => decisionAction({ request: post("/x", { intent: "module", moduleSlug: "bestaat-niet" }, coordinator.cookie), params: { decisionId }, context: context() }));
    expect(bad.status).toBe(400);
    await run(() => decisionAction({ request: post("/x", { intent: "status", status: "active" }, coordinator.cookie), params: { decisionId }, context: context() }));
    expect(db.select({ status: themes.status }).from(themes).where(eq(themes.id, "thema-trauma")).get()?.status).toBe("active");
    expect(db.select().from(decisionPolls).where(eq(decisionPolls.decisionId, decisionId)).all()).toHaveLength(2);

    const csv = await (await run(() => agendaCsv({ request: get("/agenda.csv", coordinator.cookie), params: {}, context: context() }))).text();
    expect(csv).toContain("1;Autisme;Kandidaat;");
    expect(csv).toContain("Trauma;Loopt");
  });

  it("needs a reason for a new candidate theme and a confirmation to merge two themes", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const noReason = await run(() => newThemeAction({ request: post("/x", { title: "Wachttijd overbruggen", reason: "" }, coordinator.cookie), params: {}, context: context() }));
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).errors.reason).toBe("Vul dit veld in.");
    const added = await run(() => newThemeAction({ request: post("/x", { title: "Wachttijd overbruggen", reason: "Vaak genoemd in casuïstiek." }, coordinator.cookie), params: {}, context: context() }));
    expect(added.status).toBe(302);
    const theme = db.select({ id: themes.id, origin: themes.origin, reason: themes.reason }).from(themes).where(eq(themes.title, "Wachttijd overbruggen")).get();
    expect(theme).toMatchObject({ origin: "coordinator", reason: "Vaak genoemd in casuïstiek." });

    // Step 1 only asks; nothing changes until the confirmed POST.
    const ask = await run(() => mergeThemesLoader({ request: get(`/agenda/samenvoegen?bron=${theme?.id}&doel=thema-ouders`, coordinator.cookie), params: {}, context: context() }));
    expect((await ask.json()).confirm.target.title).toBe("Ouders ondersteunen");
    expect(db.select({ m: themes.mergedIntoId }).from(themes).where(eq(themes.id, theme?.id ?? "")).get()?.m).toBeNull();
    const unconfirmed = await run(() => mergeThemesAction({ request: post("/x", { sourceId: theme?.id ?? "", targetId: "thema-ouders" }, coordinator.cookie), params: {}, context: context() }));
    expect(unconfirmed.status).toBe(400);
    const merged = await run(() => mergeThemesAction({ request: post("/x", { sourceId: theme?.id ?? "", targetId: "thema-ouders", confirm: "ja" }, coordinator.cookie), params: {}, context: context() }));
    expect(merged.status).toBe(302);
    expect(db.select({ m: themes.mergedIntoId }).from(themes).where(eq(themes.id, theme?.id ?? "")).get()?.m).toBe("thema-ouders");
  });

  it("turns open answers merged by the coordinator into support for a new candidate theme; hidden answers do not count", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id, { type: "open", options: [] });
    for (const [i, text] of ["Huisarts betrekken", "Samen met de huisarts", "Iets over de huisarts", "Onzin"].entries()) {
      castVote({ pollId, voterKey: `device:o${i}`, userId: null, payload: { text } });
    }
    const ids = db.select({ id: votes.id, payload: votes.payload }).from(votes).where(eq(votes.pollId, pollId)).all();
    const about = ids.filter((v) => v.payload.includes("uisarts")).map((v) => v.id);
    const onzin = ids.find((v) => v.payload.includes("Onzin"))?.id ?? "";
    const params = { webinarId: webinar.id, pollId };
    const needTarget = await run(() => pollPageAction({ request: post("/x", { intent: "merge", voteIds: about }, coordinator.cookie), params, context: context() }));
    expect(needTarget.status).toBe(400);
    await run(() => pollPageAction({ request: post("/x", { intent: "merge", voteIds: about.slice(0, 2), newTitle: "Samenwerken met de huisarts", reason: "Uit open antwoorden." }, coordinator.cookie), params, context: context() }));
    const created = db.select({ id: themes.id, origin: themes.origin }).from(themes).where(eq(themes.title, "Samenwerken met de huisarts")).get();
    expect(created?.origin).toBe("poll");
    await run(() => pollPageAction({ request: post("/x", { intent: "merge", voteIds: about.slice(2), themeId: created?.id ?? "" }, coordinator.cookie), params, context: context() }));
    await run(() => pollPageAction({ request: post("/x", { intent: "hide-answer", voteId: onzin }, coordinator.cookie), params, context: context() }));
    await closeVia(coordinator.cookie, webinar.id, pollId);
    const ranked = loadAgenda().ranked.find((t) => t.themeId === created?.id);
    // Three of the three visible answers: the whole poll supports it.
    expect(ranked?.polls[0]?.share).toBe(1);
    const csv = await (await run(() => pollCsv({ request: get("/x", coordinator.cookie), params, context: context() }))).text();
    expect(csv).toContain("Onzin;ja;");
    expect(csv).toContain("Huisarts betrekken;nee;Samenwerken met de huisarts");
  });

  it("offers the webinar as a calendar file", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const webinar = makeWebinar(coordinator.id);
    const res = await run(() => icsLoader({ request: get(`/webinars/${webinar.id}/agenda.ics`, coordinator.cookie), params: { webinarId: webinar.id }, context: context() }));
    expect(res.headers.get("Content-Type")).toContain("text/calendar");
    const text = await res.text();
    expect(text).toContain("SUMMARY:Testwebinar");
    expect(text).toContain(webinar.joinCode);
  });
});

describe("a user's own votes in their data", () => {
  it("are in the download, and stay counted but anonymous after the account is deleted", async () => {
    const coordinator = await createTestUser(["coordinator"]);
    const voter = await createTestUser();
    const webinar = makeWebinar(coordinator.id);
    const pollId = makePoll(webinar.id);
    const [option] = listOptions([pollId]).map((o) => o.id);
    castVote({ pollId, voterKey: `user:${voter.id}`, userId: voter.id, payload: { optionIds: [option ?? ""] } });
    expect(exportUserData(voter.id).webinars.votes).toEqual([expect.objectContaining({ question: "Welk thema kiezen we?", vote: "Trauma" })]);
    deleteUserAccount(voter.id);
    const rows = db.select({ voterKey: votes.voterKey, userId: votes.userId }).from(votes).where(eq(votes.pollId, pollId)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.userId).toBeNull();
    expect(rows[0]?.voterKey).not.toContain(voter.id);
  });
});
