// Who may open and post to every group route: a non-member, a member, the facilitator and a
// coordinator who is not in the group. Non-members get 404, so a group's existence stays private.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, calendarDay } from "~/lib/dates";
import * as groupPage from "~/routes/groepen.$groupId._index";
import * as closePage from "~/routes/groepen.$groupId.afsluiten";
import * as meetingPage from "~/routes/groepen.$groupId.bijeenkomsten.$meetingId";
import * as newMeeting from "~/routes/groepen.$groupId.bijeenkomsten.nieuw";
import * as membersPage from "~/routes/groepen.$groupId.leden";
import * as monitorPage from "~/routes/groepen.$groupId.monitor";
import * as logEntriesPage from "~/routes/groepen.$groupId.notities._index";
import * as newLogEntry from "~/routes/groepen.$groupId.notities.nieuw";
import * as stepPage from "~/routes/groepen.$groupId.stappen.$stepId";
import * as stepsPage from "~/routes/groepen.$groupId.stappen._index";
import * as newStep from "~/routes/groepen.$groupId.stappen.nieuw";
import * as leavePage from "~/routes/groepen.$groupId.verlaten";
import * as listPage from "~/routes/groepen._index";
import * as joinPage from "~/routes/groepen.join.$code";
import * as newGroup from "~/routes/groepen.nieuw";
import * as overview from "~/routes/groepen.overzicht";
import * as overviewCsv from "~/routes/groepen.overzicht[.]csv";
import { closeGroup, getGroup, listMembers } from "~/models/groups/groups.server";
import { context, get, post, run } from "../support/fixtures";
import { makeGroup } from "../support/groups";

type Fixture = Awaited<ReturnType<typeof makeGroup>>;
type Who = "outsider" | "member" | "facilitator" | "coordinator";
type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;
type Action = (args: ActionFunctionArgs) => Promise<unknown>;

let f: Fixture;
beforeAll(async () => {
  f = await makeGroup();
});

function params() {
  return { groupId: f.groupId, stepId: f.stepId, meetingId: f.meetingId };
}

async function status(fn: Loader | Action, method: "GET" | "POST", path: string, who: Who, fields: Record<string, string> = {}) {
  const request = method === "GET" ? get(path, f[who].cookie) : post(path, fields, f[who].cookie);
  return (await run(() => fn({ request, params: params(), context: context() }))).status;
}

// Expected status per person: [outsider, member, facilitator, coordinator].
const pages: [string, Loader, (fx: Fixture) => string, [number, number, number, number]][] = [
  ["group page", groupPage.loader, (fx) => `/groepen/${fx.groupId}`, [404, 200, 200, 404]],
  ["monitor", monitorPage.loader, (fx) => `/groepen/${fx.groupId}/monitor`, [404, 200, 200, 200]],
  ["all steps", stepsPage.loader, (fx) => `/groepen/${fx.groupId}/stappen`, [404, 200, 200, 404]],
  ["new step", newStep.loader, (fx) => `/groepen/${fx.groupId}/stappen/nieuw`, [404, 200, 200, 404]],
  ["step", stepPage.loader, (fx) => `/groepen/${fx.groupId}/stappen/${fx.stepId}`, [404, 200, 200, 404]],
  ["all log entries", logEntriesPage.loader, (fx) => `/groepen/${fx.groupId}/notities`, [404, 200, 200, 404]],
  ["new log entry", newLogEntry.loader, (fx) => `/groepen/${fx.groupId}/notities/nieuw`, [404, 200, 200, 404]],
  ["new meeting", newMeeting.loader, (fx) => `/groepen/${fx.groupId}/bijeenkomsten/nieuw`, [404, 403, 200, 404]],
  ["meeting", meetingPage.loader, (fx) => `/groepen/${fx.groupId}/bijeenkomsten/${fx.meetingId}`, [404, 200, 200, 404]],
  ["members and invite", membersPage.loader, (fx) => `/groepen/${fx.groupId}/leden`, [404, 403, 200, 404]],
  ["leave", leavePage.loader, (fx) => `/groepen/${fx.groupId}/verlaten`, [404, 200, 200, 404]],
  ["close", closePage.loader, (fx) => `/groepen/${fx.groupId}/afsluiten`, [404, 403, 200, 404]],
];

const people: Who[] = ["outsider", "member", "facilitator", "coordinator"];

