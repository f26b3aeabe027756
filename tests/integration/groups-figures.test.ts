// The monitor, the network overview, the home block and the theme signals on the agenda.
import { describe, expect, it } from "vitest";
import { addDays, calendarDay } from "~/lib/dates";
import { homeGroupsFor } from "~/models/groups/home.server";
import { addLogEntry } from "~/models/groups/log.server";
import { monitorFigures } from "~/models/groups/monitor.server";
import { allGroupFigures } from "~/models/groups/overview.server";
import { addStep, changeStepStatus } from "~/models/groups/steps.server";
import { planMeeting } from "~/models/groups/meetings.server";
import { addMember } from "~/models/groups/groups.server";
import { createUser } from "~/models/accounts/users.server";
import * as agendaPage from "~/routes/agenda._index";
import * as groupPage from "~/routes/groepen.$groupId._index";
import * as closePage from "~/routes/groepen.$groupId.afsluiten";
import * as newLogEntry from "~/routes/groepen.$groupId.notities.nieuw";
import { context, get, post, run } from "../support/fixtures";
import { makeGroup } from "../support/groups";

const logEntry = { stepId: null, helped: "", hindered: "", next: "", shared: false, helpedFactors: [], hinderedFactors: [] };

describe("the monitor", () => {
  it("counts steps by status, finds overdue steps, log entries per week and the factors reported most", async () => {
    const f = await makeGroup();
    const today = calendarDay();
    const late = addStep(f.groupId, { what: "Te laat", ownerIds: [f.member.id], dueOn: addDays(today, -2), successSign: "x" }, f.member.id) ?? "";
    const done = addStep(f.groupId, { what: "Klaar", ownerIds: [f.member.id], dueOn: addDays(today, -2), successSign: "x" }, f.member.id) ?? "";
    changeStepStatus(f.groupId, done, { status: "done", reason: "" }, f.member.id);
    changeStepStatus(f.groupId, late, { status: "in_progress", reason: "" }, f.member.id);
    addLogEntry(f.groupId, f.facilitator.id, { ...logEntry, loggedOn: "2026-01-21", did: "b", hinderedFactors: ["time", "waiting_lists"], helpedFactors: ["school_cooperation"] });

    const m = monitorFigures(f.groupId);
    expect(m.counts).toEqual({ planned: 1, in_progress: 1, done: 1, stopped: 0 });
    expect(m.sharePercent).toBe(33);
    // The fixture's step is due in 2026-02 and the date of the test run decides whether it is late too.
    expect(m.overdue.shown.map((s) => s.what)).toContain("Te laat");
    expect(m.overdue.shown.map((s) => s.what)).not.toContain("Klaar");
    expect(m.factors.hindered).toEqual([{ factor: "time", count: 2 }, { factor: "waiting_lists", count: 1 }]);
    expect(m.factors.helped).toEqual([{ factor: "school_cooperation", count: 1 }]);
    // 2026-01-20 is a Tuesday and 2026-01-21 a Wednesday: one week, starting Monday the 19th.
    expect(m.weekly).toEqual([{ week: "2026-01-19", count: 3 }]);
    const byName = new Map(m.members.map((x) => [x.name, x.lastActivityAt]));
    expect(byName.get("Sanne Lid")).toBeTypeOf("number");
    expect(byName.get("Anouk Begeleider")).toBeTypeOf("number");
  });

  it("shows a new log entry right away, although the figures are kept between requests", async () => {
    const f = await makeGroup();
    expect(monitorFigures(f.groupId).factors.hindered).toEqual([{ factor: "time", count: 1 }]);
    const res = await run(() =>
      newLogEntry.action({
        request: post(`/groepen/${f.groupId}/notities/nieuw`, { loggedOn: calendarDay(), did: "Gesprek met school", hinderedFactors: ["privacy_rules", "time"] }, f.member.cookie),
        params: { groupId: f.groupId },
        context: context(),
      }),
    );
    expect(res.status).toBe(302);
    expect(monitorFigures(f.groupId).factors.hindered).toEqual([{ factor: "time", count: 2 }, { factor: "privacy_rules", count: 1 }]);
  });
});

// The signals the agenda page shows beside a candidate theme.
interface ShownSignals {
  activeGroups: number;
  closedGroups: number;
  lessons: string[];
  topHindering: { factor: string; label: string; count: number }[];
}
async function themeSignals(cookie: string, themeId: string): Promise<ShownSignals> {
  const res = await run(() => agendaPage.loader({ request: get("/agenda", cookie), params: {}, context: context() }));
  const agenda: { ranked: { themeId: string; signals: ShownSignals }[]; unsupported: { id: string; signals: ShownSignals }[] } = await res.json();
  const theme = [...agenda.ranked.map((t) => ({ id: t.themeId, signals: t.signals })), ...agenda.unsupported].find((t) => t.id === themeId);
  if (!theme) throw new Error(`${themeId} is not on the agenda`);
  return theme.signals;
}

