// Every action route, probed over HTTP like an attacker or a broken client would: JSON, plain
// text, broken and cut-off multipart bodies, and every field sent twice. Each answer must be a
// 400 with a Dutch message and no stack trace, and the database must not change.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createSession, dayFromToday, demoEmail, openDb } from "./support";

type Who = Parameters<typeof demoEmail>[0] | "anonymous";

interface Probe {
  who: Who;
  path: string;
  // A plausible form for the route: sent with each field twice (a form's intent stays single,
  // so the probe reaches that form's own fields). Routes without fields get only the bad bodies.
  fields: Record<string, string>;
}

const GROUP = "/groepen/demo-groep-verklarende-analyse";
const WEBINAR = "/webinars/demo-webinar-volgend";

// Ids from the demo data that the seed does not fix.
function demoIds() {
  const db = openDb();
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { id: string } | undefined)?.id ?? "ontbreekt";
    return {
      stepId: one("select id from steps where group_id = 'demo-groep-verklarende-analyse' limit 1"),
      optionId: one("select id from poll_options where poll_id = 'demo-poll-volgend-1' limit 1"),
      candidateId: one("select id from themes where status = 'candidate' and merged_into_id is null order by id limit 1"),
      otherCandidateId: one("select id from themes where status = 'candidate' and merged_into_id is null order by id desc limit 1"),
    };
  } finally {
    db.close();
  }
}

function probes(ids: ReturnType<typeof demoIds>): Record<string, Probe> {
  const today = dayFromToday();
  return {
    "inloggen.tsx": { who: "anonymous", path: "/inloggen", fields: { email: demoEmail("deelnemer"), password: "leercirkel-demo", redirectTo: "/" } },
    "registreren.tsx": {
      who: "anonymous",
      path: "/registreren",
      fields: { name: "Nieuwe Collega", email: "nieuw@voorbeeld.nl", password: "een-lang-wachtwoord", organisationId: "org-gld-toegang-1", networkId: "net-gelderland" },
    },
    "uitloggen.tsx": { who: "deelnemer", path: "/uitloggen", fields: {} },
    "account.tsx": { who: "deelnemer", path: "/account", fields: { intent: "password", currentPassword: "leercirkel-demo", newPassword: "een-ander-wachtwoord" } },
    "modules.$slug._index.tsx": { who: "deelnemer", path: "/modules/verklarende-analyse", fields: {} },
    "modules.$slug.$part.tsx": { who: "deelnemer", path: "/modules/verklarende-analyse/afsluiting", fields: { intent: "commitment", text: "Ik bel de school.", lookBackOn: today } },
    "voornemens.$id.terugblik.tsx": { who: "deelnemer", path: "/voornemens/demo-voornemen-1/terugblik", fields: { outcome: "done", helped: "Een briefje", hindered: "" } },
    "groepen.nieuw.tsx": {
      who: "begeleider",
      path: "/groepen/nieuw",
      fields: { name: "Proefgroep", themeId: "thema-verklarende-analyse", intendedChange: "Samen", networkId: "net-gelderland", startsOn: today, endsOn: dayFromToday(90), rhythm: "Maandelijks", maxSize: "12" },
    },
    "groepen.join.$code.tsx": { who: "coordinator", path: "/groepen/join/demo-verklaren", fields: {} },
    "groepen.$groupId.afsluiten.tsx": { who: "begeleider", path: `${GROUP}/afsluiten`, fields: { lessons: "Rollen vooraf afspreken.", confirm: "ja" } },
    "groepen.$groupId.verlaten.tsx": { who: "deelnemer", path: `${GROUP}/verlaten`, fields: {} },
    "groepen.$groupId.leden.tsx": { who: "begeleider", path: `${GROUP}/leden`, fields: { intent: "add", email: demoEmail("beheerder"), role: "professional" } },
    "groepen.$groupId.notities.nieuw.tsx": { who: "deelnemer", path: `${GROUP}/notities/nieuw`, fields: { loggedOn: today, did: "Gesprek gevoerd", shared: "on" } },
    "groepen.$groupId.stappen.nieuw.tsx": { who: "deelnemer", path: `${GROUP}/stappen/nieuw`, fields: { what: "Iets doen", dueOn: dayFromToday(30), successSign: "We zien het", ownerIds: "demo-deelnemer" } },
    "groepen.$groupId.stappen.$stepId.tsx": { who: "deelnemer", path: `${GROUP}/stappen/${ids.stepId}`, fields: { status: "stopped", reason: "Geen tijd" } },
    "groepen.$groupId.bijeenkomsten.nieuw.tsx": { who: "begeleider", path: `${GROUP}/bijeenkomsten/nieuw`, fields: { plannedAt: `${dayFromToday(7)}T14:00`, agenda: "Terugblik" } },
    "groepen.$groupId.bijeenkomsten.$meetingId.tsx": { who: "deelnemer", path: `${GROUP}/bijeenkomsten/demo-bijeenkomst-1`, fields: { learned: "Veel", adapt: "Vaker bellen" } },
    "webinars.nieuw.tsx": { who: "coordinator", path: "/webinars/nieuw", fields: { title: "Proefwebinar", date: dayFromToday(14), time: "15:30", networkId: "net-gelderland" } },
    "webinars.$webinarId._index.tsx": { who: "coordinator", path: WEBINAR, fields: { pollId: "demo-poll-volgend-1", intent: "close" } },
    "webinars.$webinarId.presentatie.tsx": { who: "coordinator", path: `${WEBINAR}/presentatie`, fields: { pollId: "demo-poll-volgend-1", intent: "close" } },
    "webinars.$webinarId.peilingen.nieuw.tsx": {
      who: "coordinator",
      path: `${WEBINAR}/peilingen/nieuw`,
      fields: { question: "Wat vind je?", type: "open", resultsVisibility: "after_vote", anonymous: "on" },
    },
    "webinars.$webinarId.peilingen.$pollId._index.tsx": { who: "coordinator", path: `${WEBINAR}/peilingen/demo-poll-volgend-1`, fields: { intent: "close", pollId: "demo-poll-volgend-1" } },
    "stem.$code.tsx": { who: "anonymous", path: "/stem/LEER26", fields: { pollId: "demo-poll-volgend-1", option: ids.optionId } },
    "agenda.thema-nieuw.tsx": { who: "coordinator", path: "/agenda/thema-nieuw", fields: { title: "Proefthema", reason: "Omdat het speelt", description: "", networkId: "" } },
    "agenda.samenvoegen.tsx": { who: "coordinator", path: "/agenda/samenvoegen", fields: { sourceId: ids.candidateId, targetId: ids.otherCandidateId, confirm: "ja" } },
    "agenda.kiezen.$themeId.tsx": { who: "coordinator", path: `/agenda/kiezen/${ids.candidateId}`, fields: { rationale: "Het speelt overal.", networkId: "" } },
    "agenda.besluiten.$decisionId.tsx": { who: "coordinator", path: "/agenda/besluiten/demo-besluit-verklarende-analyse", fields: { intent: "status", status: "closed" } },
    "beheer.gebruikers.tsx": { who: "beheerder", path: "/beheer/gebruikers", fields: { userId: "demo-deelnemer", role: "expert", intent: "grant", q: "" } },
    "beheer.inbreng.tsx": { who: "coordinator", path: "/beheer/inbreng", fields: { id: "demo-inbreng-1", decision: "reject" } },
  };
}

