// Reflections are private to their author: no coordinator or admin reads them by any route.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reflections } from "~db/schema";
import { db } from "~/db.server";
import { deleteUserAccount } from "~/models/accounts/data.server";
import { loader as exportLoader } from "~/routes/account.gegevens";
import { loader as homeLoader } from "~/routes/_index";
import { loader as moderationLoader } from "~/routes/beheer.inbreng";
import { loader as overviewLoader } from "~/routes/modules.$slug._index";
import { loader as figuresLoader } from "~/routes/modules.$slug.cijfers";
import { loader as catalogueLoader } from "~/routes/modules._index";
import { loader as lookBackLoader } from "~/routes/voornemens.$id.terugblik";
import { loader as rootLoader } from "~/root";
import { listModules } from "~/models/learning/content.server";
import { PARTS } from "~/lib/module-parts";
import { calendarDay } from "~/lib/dates";
import { getHomeLearning } from "~/models/learning/home.server";
import { context, createTestUser, get, run } from "../support/fixtures";
import { SLUG, completeModule, partGet, partPost } from "../support/modules";

const SECRET = "GEHEIME-REFLECTIE-7f3a";

async function body(res: Response) {
  return res.text();
}

async function statusAndBody(res: Response) {
  return { status: res.status, text: await res.text() };
}

// Every page of the app that a coordinator or admin can open, with their own session.
async function everythingSeenBy(cookie: string, commitmentId: string) {
  const args = (path: string, params: Record<string, string> = {}) => ({ request: get(path, cookie), params, context: context() });
  const seen: Response[] = [
    await run(() => rootLoader(args("/"))),
    await run(() => homeLoader(args("/"))),
    await run(() => catalogueLoader(args("/modules"))),
    await run(() => moderationLoader(args("/beheer/inbreng"))),
    await run(() => exportLoader(args("/account/gegevens"))),
    await run(() => exportLoader(args(`/account/gegevens?userId=${commitmentId}`))),
    await run(() => lookBackLoader(args(`/voornemens/${commitmentId}/terugblik`, { id: commitmentId }))),
  ];
  for (const module of listModules()) {
    seen.push(await run(() => overviewLoader(args(`/modules/${module.slug}`, { slug: module.slug }))));
    seen.push(await run(() => figuresLoader(args(`/modules/${module.slug}/cijfers`, { slug: module.slug }))));
    for (const part of PARTS) seen.push(await partGet(cookie, part.slug, module.slug));
  }
  return Promise.all(seen.map(statusAndBody));
}

describe("private reflections", () => {
  it("are never shown to a coordinator or an admin, on any page or export", async () => {
    const author = await createTestUser([], "Auteur");
    await completeModule(author.cookie, (id) => `${SECRET} ${id}`);
    await partPost(author.cookie, "afsluiting", { intent: "commitment", text: "Ik vraag door.", lookBackOn: calendarDay() });
    const commitmentId = getHomeLearning(author.id).lookBacks[0]?.id ?? "";
    expect(commitmentId).not.toBe("");

    // The author reads their own answers back, so the secret is really stored.
    expect(await body(await partGet(author.cookie, "reflectie"))).toContain(SECRET);
    const own = await body(await run(() => exportLoader({ request: get("/account/gegevens", author.cookie), params: {}, context: context() })));
    expect(own).toContain(SECRET);

    for (const roles of [["coordinator"], ["admin"], ["coordinator", "admin", "expert", "facilitator"]] as const) {
      const viewer = await createTestUser([...roles]);
      const pages = await everythingSeenBy(viewer.cookie, commitmentId);
      expect(pages).toHaveLength(7 + listModules().length * (2 + PARTS.length));
      // Most pages really answered (the viewer's own empty reflection pages among them).
      expect(pages.filter((p) => p.status === 200).length).toBeGreaterThan(40);
      for (const page of pages) expect(page.text).not.toContain(SECRET);
    }
  });

  it("are removed with the author's account", async () => {
    const author = await createTestUser();
    await completeModule(author.cookie, () => "Iets persoonlijks over mijn werk");
    expect(db.select().from(reflections).where(eq(reflections.userId, author.id)).all()).toHaveLength(5);
    deleteUserAccount(author.id);
    expect(db.select().from(reflections).where(eq(reflections.userId, author.id)).all()).toHaveLength(0);
  });

  it("show up in the author's data download with the question text", async () => {
    const author = await createTestUser();
    await partPost(author.cookie, "reflectie", { intent: "reflections", "antwoord-eigen-hypothese": "Ik toets mijn idee te weinig." });
    const res = await run(() => exportLoader({ request: get("/account/gegevens", author.cookie), params: {}, context: context() }));
    const data = await res.json();
    expect(data.learning.reflections).toEqual([
      expect.objectContaining({ module: SLUG, question: "eigen-hypothese", answer: "Ik toets mijn idee te weinig.", questionText: expect.stringContaining("Denk aan een gezin") }),
    ]);
  });
});
