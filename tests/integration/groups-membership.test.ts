// Joining, leaving and deleting an account: the group keeps its history.
import { describe, expect, it } from "vitest";
import { deleteUserAccount, exportUserData } from "~/models/accounts/data.server";
import { listLogEntries } from "~/models/groups/log.server";
import { getStep } from "~/models/groups/steps.server";
import { getGroup, listMembers, memberRole } from "~/models/groups/groups.server";
import * as groupPage from "~/routes/groepen.$groupId._index";
import * as membersPage from "~/routes/groepen.$groupId.leden";
import * as leavePage from "~/routes/groepen.$groupId.verlaten";
import * as joinPage from "~/routes/groepen.join.$code";
import { context, createTestUser, get, post, run } from "../support/fixtures";
import { makeGroup } from "../support/groups";

async function leave(groupId: string, cookie: string) {
  return run(() => leavePage.action({ request: post(`/groepen/${groupId}/verlaten`, {}, cookie), params: { groupId }, context: context() }));
}

describe("leaving a group", () => {
  it("gives the leaver's steps to the facilitator and keeps their log entries", async () => {
    const f = await makeGroup();
    const confirm = await run(() => leavePage.loader({ request: get(`/groepen/${f.groupId}/verlaten`, f.member.cookie), params: { groupId: f.groupId }, context: context() }));
    expect(confirm.status).toBe(200);
    expect(memberRole(f.groupId, f.member.id)).toBe("professional");

    const res = await leave(f.groupId, f.member.cookie);
    expect(res.status).toBe(302);
    expect(memberRole(f.groupId, f.member.id)).toBeNull();
    expect(getStep(f.groupId, f.stepId)?.owners.map((o) => o.name)).toEqual(["Anouk Begeleider"]);
    expect(listLogEntries(f.groupId, 10).map((e) => e.author)).toEqual(["Sanne Lid", "Sanne Lid"]);
    const after = await run(() => groupPage.loader({ request: get(`/groepen/${f.groupId}`, f.member.cookie), params: { groupId: f.groupId }, context: context() }));
    expect(after.status).toBe(404);
  });

  it("keeps the last facilitator from leaving until someone else facilitates", async () => {
    const f = await makeGroup();
    expect((await leave(f.groupId, f.facilitator.cookie)).status).toBe(409);
    expect(memberRole(f.groupId, f.facilitator.id)).toBe("facilitator");

    // Demoting the only facilitator is refused too.
    const demote = await run(() =>
      membersPage.action({ request: post(`/groepen/${f.groupId}/leden`, { intent: "role", userId: f.facilitator.id, role: "professional" }, f.facilitator.cookie), params: { groupId: f.groupId }, context: context() }),
    );
    expect(demote.status).toBe(400);

    await run(() =>
      membersPage.action({ request: post(`/groepen/${f.groupId}/leden`, { intent: "role", userId: f.member.id, role: "facilitator" }, f.facilitator.cookie), params: { groupId: f.groupId }, context: context() }),
    );
    expect((await leave(f.groupId, f.facilitator.cookie)).status).toBe(302);
    expect(listMembers(f.groupId).map((m) => [m.name, m.role])).toEqual([["Sanne Lid", "facilitator"]]);
  });
});

