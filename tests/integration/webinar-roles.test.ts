import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decisions, polls, themes, votes, webinars } from "~db/schema";
import { db } from "~/db.server";
import { castVote } from "~/models/webinars/votes.server";
import { loader as agendaCsv } from "~/routes/agenda[.csv]";
import { action as decisionAction } from "~/routes/agenda.besluiten.$decisionId";
import { action as chooseAction } from "~/routes/agenda.kiezen.$themeId";
import { action as mergeThemesAction } from "~/routes/agenda.samenvoegen";
import { action as newThemeAction } from "~/routes/agenda.thema-nieuw";
import { action as webinarAction, loader as webinarLoader } from "~/routes/webinars.$webinarId._index";
import { loader as liveLoader } from "~/routes/webinars.$webinarId.live";
import { action as pollPageAction, loader as pollPageLoader } from "~/routes/webinars.$webinarId.peilingen.$pollId._index";
import { loader as pollCsv } from "~/routes/webinars.$webinarId.peilingen.$pollId.resultaten[.csv]";
import { action as newPollAction } from "~/routes/webinars.$webinarId.peilingen.nieuw";
import { action as presenterAction, loader as presenterLoader } from "~/routes/webinars.$webinarId.presentatie";
import { action as newWebinarAction } from "~/routes/webinars.nieuw";
import { context, createTestUser, get, post, run } from "../support/fixtures";
import { makePoll, makeWebinar } from "../support/webinar-fixtures";

function pollState(pollId: string) {
  return db.select({ status: polls.status, showResults: polls.showResults }).from(polls).where(eq(polls.id, pollId)).get();
}

describe("only coordinators act on webinars, polls, answers and the agenda", async () => {
  const coordinator = await createTestUser(["coordinator"]);
  const webinar = makeWebinar(coordinator.id);
  const draft = makePoll(webinar.id, {}, false);
  const open = makePoll(webinar.id, { type: "open", options: [] });
  castVote({ pollId: open, voterKey: "device:x", userId: null, payload: { text: "Meer over wachtlijsten" } });
  const answerId = db.select({ id: votes.id }).from(votes).where(eq(votes.pollId, open)).get()?.id ?? "";
  const params = { webinarId: webinar.id };

  for (const roles of [[], ["expert"], ["facilitator"], ["admin"]] as const) {
    it(`refuses ${roles.join(", ") || "a participant"} with 403 and changes nothing`, async () => {
      const user = await createTestUser([...roles]);
      const attempts: (() => Promise<unknown>)[] = [
        () => webinarAction({ request: post(`/webinars/${webinar.id}`, { pollId: draft, intent: "open" }, user.cookie), params, context: context() }),
        () => presenterAction({ request: post(`/webinars/${webinar.id}/presentatie`, { pollId: open, intent: "close" }, user.cookie), params, context: context() }),
        () => presenterAction({ request: post(`/webinars/${webinar.id}/presentatie`, { pollId: draft, intent: "show" }, user.cookie), params, context: context() }),
        () => pollPageAction({ request: post("/x", { intent: "hide-answer", voteId: answerId }, user.cookie), params: { ...params, pollId: open }, context: context() }),
        () => pollPageAction({ request: post("/x", { intent: "merge", voteIds: answerId, newTitle: "Wachttijd" }, user.cookie), params: { ...params, pollId: open }, context: context() }),
        () => newPollAction({ request: post("/x", { question: "Vraag?", type: "open", resultsVisibility: "after_vote" }, user.cookie), params, context: context() }),
        () => newWebinarAction({ request: post("/webinars/nieuw", { title: "Nieuw", date: "2026-06-01", time: "10:00", networkId: "net-gelderland" }, user.cookie), params: {}, context: context() }),
        () => newThemeAction({ request: post("/agenda/thema-nieuw", { title: "Nieuw thema", reason: "Omdat" }, user.cookie), params: {}, context: context() }),
        () => mergeThemesAction({ request: post("/agenda/samenvoegen", { sourceId: "thema-autisme", targetId: "thema-trauma", confirm: "ja" }, user.cookie), params: {}, context: context() }),
        () => chooseAction({ request: post("/x", { rationale: "Omdat het moet." }, user.cookie), params: { themeId: "thema-trauma" }, context: context() }),
        () => decisionAction({ request: post("/x", { intent: "status", status: "closed" }, user.cookie), params: { decisionId: "onbekend" }, context: context() }),
        () => presenterLoader({ request: get(`/webinars/${webinar.id}/presentatie`, user.cookie), params, context: context() }),
        () => liveLoader({ request: get(`/webinars/${webinar.id}/live`, user.cookie), params, context: context() }),
        () => pollPageLoader({ request: get("/x", user.cookie), params: { ...params, pollId: open }, context: context() }),
        () => pollCsv({ request: get("/x", user.cookie), params: { ...params, pollId: open }, context: context() }),
        () => agendaCsv({ request: get("/agenda.csv", user.cookie), params: {}, context: context() }),
      ];
      for (const attempt of attempts) expect((await run(attempt)).status).toBe(403);
      expect(pollState(draft)).toEqual({ status: "draft", showResults: false });
      expect(pollState(open)?.status).toBe("open");
      expect(db.select({ hidden: votes.hidden, merged: votes.mergedThemeId }).from(votes).where(eq(votes.id, answerId)).get()).toEqual({ hidden: false, merged: null });
      expect(db.select({ status: themes.status, mergedIntoId: themes.mergedIntoId }).from(themes).where(eq(themes.id, "thema-autisme")).get()).toEqual({ status: "candidate", mergedIntoId: null });
      expect(db.select().from(decisions).all()).toHaveLength(0);
      expect(db.select().from(webinars).all()).toHaveLength(1);
    });
  }

  it("lets participants read the webinar, without management data", async () => {
    const participant = await createTestUser();
    const res = await run(() => webinarLoader({ request: get(`/webinars/${webinar.id}`, participant.cookie), params, context: context() }));
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.isCoordinator).toBe(false);
    // Open polls show no counts and no answers to participants.
    expect(data.polls.every((p: { voters: number | null; results: unknown }) => p.voters === null && p.results === null)).toBe(true);
  });

  it("lets a coordinator open, show, hide and close a poll", async () => {
    const poll = makePoll(webinar.id, {}, false);
    for (const intent of ["open", "show", "hide", "close"]) {
      const res = await run(() => webinarAction({ request: post(`/webinars/${webinar.id}`, { pollId: poll, intent }, coordinator.cookie), params, context: context() }));
      expect(res.status).toBe(302);
    }
    expect(pollState(poll)).toEqual({ status: "closed", showResults: false });
    // Opening it again is not possible: a closed poll stays closed.
    const again = await run(() => webinarAction({ request: post(`/webinars/${webinar.id}`, { pollId: poll, intent: "open" }, coordinator.cookie), params, context: context() }));
    expect(again.headers.get("Location")).toContain("melding=niet-mogelijk");
    expect(pollState(poll)?.status).toBe("closed");
  });
});
