// The personal-data guard on every free text of the module area, and experiential input.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commitments, expertContributions, reflections } from "~db/schema";
import { db } from "~/db.server";
import { addDays, calendarDay, formatDay } from "~/lib/dates";
import { getHomeLearning } from "~/models/learning/home.server";
import { action as moderationAction, loader as moderationLoader } from "~/routes/beheer.inbreng";
import { action as lookBackAction } from "~/routes/voornemens.$id.terugblik";
import { context, createTestUser, get, post, run } from "../support/fixtures";
import { partGet, partPost } from "../support/modules";

const REFUSED = [
  ["a valid BSN", "Het gaat om 111222333 uit de wijk."],
  ["a BSN with dots", "nummer 123.456.782"],
  ["a date of birth", "geboren 3 maart 2015"],
  ["a numeric date", "sinds 12-10-2010"],
  ["a BSN with dashes", "nummer 123-456-782"],
  ["a mobile number", "bel 06-12345678"],
  ["a mobile number with a slash", "bel 06/12345678"],
  ["an international number", "+31 6 12 34 56 78"],
  ["an e-mail address", "mail naar moeder@voorbeeld.nl"],
  ["an e-mail address written with at", "mail naar moeder at voorbeeld.nl"],
] as const;
const ALLOWED = [
  ["an invalid BSN", "dossiernummer 123456789"],
  ["plain text", "Ik vraag het gezin wat zij zelf denken."],
  ["a year and a count", "In 2024 sprak ik 12 gezinnen."],
  ["a meeting date ahead", `Op ${formatDay(addDays(calendarDay(), 10))} bespreek ik dit met mijn team.`],
  ["an amount", "Daar is 123.456.782 euro voor begroot."],
] as const;
// The kind that was found, then advice on what to write instead.
const MESSAGE = /^Je tekst lijkt .* te bevatten\. Schrijf /;

const rowsOf = (table: typeof reflections | typeof commitments | typeof expertContributions, userId: string) =>
  db.select().from(table).where(eq(table.userId, userId)).all().length;

describe("personal-data guard", () => {
  it.each(REFUSED)("refuses %s in a reflection, a commitment and a contribution, saving nothing", async (_kind, text) => {
    const user = await createTestUser(["expert"]);
    const reflection = await partPost(user.cookie, "reflectie", { intent: "reflections", "antwoord-eigen-hypothese": text });
    expect(reflection.status).toBe(400);
    const body = await reflection.json();
    expect(body.errors["antwoord-eigen-hypothese"]).toMatch(MESSAGE);
    expect(body.values["antwoord-eigen-hypothese"]).toBe(text);
    const commitment = await partPost(user.cookie, "afsluiting", { intent: "commitment", text, lookBackOn: "" });
    expect(commitment.status).toBe(400);
    expect((await commitment.json()).errors.text).toMatch(MESSAGE);
    const contribution = await partPost(user.cookie, "ervaringsdeskundigen", { intent: "contribution", kind: "do", perspective: "parent", displayName: "", text });
    expect(contribution.status).toBe(400);
    expect((await contribution.json()).errors.text).toMatch(MESSAGE);
    expect([rowsOf(reflections, user.id), rowsOf(commitments, user.id), rowsOf(expertContributions, user.id)]).toEqual([0, 0, 0]);
  });

  it.each(ALLOWED)("accepts %s", async (_kind, text) => {
    const user = await createTestUser(["expert"]);
    expect((await partPost(user.cookie, "reflectie", { intent: "reflections", "antwoord-eigen-hypothese": text })).status).toBe(302);
    expect((await partPost(user.cookie, "afsluiting", { intent: "commitment", text, lookBackOn: "" })).status).toBe(302);
    expect((await partPost(user.cookie, "ervaringsdeskundigen", { intent: "contribution", kind: "story", perspective: "youth", displayName: "", text })).status).toBe(302);
    expect([rowsOf(reflections, user.id), rowsOf(commitments, user.id), rowsOf(expertContributions, user.id)]).toEqual([1, 1, 1]);
  });

  it("guards what helped and what hindered in a look-back", async () => {
    const user = await createTestUser();
    await partPost(user.cookie, "afsluiting", { intent: "commitment", text: "Ik bel de mentor.", lookBackOn: calendarDay() });
    const id = getHomeLearning(user.id).lookBacks[0]?.id ?? "";
    const res = await run(() =>
      lookBackAction({ request: post(`/voornemens/${id}/terugblik`, { outcome: "done", helped: "", hindered: "moeder@voorbeeld.nl reageerde niet" }, user.cookie), params: { id }, context: context() }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).errors.hindered).toMatch(MESSAGE);
    expect(getHomeLearning(user.id).lookBacks).toHaveLength(1);
  });
});