describe("deleting an account", () => {
  it("anonymises the person's log entries, hands their steps to the facilitator and keeps the group", async () => {
    const f = await makeGroup();
    const exported = exportUserData(f.member.id);
    expect(exported.groups.memberships.map((m) => [m.group, m.role])).toEqual([["Samen verklaren", "professional"]]);
    expect(exported.groups.notes.map((n) => n.did).sort()).toEqual(["Alleen voor de groep bedoeld", "Dit delen we met het netwerk"]);
    expect(exported.groups.notes.find((n) => n.did === "Alleen voor de groep bedoeld")?.hinderedFactors).toEqual(["time"]);
    expect(exported.groups.steps.map((s) => s.what)).toEqual(["Vaste vraag bij de intake"]);
    expect(exported.groups.statusChanges).toHaveLength(1);

    deleteUserAccount(f.member.id);

    expect(getGroup(f.groupId)?.name).toBe("Samen verklaren");
    const entries = listLogEntries(f.groupId, 10);
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.author)).toEqual([null, null]);
    expect(getStep(f.groupId, f.stepId)?.owners.map((o) => o.name)).toEqual(["Anouk Begeleider"]);
    expect(getStep(f.groupId, f.stepId)?.history[0]?.by).toBeNull();
    // The group page shows the log entries, without a name ("Oud-deelnemer" in the interface).
    const page = await run(() => groupPage.loader({ request: get(`/groepen/${f.groupId}`, f.facilitator.cookie), params: { groupId: f.groupId }, context: context() }));
    const data = await page.json();
    expect(data.logEntries.map((n: { author: string | null }) => n.author)).toEqual([null, null]);
  });
});

describe("joining by invite link", () => {
  async function join(code: string, cookie: string) {
    return run(() => joinPage.action({ request: post(`/groepen/join/${code}`, {}, cookie), params: { code }, context: context() }));
  }

  it("adds an experiential expert as such, once, and stops at the maximum size", async () => {
    const f = await makeGroup();
    const code = getGroup(f.groupId)?.inviteCode ?? "";
    const expert = await createTestUser(["expert"], "Mo Ervaring");
    const res = await join(code, expert.cookie);
    expect(res.headers.get("Location")).toBe(`/groepen/${f.groupId}?melding=lid`);
    expect(memberRole(f.groupId, expert.id)).toBe("expert");
    expect((await join(code, expert.cookie)).headers.get("Location")).toBe(`/groepen/${f.groupId}`);

    // The group holds 12; fill it up and the next person is told it is full.
    for (let i = listMembers(f.groupId).length; i < 12; i++) await join(code, (await createTestUser()).cookie);
    const late = await createTestUser();
    const full = await join(code, late.cookie);
    expect(full.status).toBe(409);
    expect((await full.json()).error).toContain("vol");
    expect(memberRole(f.groupId, late.id)).toBeNull();
  });

  it("stops working once the facilitator renews or switches off the link", async () => {
    const f = await makeGroup();
    const oldCode = getGroup(f.groupId)?.inviteCode ?? "";
    const manage = (fields: Record<string, string>) =>
      run(() => membersPage.action({ request: post(`/groepen/${f.groupId}/leden`, fields, f.facilitator.cookie), params: { groupId: f.groupId }, context: context() }));
    await manage({ intent: "renew" });
    const newCode = getGroup(f.groupId)?.inviteCode ?? "";
    expect(newCode).not.toBe(oldCode);
    expect((await join(oldCode, f.outsider.cookie)).status).toBe(404);
    await manage({ intent: "disable" });
    expect(getGroup(f.groupId)?.inviteCode).toBeNull();
    expect((await join(newCode, f.outsider.cookie)).status).toBe(404);
    expect(memberRole(f.groupId, f.outsider.id)).toBeNull();
  });

  it("lets the facilitator add someone who has an account, by e-mail", async () => {
    const f = await makeGroup();
    const manage = (fields: Record<string, string>) =>
      run(() => membersPage.action({ request: post(`/groepen/${f.groupId}/leden`, fields, f.facilitator.cookie), params: { groupId: f.groupId }, context: context() }));
    const unknown = await manage({ intent: "add", email: "niemand@voorbeeld.nl", role: "professional" });
    expect((await unknown.json()).errors.email).toContain("geen account");
    const added = await manage({ intent: "add", email: f.outsider.email.toUpperCase(), role: "expert" });
    expect(added.status).toBe(302);
    expect(memberRole(f.groupId, f.outsider.id)).toBe("expert");
    const again = await manage({ intent: "add", email: f.outsider.email, role: "expert" });
    expect((await again.json()).errors.email).toBe("Deze persoon is al lid van de groep.");
  });
});
