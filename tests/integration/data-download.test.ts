// The data download is complete: every column that points at a user is either in the download
// (checked with a marker written through the app) or listed in decision 015 with a reason. A new
// table or column that points at users fails here until someone decides which it is.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sqlite } from "~/db.server";
import { reviewContribution, addContribution } from "~/models/learning/contributions.server";
import { addCommitment, markPartDone, saveLookBack, saveReflections } from "~/models/learning/progress.server";
import { addLogEntry } from "~/models/groups/log.server";
import { planMeeting } from "~/models/groups/meetings.server";
import { addStep, changeStepStatus } from "~/models/groups/steps.server";
import { addMember, createGroup } from "~/models/groups/groups.server";
import { chooseTheme } from "~/models/webinars/decisions.server";
import { createCandidateTheme } from "~/models/webinars/themes.server";
import { castVote } from "~/models/webinars/votes.server";
import { action as accountAction } from "~/routes/account";
import { loader as dataLoader } from "~/routes/account.gegevens";
import { action as meetingAction, loader as meetingLoader } from "~/routes/groepen.$groupId.bijeenkomsten.$meetingId";
import { TEST_PASSWORD, context, createTestUser, get, post, run } from "../support/fixtures";
import { GROUP_FORM } from "../support/groups";
import { makePoll, makeWebinar } from "../support/webinar-fixtures";

interface Column {
  table: string;
  column: string;
}

// Every column that points at users: by foreign key, or by a name that says so (in case a new
// column forgets its foreign key).
function userColumns(): string[] {
  const tables = sqlite
    .prepare<[], { name: string }>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'")
    .all()
    .map((t) => t.name);
  const found = new Set<string>();
  for (const table of tables) {
    for (const fk of sqlite.pragma(`foreign_key_list(${table})`) as { table: string; from: string }[]) {
      if (fk.table === "users") found.add(`${table}.${fk.from}`);
    }
    for (const col of sqlite.pragma(`table_info(${table})`) as { name: string }[]) {
      if (/(^|_)(user_id|author_id)$|_by$/.test(col.name)) found.add(`${table}.${col.name}`);
    }
  }
  return [...found].sort();
}

function listedInDecision(): Set<string> {
  const dir = path.resolve("docs/decisions");
  const file = fs.readdirSync(dir).find((name) => name.startsWith("015-"));
  const text = fs.readFileSync(path.join(dir, file ?? "missing"), "utf8");
  const section = text.slice(text.indexOf("**Not in the download**"), text.indexOf("**Deleting an account**"));
  // List items that start with the column: "  - `sessions.user_id` — why".
  return new Set([...section.matchAll(/^\s*- `([a-z_]+\.[a-z_]+)` —/gm)].map((m) => m[1] ?? ""));
}

const MARK = "Kenmerk" + Math.random().toString(36).slice(2, 8);

// Writes one row for every column the download covers, each with its own marker, through the models.
async function personWithEverything() {
  const me = await createTestUser(["coordinator", "facilitator", "expert"], `Mira ${MARK}`);
  const other = await createTestUser(["expert"], "Ander Persoon");
  const themeId = createCandidateTheme({ title: `Thema ${MARK}`, description: "", reason: "Vaak genoemd", networkId: null, origin: "coordinator" }, me.id);
  const groupId = createGroup({ ...GROUP_FORM, name: `Groep ${MARK}`, moduleSlug: null, maxSize: 12 }, me.id);
  addMember(groupId, other.id, "professional");
  const ownStep = addStep(groupId, { what: `Eigen stap ${MARK}`, ownerIds: [me.id], dueOn: "2026-03-01", successSign: "Gedaan" }, me.id) ?? "";
  addStep(groupId, { what: `Stap voor een ander ${MARK}`, ownerIds: [other.id], dueOn: "2026-03-01", successSign: "Gedaan" }, me.id);
  changeStepStatus(groupId, ownStep, { status: "stopped", reason: `Reden ${MARK}` }, me.id);
  addLogEntry(groupId, me.id, { loggedOn: "2026-01-20", stepId: null, did: `Notitie ${MARK}`, helped: "", hindered: "", next: "", helpedFactors: [], hinderedFactors: [], shared: false });
  const meetingId = planMeeting(groupId, { plannedAt: Date.parse("2026-01-10T13:00:00Z"), agenda: "Kennismaken" });
  const reflected = await run(() =>
    meetingAction({ request: post(`/groepen/${groupId}/bijeenkomsten/${meetingId}`, { learned: `Geleerd ${MARK}`, adapt: "" }, me.cookie), params: { groupId, meetingId }, context: context() }),
  );
  expect(reflected.status).toBe(302);
  markPartDone(me.id, "verklarende-analyse", 1);
  saveReflections(me.id, "verklarende-analyse", { "eigen-hypothese": `Reflectie ${MARK}` });
  const commitment = addCommitment(me.id, "verklarende-analyse", { text: `Voornemen ${MARK}`, lookBackOn: "2026-01-01" });
  saveLookBack(me.id, commitment, { outcome: "partly", helped: `Hielp ${MARK}`, hindered: "" });
  addContribution(me.id, "verklarende-analyse", { kind: "do", perspective: "parent", displayName: "", text: `Inbreng ${MARK}` });
  const theirs = addContribution(other.id, "ouders-ondersteunen", { kind: "story", perspective: "youth", displayName: "", text: "Verhaal van een ander" });
  reviewContribution(theirs, "approved", me.id);
  const webinar = makeWebinar(me.id);
  const pollId = makePoll(webinar.id, { question: `Vraag ${MARK}` });
  const option = sqlite.prepare<[string], { id: string }>("select id from poll_options where poll_id = ? order by position").get(pollId);
  expect(castVote({ pollId, voterKey: `user:${me.id}`, userId: me.id, payload: { optionIds: [option?.id ?? ""] } })).toBe("saved");
  chooseTheme(themeId, { rationale: `Besluit ${MARK}`, networkId: null, pollIds: [] }, me.id);
  return { me, other, groupId, meetingId, webinarTitle: webinar.title };
}