describe("group pages (GET)", () => {
  for (const [name, loader, path, expected] of pages) {
    it(`${name}: ${expected.join("/")} for outsider/member/facilitator/coordinator`, async () => {
      const got = [];
      for (const who of people) got.push(await status(loader, "GET", path(f), who));
      expect(got).toEqual(expected);
    });
  }

  it("sends a visitor without a session to the login page and back", async () => {
    const path = `/groepen/${f.groupId}`;
    const res = await run(() => groupPage.loader({ request: get(path), params: params(), context: context() }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/inloggen?redirectTo=${encodeURIComponent(path)}`);
  });

  it("answers 404 for a group that does not exist, also to a coordinator", async () => {
    const res = await run(() => monitorPage.loader({ request: get("/groepen/bestaat-niet/monitor", f.coordinator.cookie), params: { groupId: "bestaat-niet" }, context: context() }));
    expect(res.status).toBe(404);
  });
});

// Posts that would change something, with valid input; nothing may change for people refused.
const actions: [string, Action, (fx: Fixture) => string, (who: Who) => Record<string, string>, [number, number, number, number]][] = [
  ["add a step", newStep.action, (fx) => `/groepen/${fx.groupId}/stappen/nieuw`, (who) => ({ what: "Iets", dueOn: addDays(calendarDay(), 30), successSign: "Zichtbaar", ownerIds: f[who].id }), [404, 302, 302, 404]],
  ["change a status", stepPage.action, (fx) => `/groepen/${fx.groupId}/stappen/${fx.stepId}`, (who) => ({ status: who === "facilitator" ? "done" : "in_progress" }), [404, 302, 302, 404]],
  ["write a log entry", newLogEntry.action, (fx) => `/groepen/${fx.groupId}/notities/nieuw`, () => ({ loggedOn: calendarDay(), did: "Gedaan" }), [404, 302, 302, 404]],
  ["plan a meeting", newMeeting.action, (fx) => `/groepen/${fx.groupId}/bijeenkomsten/nieuw`, () => ({ plannedAt: `${addDays(calendarDay(), 7)}T14:00`, agenda: "Terugblik" }), [404, 403, 302, 404]],
  ["reflect on a meeting", meetingPage.action, (fx) => `/groepen/${fx.groupId}/bijeenkomsten/${fx.meetingId}`, () => ({ learned: "Veel" }), [404, 302, 302, 404]],
  ["renew the invite link", membersPage.action, (fx) => `/groepen/${fx.groupId}/leden`, () => ({ intent: "renew" }), [404, 403, 302, 404]],
];

describe("group actions (POST)", () => {
  for (const [name, action, path, fields, expected] of actions) {
    it(`${name}: ${expected.join("/")} for outsider/member/facilitator/coordinator`, async () => {
      const got = [];
      for (const who of people) got.push(await status(action, "POST", path(f), who, fields(who)));
      expect(got).toEqual(expected);
    });
  }

  it("refuses closing and leaving to outsiders and closing to plain members, and the group stays open", async () => {
    const fields = { lessons: "Samen werkt beter.", confirm: "ja" };
    for (const who of ["outsider", "coordinator"] as const) {
      expect(await status(closePage.action, "POST", `/groepen/${f.groupId}/afsluiten`, who, fields)).toBe(404);
      expect(await status(leavePage.action, "POST", `/groepen/${f.groupId}/verlaten`, who)).toBe(404);
    }
    expect(await status(closePage.action, "POST", `/groepen/${f.groupId}/afsluiten`, "member", fields)).toBe(403);
    expect(getGroup(f.groupId)?.status).toBe("active");
  });
});

describe("the coordinator's view", () => {
  it("shows a coordinator the monitor's figures and shared log entries, never the text of other log entries", async () => {
    const res = await run(() => monitorPage.loader({ request: get(`/groepen/${f.groupId}/monitor`, f.coordinator.cookie), params: params(), context: context() }));
    const text = await res.text();
    expect(text).toContain("Dit delen we met het netwerk");
    expect(text).not.toContain("Alleen voor de groep bedoeld");
    expect(text).toContain('"factor":"time"');
  });

  it("lets only coordinators open the network overview and its CSV", async () => {
    for (const who of ["outsider", "member", "facilitator"] as const) {
      expect(await status(overview.loader, "GET", "/groepen/overzicht", who)).toBe(403);
      expect(await status(overviewCsv.loader, "GET", "/groepen/overzicht.csv", who)).toBe(403);
    }
    expect(await status(overview.loader, "GET", "/groepen/overzicht", "coordinator")).toBe(200);
    const csv = await run(() => overviewCsv.loader({ request: get("/groepen/overzicht.csv", f.coordinator.cookie), params: {}, context: context() }));
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    const body = await csv.text();
    expect(body).toContain("Samen verklaren");
    expect(body).not.toContain("Alleen voor de groep bedoeld");
  });

  it("lets facilitators and coordinators form groups, and no one else", async () => {
    expect(await status(newGroup.loader, "GET", "/groepen/nieuw", "member")).toBe(403);
    expect(await status(newGroup.loader, "GET", "/groepen/nieuw", "facilitator")).toBe(200);
    expect(await status(newGroup.loader, "GET", "/groepen/nieuw", "coordinator")).toBe(200);
  });
});

describe("the list and the invite link", () => {
  it("lists my groups to members and the open group to others", async () => {
    const mine = await (await run(() => listPage.loader({ request: get("/groepen", f.member.cookie), params: {}, context: context() }))).json();
    expect(mine.mine.map((g: { id: string }) => g.id)).toContain(f.groupId);
    const other = await (await run(() => listPage.loader({ request: get("/groepen?thema=verklarende-analyse", f.outsider.cookie), params: {}, context: context() }))).json();
    expect(other.open.map((g: { id: string }) => g.id)).toContain(f.groupId);
    const filtered = await (await run(() => listPage.loader({ request: get("/groepen?thema=autisme", f.outsider.cookie), params: {}, context: context() }))).json();
    expect(filtered.open.map((g: { id: string }) => g.id)).not.toContain(f.groupId);
  });

  it("asks a visitor to log in first and brings them back to the invite", async () => {
    const code = getGroup(f.groupId)?.inviteCode ?? "";
    const res = await run(() => joinPage.loader({ request: get(`/groepen/join/${code}`), params: { code }, context: context() }));
    expect(res.headers.get("Location")).toBe(`/inloggen?redirectTo=${encodeURIComponent(`/groepen/join/${code}`)}`);
    const member = await run(() => joinPage.loader({ request: get(`/groepen/join/${code}`, f.member.cookie), params: { code }, context: context() }));
    expect(member.headers.get("Location")).toBe(`/groepen/${f.groupId}`);
    const unknown = await run(() => joinPage.loader({ request: get("/groepen/join/onbekend", f.outsider.cookie), params: { code: "onbekend" }, context: context() }));
    expect(unknown.status).toBe(404);
  });
});

describe("a closed group", () => {
  let closed: Fixture;
  beforeAll(async () => {
    closed = await makeGroup();
    closeGroup(closed.groupId, "Samen werkt beter.");
  });

  // Every write a member or facilitator could try; each must be refused and change nothing.
  const writes: [string, Action, (fx: Fixture) => string, (fx: Fixture, who: Who) => Record<string, string>, Who[]][] = [
    ["add a step", newStep.action, (fx) => `/groepen/${fx.groupId}/stappen/nieuw`, (fx, who) => ({ what: "Iets", dueOn: addDays(calendarDay(), 30), successSign: "Zichtbaar", ownerIds: fx[who].id }), ["member", "facilitator"]],
    ["change a status", stepPage.action, (fx) => `/groepen/${fx.groupId}/stappen/${fx.stepId}`, () => ({ status: "done" }), ["member", "facilitator"]],
    ["write a log entry", newLogEntry.action, (fx) => `/groepen/${fx.groupId}/notities/nieuw`, () => ({ loggedOn: calendarDay(), did: "Gedaan" }), ["member", "facilitator"]],
    ["plan a meeting", newMeeting.action, (fx) => `/groepen/${fx.groupId}/bijeenkomsten/nieuw`, () => ({ plannedAt: `${addDays(calendarDay(), 7)}T14:00`, agenda: "Terugblik" }), ["facilitator"]],
    ["reflect on a meeting", meetingPage.action, (fx) => `/groepen/${fx.groupId}/bijeenkomsten/${fx.meetingId}`, () => ({ learned: "Veel" }), ["member", "facilitator"]],
    ["renew the invite link", membersPage.action, (fx) => `/groepen/${fx.groupId}/leden`, () => ({ intent: "renew" }), ["facilitator"]],
    ["add a member", membersPage.action, (fx) => `/groepen/${fx.groupId}/leden`, (fx) => ({ intent: "add", email: fx.outsider.email, role: "professional" }), ["facilitator"]],
    ["change a member's role", membersPage.action, (fx) => `/groepen/${fx.groupId}/leden`, (fx) => ({ intent: "role", userId: fx.member.id, role: "facilitator" }), ["facilitator"]],
  ];

  for (const [name, action, path, fields, whoList] of writes) {
    it(`refuses to ${name} with a Dutch message, and nothing changes`, async () => {
      const before = { page: await snapshot(closed), members: listMembers(closed.groupId) };
      for (const who of whoList) {
        const res = await run(() => action({ request: post(path(closed), fields(closed, who), closed[who].cookie), params: { groupId: closed.groupId, stepId: closed.stepId, meetingId: closed.meetingId }, context: context() }));
        expect(res.status, who).toBe(409);
        expect((await res.json()).message).toBe("Deze groep is afgesloten. Je kunt alles nog lezen, maar niets meer toevoegen.");
      }
      expect({ page: await snapshot(closed), members: listMembers(closed.groupId) }).toEqual(before);
      expect(getGroup(closed.groupId)?.inviteCode).toBeNull();
    });
  }
});

// What the group's page shows a facilitator: steps, notes, meetings and members.
async function snapshot(fx: Fixture) {
  const res = await run(() => groupPage.loader({ request: get(`/groepen/${fx.groupId}`, fx.facilitator.cookie), params: { groupId: fx.groupId }, context: context() }));
  const data = await res.json();
  return { steps: data.openSteps, notes: data.notes, noteCount: data.noteCount, meetings: data.meetings, members: data.members, stepsTotal: data.stepsTotal };
}