describe("experiential input", () => {
  const contribution = (text: string) => ({ intent: "contribution", kind: "do", perspective: "parent", displayName: "Mo", text });

  it("allows at most 1,500 characters", async () => {
    const expert = await createTestUser(["expert"]);
    const long = await partPost(expert.cookie, "ervaringsdeskundigen", contribution("a".repeat(1501)));
    expect(long.status).toBe(400);
    expect((await long.json()).errors.text).toBe("Gebruik maximaal 1500 tekens.");
    expect((await partPost(expert.cookie, "ervaringsdeskundigen", contribution("a".repeat(1500)))).status).toBe(302);
  });

  it("is only for experiential experts", async () => {
    const participant = await createTestUser();
    expect((await partPost(participant.cookie, "ervaringsdeskundigen", contribution("Luister eerst."))).status).toBe(403);
    expect(rowsOf(expertContributions, participant.id)).toBe(0);
  });

  it("appears in part 3 only after a coordinator approves it, as plain text", async () => {
    const expert = await createTestUser(["expert"]);
    const reader = await createTestUser();
    const text = "<script>alert(1)</script> Vraag ouders wat zij al geprobeerd hebben.";
    await partPost(expert.cookie, "ervaringsdeskundigen", contribution(text));
    const approvedTexts = async () => ((await (await partGet(reader.cookie, "ervaringsdeskundigen")).json()).approved as { text: string }[]).map((c) => c.text);
    expect(await approvedTexts()).toEqual([]);
    const own = (await (await partGet(expert.cookie, "ervaringsdeskundigen")).json()).own;
    expect(own).toEqual([expect.objectContaining({ text, status: "pending" })]);

    const id = db.select({ id: expertContributions.id }).from(expertContributions).where(eq(expertContributions.userId, expert.id)).get()?.id ?? "";
    for (const roles of [[], ["expert"], ["admin"]] as const) {
      const other = await createTestUser([...roles]);
      expect((await run(() => moderationLoader({ request: get("/beheer/inbreng", other.cookie), params: {}, context: context() }))).status).toBe(403);
      const refused = await run(() => moderationAction({ request: post("/beheer/inbreng", { id, decision: "approve" }, other.cookie), params: {}, context: context() }));
      expect(refused.status).toBe(403);
    }
    expect(await approvedTexts()).toEqual([]);

    const coordinator = await createTestUser(["coordinator"]);
    const page = await (await run(() => moderationLoader({ request: get(`/beheer/inbreng?afwijzen=${id}`, coordinator.cookie), params: {}, context: context() }))).json();
    expect(page.pending.map((c: { id: string }) => c.id)).toContain(id);
    expect(page.confirm.id).toBe(id);
    const approve = await run(() => moderationAction({ request: post("/beheer/inbreng", { id, decision: "approve" }, coordinator.cookie), params: {}, context: context() }));
    expect(approve.headers.get("Location")).toBe("/beheer/inbreng?melding=goedgekeurd");
    expect(await approvedTexts()).toEqual([text]);

    await run(() => moderationAction({ request: post("/beheer/inbreng", { id, decision: "reject" }, coordinator.cookie), params: {}, context: context() }));
    expect(await approvedTexts()).toEqual([]);
  });
});
