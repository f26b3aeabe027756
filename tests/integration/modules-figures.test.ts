import { describe, expect, it } from "vitest";
import { seed } from "~db/seed";
import { db } from "~/db.server";
import { calendarDay } from "~/lib/dates";
import { listApproved, listForReview } from "~/models/learning/contributions.server";
import { getHomeLearning } from "~/models/learning/home.server";
import { getProgress, saveLookBack } from "~/models/learning/progress.server";
import { loader as figuresLoader } from "~/routes/modules.$slug.cijfers";
import { context, createTestUser, get, run } from "../support/fixtures";
import { SLUG, completeModule, partPost } from "../support/modules";

const figures = (cookie: string) => run(() => figuresLoader({ request: get(`/modules/${SLUG}/cijfers`, cookie), params: { slug: SLUG }, context: context() }));

describe("coordinator figures per module", () => {
  it("count starts, completions, commitments and look-backs, with what helped or hindered", async () => {
    const first = await createTestUser();
    const second = await createTestUser();
    const third = await createTestUser();
    await completeModule(first.cookie, () => "privé", "Ik teken de analyse samen met het gezin.");
    await completeModule(second.cookie, () => "");
    await partPost(third.cookie, "kennis", { intent: "next" });
    const due = await partPost(first.cookie, "afsluiting", { intent: "commitment", text: "Nog een stap.", lookBackOn: calendarDay() });
    expect(due.status).toBe(302);
    const id = getHomeLearning(first.id).lookBacks[0]?.id ?? "";
    saveLookBack(first.id, id, { outcome: "partly", helped: "Een collega die meedacht", hindered: "Te weinig tijd" });

    const coordinator = await createTestUser(["coordinator"]);
    const res = await figures(coordinator.cookie);
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.figures).toMatchObject({
      started: 3,
      completed: 2,
      commitments: 3,
      lookBacks: 1,
      outcomes: { done: 0, partly: 1, not_yet: 0 },
      helped: ["Een collega die meedacht"],
      hindered: ["Te weinig tijd"],
    });
    expect(data.figures.medianMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(data)).not.toContain("Ik teken de analyse");
  });

  it("are for coordinators only", async () => {
    for (const roles of [[], ["admin"], ["expert", "facilitator"]] as const) {
      const user = await createTestUser([...roles]);
      expect((await figures(user.cookie)).status).toBe(403);
    }
  });
});

describe("demo data", () => {
  it("gives the demo participant a completed module with a look-back due today and one in progress", async () => {
    await seed(db, { demo: true });
    const home = getHomeLearning("demo-deelnemer");
    expect(home.lookBacks).toEqual([expect.objectContaining({ lookBackOn: calendarDay(), moduleTitle: expect.stringContaining("Luisteren") })]);
    expect(home.resume).toMatchObject({ slug: "onderwijs-als-prioriteit", part: 3 });
    expect(getProgress("demo-deelnemer", "luisteren-en-samenwerken").status).toBe("completed");
    expect(listApproved("verklarende-analyse")).toHaveLength(1);
    expect(listForReview().pending).toHaveLength(1);
  });
});
