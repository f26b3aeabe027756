import { describe, expect, it } from "vitest";
import { calendarDay, addDays } from "~/lib/dates";
import { getHomeLearning } from "~/models/learning/home.server";
import { getProgress } from "~/models/learning/progress.server";
import { action as overviewAction, loader as overviewLoader } from "~/routes/modules.$slug._index";
import { loader as catalogueLoader } from "~/routes/modules._index";
import { action as lookBackAction } from "~/routes/voornemens.$id.terugblik";
import { context, createTestUser, get, post, run } from "../support/fixtures";
import { SLUG, answers, completeModule, partGet, partPost } from "../support/modules";

async function catalogueStatus(cookie: string, slug = SLUG) {
  const res = await run(() => catalogueLoader({ request: get("/modules", cookie), params: {}, context: context() }));
  const data: { items: { slug: string; status: string }[] } = await res.json();
  return data.items.find((m) => m.slug === slug)?.status;
}

describe("progress through a module", () => {
  it("records each part, resumes at the first open part and completes after all five", async () => {
    const user = await createTestUser();
    expect(await catalogueStatus(user.cookie)).toBe("not_started");

    const start = await run(() => overviewAction({ request: post(`/modules/${SLUG}`, {}, user.cookie), params: { slug: SLUG }, context: context() }));
    expect(start.headers.get("Location")).toBe(`/modules/${SLUG}/kennis`);
    expect(await catalogueStatus(user.cookie)).toBe("in_progress");

    const next = await partPost(user.cookie, "kennis", { intent: "next" });
    expect(next.status).toBe(302);
    expect(next.headers.get("Location")).toBe(`/modules/${SLUG}/toepassen`);
    await partPost(user.cookie, "toepassen", { intent: "next" });
    expect(getProgress(user.id, SLUG)).toMatchObject({ status: "in_progress", doneParts: [1, 2], resumePart: 3 });
    const overview = await (await run(() => overviewLoader({ request: get(`/modules/${SLUG}`, user.cookie), params: { slug: SLUG }, context: context() }))).json();
    expect(overview.progress.resumePart).toBe(3);
    expect(getHomeLearning(user.id).resume).toEqual({ slug: SLUG, title: "Verklarende analyse: samen met jeugdige en ouders", part: 3 });

    await partPost(user.cookie, "ervaringsdeskundigen", { intent: "next" });
    const saved = await partPost(user.cookie, "reflectie", { intent: "reflections", ...answers((id) => `Mijn antwoord op ${id}`) });
    expect(saved.headers.get("Location")).toBe(`/modules/${SLUG}/reflectie?melding=bewaard`);
    expect(getProgress(user.id, SLUG).doneParts).toEqual([1, 2, 3]);
    await partPost(user.cookie, "reflectie", { intent: "reflections-next", ...answers((id) => `Mijn antwoord op ${id}`) });
    const done = await partPost(user.cookie, "afsluiting", { intent: "commitment", text: "Ik plan de analyse samen met het gezin.", lookBackOn: addDays(calendarDay(), 7) });
    expect(done.headers.get("Location")).toBe(`/modules/${SLUG}/afsluiting`);
    expect(getProgress(user.id, SLUG).status).toBe("completed");
    expect(await catalogueStatus(user.cookie)).toBe("completed");
    expect(getHomeLearning(user.id).resume).toBeNull();

    const closing = await (await partGet(user.cookie, "afsluiting")).json();
    expect(closing.commitments.map((c: { text: string }) => c.text)).toEqual(["Ik plan de analyse samen met het gezin."]);
    expect(closing.themeTitle).toBe("Verklarende analyse");
  });

  it("is not completed when only the last part is done", async () => {
    const user = await createTestUser();
    await partPost(user.cookie, "afsluiting", { intent: "finish" });
    expect(getProgress(user.id, SLUG)).toMatchObject({ status: "in_progress", doneParts: [5], resumePart: 1 });
  });

  it("keeps reflection answers editable and removes an emptied one", async () => {
    const user = await createTestUser();
    await partPost(user.cookie, "reflectie", { intent: "reflections", ...answers(() => "Eerste versie") });
    await partPost(user.cookie, "reflectie", { intent: "reflections", ...answers((id) => (id === "eigen-hypothese" ? "Tweede versie" : "")) });
    const data = await (await partGet(user.cookie, "reflectie")).json();
    expect(data.answers).toEqual({ "antwoord-eigen-hypothese": "Tweede versie" });
    // A field that was not sent leaves its answer alone.
    await partPost(user.cookie, "reflectie", { intent: "reflections", "antwoord-analyse-bijstellen": "Met mijn team" });
    const later = await (await partGet(user.cookie, "reflectie")).json();
    expect(later.answers).toEqual({ "antwoord-eigen-hypothese": "Tweede versie", "antwoord-analyse-bijstellen": "Met mijn team" });
  });

  it("refuses a look-back day in the past and an unknown intent", async () => {
    const user = await createTestUser();
    const res = await partPost(user.cookie, "afsluiting", { intent: "commitment", text: "Iets doen.", lookBackOn: addDays(calendarDay(), -1) });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.lookBackOn).toBe("Kies een datum vanaf vandaag, tot uiterlijk een jaar vooruit.");
    expect(getProgress(user.id, SLUG).status).toBe("not_started");
    expect((await partPost(user.cookie, "kennis", { intent: "commitment", text: "x" })).status).toBe(400);
    expect((await partGet(user.cookie, "onbekend")).status).toBe(404);
    expect((await partGet(user.cookie, "kennis", "bestaat-niet")).status).toBe(404);
  });

  it("asks on the home page how a commitment went once its day has come, and stores the answer", async () => {
    const user = await createTestUser();
    await completeModule(user.cookie, () => "");
    await partPost(user.cookie, "afsluiting", { intent: "commitment", text: "Ik bel de school.", lookBackOn: calendarDay() });
    const due = getHomeLearning(user.id).lookBacks;
    expect(due.map((c) => c.text)).toEqual(["Ik bel de school."]);
    const id = due[0]?.id ?? "";

    const bad = await run(() => lookBackAction({ request: post(`/voornemens/${id}/terugblik`, { helped: "x" }, user.cookie), params: { id }, context: context() }));
    expect(bad.status).toBe(400);
    const ok = await run(() =>
      lookBackAction({ request: post(`/voornemens/${id}/terugblik`, { outcome: "partly", helped: "Een collega", hindered: "" }, user.cookie), params: { id }, context: context() }),
    );
    expect(ok.headers.get("Location")).toBe("/?melding=terugblik");
    expect(getHomeLearning(user.id).lookBacks).toEqual([]);

    const other = await createTestUser();
    const foreign = await run(() =>
      lookBackAction({ request: post(`/voornemens/${id}/terugblik`, { outcome: "done" }, other.cookie), params: { id }, context: context() }),
    );
    expect(foreign.status).toBe(404);
  });

  it("sends a visitor who is not logged in to the login page", async () => {
    const res = await run(() => catalogueLoader({ request: get("/modules"), params: {}, context: context() }));
    expect(res.headers.get("Location")).toBe("/inloggen?redirectTo=%2Fmodules");
  });
});

describe("a commitment form sent twice", () => {
  it("saves one commitment, while a fresh form saves the next", async () => {
    const user = await createTestUser();
    const first = await (await partGet(user.cookie, "afsluiting")).json();
    const fields = { intent: "commitment", text: "Ik vraag het gezin eerst wat zij zelf denken.", lookBackOn: "", submissionId: first.submissionId };
    expect((await partPost(user.cookie, "afsluiting", fields)).status).toBe(302);
    expect((await partPost(user.cookie, "afsluiting", fields)).status).toBe(302);
    const again = await (await partGet(user.cookie, "afsluiting")).json();
    expect(again.commitments).toHaveLength(1);
    expect(again.submissionId).not.toBe(first.submissionId);
    await partPost(user.cookie, "afsluiting", { ...fields, text: "En ik plan een terugblik.", submissionId: again.submissionId });
    expect((await (await partGet(user.cookie, "afsluiting")).json()).commitments).toHaveLength(2);
  });
});