describe("closing a group", () => {
  it("turns its lessons and hindering factors into signals for the theme", async () => {
    const f = await makeGroup();
    const before = await themeSignals(f.member.cookie, "thema-verklarende-analyse");
    const res = await run(() =>
      closePage.action({ request: post(`/groepen/${f.groupId}/afsluiten`, { lessons: "Spreek rollen vooraf af." }, f.facilitator.cookie), params: { groupId: f.groupId }, context: context() }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).errors.confirm).toBe("Vink aan dat je de groep wilt afsluiten.");

    const closed = await run(() =>
      closePage.action({ request: post(`/groepen/${f.groupId}/afsluiten`, { lessons: "Spreek rollen vooraf af.", confirm: "ja" }, f.facilitator.cookie), params: { groupId: f.groupId }, context: context() }),
    );
    expect(closed.status).toBe(302);
    const after = await themeSignals(f.member.cookie, "thema-verklarende-analyse");
    expect(after.closedGroups).toBe(before.closedGroups + 1);
    expect(after.activeGroups).toBe(before.activeGroups - 1);
    expect(after.lessons[0]).toBe("Spreek rollen vooraf af.");
    expect(after.topHindering.find((h) => h.factor === "time")).toMatchObject({ label: "Tijd" });

    // A closed group can be read, not changed.
    const write = await run(() =>
      newLogEntry.action({ request: post(`/groepen/${f.groupId}/notities/nieuw`, { loggedOn: "2026-01-22", did: "Nog iets" }, f.member.cookie), params: { groupId: f.groupId }, context: context() }),
    );
    expect(write.status).toBe(409);
  });
});

describe("the network overview", () => {
  it("has one row per group with its figures, and none of the log entries' text", async () => {
    const f = await makeGroup();
    const row = allGroupFigures().find((r) => r.id === f.groupId);
    expect(row).toMatchObject({ name: "Samen verklaren", themeSlug: "verklarende-analyse", networkSlug: "gelderland", members: 2, experts: 0, organisations: 1, stepsTotal: 1 });
    expect(row?.hindering).toEqual([{ factor: "time", count: 1 }]);
    expect(JSON.stringify(allGroupFigures())).not.toContain("Alleen voor de groep bedoeld");
  });
});

describe("the home block", () => {
  it("shows my steps due this week, others' new log entries and meetings ahead", async () => {
    const f = await makeGroup();
    const today = calendarDay();
    addStep(f.groupId, { what: "Deze week", ownerIds: [f.member.id], dueOn: today, successSign: "x" }, f.member.id);
    addStep(f.groupId, { what: "Volgende maand", ownerIds: [f.member.id], dueOn: addDays(today, 40), successSign: "x" }, f.member.id);
    addLogEntry(f.groupId, f.facilitator.id, { ...logEntry, loggedOn: today, did: "Nieuw van de begeleider" });
    planMeeting(f.groupId, { plannedAt: Date.now() + 3 * 86_400_000, agenda: "Volgende keer" });

    const home = homeGroupsFor(f.member.id);
    expect(home.stepsDue.map((s) => s.what)).toContain("Deze week");
    expect(home.stepsDue.map((s) => s.what)).not.toContain("Volgende maand");
    // My own log entries are not news to me.
    expect(home.newLogEntries.map((n) => n.did)).toEqual(["Nieuw van de begeleider"]);
    expect(home.meetings).toHaveLength(1);
    expect(homeGroupsFor(f.outsider.id).groupCount).toBe(0);
  });
});

describe("the group page's notices", () => {
  it("says plainly when no experiential expert takes part and everyone comes from one organisation", async () => {
    const f = await makeGroup();
    const load = async () =>
      (await run(() => groupPage.loader({ request: get(`/groepen/${f.groupId}`, f.member.cookie), params: { groupId: f.groupId }, context: context() }))).json();
    expect((await load()).notices).toMatchObject({ noExpert: true, oneOrganisation: true, noFacilitator: false });
    const expertId = await createUser({ name: "Mo Ervaring", email: "mo-ervaring@voorbeeld.nl", password: "een-goed-wachtwoord", organisationId: "org-gld-ervaring", networkId: "net-gelderland" });
    addMember(f.groupId, expertId, "expert");
    expect((await load()).notices).toMatchObject({ noExpert: false, oneOrganisation: false });
  });
});