const BOUNDARY = "----leercirkel-probe";
const BAD_BODIES: { name: string; contentType: string; body: string }[] = [
  { name: "JSON", contentType: "application/json", body: JSON.stringify({ email: "x@voorbeeld.nl", intent: "next" }) },
  { name: "plain text", contentType: "text/plain;charset=UTF-8", body: "intent=next\r\nemail=x@voorbeeld.nl" },
  { name: "broken multipart", contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: "dit is geen multipart" },
  { name: "multipart without a boundary", contentType: "multipart/form-data", body: `--${BOUNDARY}\r\n` },
  {
    name: "cut-off multipart",
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nnext\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="text"\r\n\r\nhalverw`,
  },
];

const UNREADABLE = "We konden het formulier niet lezen.";
// What a field sent twice may be answered with: the field's message, the vote's, or a 400 page.
const SENT_TWICE = ["Vul dit veld één keer in.", "Maak een keuze.", "Dit verzoek klopt niet.", "Je stem kwam dubbel binnen"];

// Every table's rows, hashed: equal fingerprints mean nothing was written.
function fingerprint(): string {
  const db = openDb();
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name").all() as { name: string }[];
    const hash = createHash("sha256");
    for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`select * from "${name}" order by rowid`).all()));
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

function twice(fields: Record<string, string>): string {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    body.append(key, value);
    if (key !== "intent") body.append(key, `${value}-nogmaals`);
  }
  return body.toString();
}

async function send(request: APIRequestContext, probe: Probe, cookie: string, contentType: string, body: string) {
  const response = await request.post(probe.path, {
    headers: { "Content-Type": contentType, ...(cookie ? { Cookie: cookie } : {}) },
    data: Buffer.from(body),
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}

function expectSafe(result: { status: number; text: string }, label: string) {
  expect(result.status, label).toBe(400);
  expect(result.text, `${label}: no stack trace`).not.toMatch(/\n\s+at \S|node:internal|TypeError|SyntaxError/);
  expect(result.text, `${label}: no English validation text`).not.toMatch(/Expected \w+, received|String must contain|Invalid input/);
}

test("every action answers a body no form sends with a Dutch 400 and saves nothing", async ({ request }) => {
  test.setTimeout(180_000);
  const table = probes(demoIds());
  const routesWithAction = fs
    .readdirSync("app/routes")
    .filter((file) => /export async function action\b/.test(fs.readFileSync(`app/routes/${file}`, "utf8")))
    .sort();
  expect(Object.keys(table).sort(), "a probe for every route with an action").toEqual(routesWithAction);

  // Each guard lets its user through, so the body is read; UNREADABLE below proves that it was.
  const cookies = new Map<Who, string>([["anonymous", ""]]);
  for (const { who } of Object.values(table)) {
    if (!cookies.has(who) && who !== "anonymous") cookies.set(who, `leercirkel_session=${createSession(demoEmail(who))}`);
  }
  const before = fingerprint();

  for (const [route, probe] of Object.entries(table)) {
    const cookie = cookies.get(probe.who) ?? "";
    for (const bad of BAD_BODIES) {
      const label = `${route} with ${bad.name}`;
      const result = await send(request, probe, cookie, bad.contentType, bad.body);
      expectSafe(result, label);
      expect(result.text, label).toContain(UNREADABLE);
    }
    if (Object.keys(probe.fields).length > 0) {
      const label = `${route} with every field twice`;
      const result = await send(request, probe, cookie, "application/x-www-form-urlencoded", twice(probe.fields));
      expectSafe(result, label);
      expect(SENT_TWICE.some((message) => result.text.includes(message)), `${label}: a Dutch message`).toBe(true);
    }
    expect(fingerprint(), `${route}: nothing saved`).toBe(before);
  }
});
