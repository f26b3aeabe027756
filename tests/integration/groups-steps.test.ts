// Implementation steps: owners from the group, and every status change kept with who and when.
import { describe, expect, it } from "vitest";
import { addDays, calendarDay } from "~/lib/dates";
import { getStep } from "~/models/groups/steps.server";
import * as stepPage from "~/routes/groepen.$groupId.stappen.$stepId";
import * as newStep from "~/routes/groepen.$groupId.stappen.nieuw";
import { context, createTestUser, post, run } from "../support/fixtures";
import { makeGroup } from "../support/groups";

async function changeStatus(groupId: string, stepId: string, cookie: string, fields: Record<string, string>) {
  return run(() => stepPage.action({ request: post(`/groepen/${groupId}/stappen/${stepId}`, fields, cookie), params: { groupId, stepId }, context: context() }));
}

describe("the status history of a step", () => {
  it("keeps every change in order, with who made it and why a step stopped", async () => {
    const f = await makeGroup();
    expect(getStep(f.groupId, f.stepId)?.history.map((h) => [h.from, h.to])).toEqual([[null, "planned"]]);

    expect((await changeStatus(f.groupId, f.stepId, f.member.cookie, { status: "in_progress" })).status).toBe(302);
    expect((await changeStatus(f.groupId, f.stepId, f.facilitator.cookie, { status: "stopped", reason: "Geen budget dit jaar" })).status).toBe(302);
    expect((await changeStatus(f.groupId, f.stepId, f.member.cookie, { status: "in_progress" })).status).toBe(302);

    const step = getStep(f.groupId, f.stepId);
    expect(step?.status).toBe("in_progress");
    expect(step?.stopReason).toBeNull();
    // Newest first, as the step page shows it.
    expect(step?.history.map((h) => [h.from, h.to, h.by, h.reason])).toEqual([
      ["stopped", "in_progress", "Sanne Lid", null],
      ["in_progress", "stopped", "Anouk Begeleider", "Geen budget dit jaar"],
      ["planned", "in_progress", "Sanne Lid", null],
      [null, "planned", "Sanne Lid", null],
    ]);
    for (const h of step?.history ?? []) expect(h.at).toBeInstanceOf(Date);
  });

  it("asks why when a step stops, and refuses a change to the same status; nothing is recorded", async () => {
    const f = await makeGroup();
    const noReason = await changeStatus(f.groupId, f.stepId, f.member.cookie, { status: "stopped", reason: "  " });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).errors.reason).toBe("Schrijf op waarom de stap stopt.");
    const same = await changeStatus(f.groupId, f.stepId, f.member.cookie, { status: "planned" });
    expect(same.status).toBe(400);
    expect((await same.json()).errors.status).toContain("heeft deze status al");
    const unknown = await changeStatus(f.groupId, f.stepId, f.member.cookie, { status: "half-klaar" });
    expect(unknown.status).toBe(400);
    expect(getStep(f.groupId, f.stepId)?.history).toHaveLength(1);
  });

  it("only accepts owners who are members of the group and keeps the form's values", async () => {
    const f = await makeGroup();
    const stranger = await createTestUser();
    const fields = { what: "Casus inbrengen", dueOn: addDays(calendarDay(), 30), successSign: "Besproken", ownerIds: [f.member.id, stranger.id] };
    const res = await run(() => newStep.action({ request: post(`/groepen/${f.groupId}/stappen/nieuw`, fields, f.member.cookie), params: { groupId: f.groupId }, context: context() }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.ownerIds).toBe("Kies deelnemers uit deze groep.");
    expect(body.values.what).toBe("Casus inbrengen");
    const none = await run(() =>
      newStep.action({ request: post(`/groepen/${f.groupId}/stappen/nieuw`, { ...fields, ownerIds: [] }, f.member.cookie), params: { groupId: f.groupId }, context: context() }),
    );
    expect((await none.json()).errors.ownerIds).toBe("Kies minstens één deelnemer.");
  });

  it("creates a step with several owners and shows it on its page", async () => {
    const f = await makeGroup();
    const dueOn = addDays(calendarDay(), 30);
    const fields = { what: "Uitleg voor ouders", dueOn, successSign: "Drie ouders begrijpen het", ownerIds: [f.member.id, f.facilitator.id] };
    const res = await run(() => newStep.action({ request: post(`/groepen/${f.groupId}/stappen/nieuw`, fields, f.member.cookie), params: { groupId: f.groupId }, context: context() }));
    expect(res.status).toBe(302);
    const stepId = res.headers.get("Location")?.split("/stappen/")[1]?.split("?")[0] ?? "";
    const step = getStep(f.groupId, stepId);
    expect(step?.owners.map((o) => o.name).sort()).toEqual(["Anouk Begeleider", "Sanne Lid"]);
    expect(step?.dueOn).toBe(dueOn);
  });
});