type Download = Record<string, Record<string, unknown[]> | unknown>;
const section = (data: Download, area: string, key: string) => JSON.stringify((data[area] as Record<string, unknown[]>)[key] ?? null);

// Column -> where the download shows it, and what it must contain.
const COVERED: Record<string, (data: Download, webinarTitle: string) => [string, string]> = {
  "role_grants.user_id": (d) => [JSON.stringify(d.roles), "coordinator"],
  "themes.created_by": (d) => [section(d, "webinars", "themesCreated"), `Thema ${MARK}`],
  "groups.created_by": (d) => [section(d, "groups", "groupsCreated"), `Groep ${MARK}`],
  "group_members.user_id": (d) => [section(d, "groups", "memberships"), `Groep ${MARK}`],
  "steps.created_by": (d) => [section(d, "groups", "stepsCreated"), `Stap voor een ander ${MARK}`],
  "step_owners.user_id": (d) => [section(d, "groups", "steps"), `Eigen stap ${MARK}`],
  "step_status_changes.changed_by": (d) => [section(d, "groups", "statusChanges"), `Reden ${MARK}`],
  "log_entries.author_id": (d) => [section(d, "groups", "notes"), `Notitie ${MARK}`],
  "meetings.reflected_by": (d) => [section(d, "groups", "meetingReflections"), `Geleerd ${MARK}`],
  "module_progress.user_id": (d) => [section(d, "learning", "modules"), "verklarende-analyse"],
  "part_progress.user_id": (d) => [section(d, "learning", "modules"), '"partsDone":[{"part":1'],
  "reflections.user_id": (d) => [section(d, "learning", "reflections"), `Reflectie ${MARK}`],
  "commitments.user_id": (d) => [section(d, "learning", "commitments"), `Hielp ${MARK}`],
  "expert_contributions.user_id": (d) => [section(d, "learning", "contributions"), `Inbreng ${MARK}`],
  "expert_contributions.reviewed_by": (d) => [section(d, "learning", "reviews"), "ouders-ondersteunen"],
  "webinars.created_by": (d, title) => [section(d, "webinars", "webinarsCreated"), title],
  "votes.user_id": (d) => [section(d, "webinars", "votes"), `Vraag ${MARK}`],
  "decisions.decided_by": (d) => [section(d, "webinars", "decisions"), `Besluit ${MARK}`],
};

async function download(cookie: string): Promise<Download> {
  const res = await run(() => dataLoader({ request: get("/account/gegevens", cookie), params: {}, context: context() }));
  expect(res.status).toBe(200);
  return JSON.parse(await res.text());
}

describe("the data download", () => {
  it("covers every column that points at a user, or decision 015 says why not", () => {
    const excluded = listedInDecision();
    const columns = userColumns();
    const undecided = columns.filter((c) => !(c in COVERED) && !excluded.has(c));
    expect(undecided, "add these to the download or to decision 015").toEqual([]);
    expect(columns.filter((c) => c in COVERED && excluded.has(c)), "both downloaded and listed as not").toEqual([]);
    // No stale entries on either side.
    expect(Object.keys(COVERED).filter((c) => !columns.includes(c))).toEqual([]);
    expect([...excluded].filter((c) => !columns.includes(c))).toEqual([]);
  });

  it("holds what the user created and wrote, in every covered place", async () => {
    const { me, webinarTitle } = await personWithEverything();
    const data = await download(me.cookie);
    expect((data.account as { name: string }).name).toBe(`Mira ${MARK}`);
    for (const [column, where] of Object.entries(COVERED)) {
      const [text, expected] = where(data, webinarTitle);
      expect(text, column).toContain(expected);
    }
    // Someone else's contribution text is theirs: a review shows the outcome, not the text.
    expect(JSON.stringify(data)).not.toContain("Verhaal van een ander");
  });

  it("shows who wrote a meeting's reflection", async () => {
    const { me, other, groupId, meetingId } = await personWithEverything();
    const res = await run(() => meetingLoader({ request: get(`/groepen/${groupId}/bijeenkomsten/${meetingId}`, other.cookie), params: { groupId, meetingId }, context: context() }));
    expect((await res.json()).meeting.reflectedBy).toBe(me.name);
  });
});

describe("deleting an account", () => {
  it("leaves no row pointing at the person; shared records stay, anonymised", async () => {
    const { me, other, groupId, meetingId } = await personWithEverything();
    const res = await run(() => accountAction({ request: post("/account", { intent: "delete", password: TEST_PASSWORD }, me.cookie), params: {}, context: context() }));
    expect(res.status).toBe(302);
    const left = userColumns().map((c): Column & { n: number } => {
      const [table = "", column = ""] = c.split(".");
      const n = sqlite.prepare<[string], { n: number }>(`select count(*) as n from ${table} where ${column} = ?`).get(me.id)?.n ?? 0;
      return { table, column, n };
    });
    expect(left.filter((c) => c.n > 0)).toEqual([]);
    // The group keeps its reflection, without a name.
    const page = await run(() => meetingLoader({ request: get(`/groepen/${groupId}/bijeenkomsten/${meetingId}`, other.cookie), params: { groupId, meetingId }, context: context() }));
    const { meeting } = await page.json();
    expect(meeting.learned).toBe(`Geleerd ${MARK}`);
    expect(meeting.reflectedBy).toBeNull();
  });
});
