// Every free-text field of the group forms refuses text that looks like a client's personal data:
// a Dutch message on the field, the values kept, and nothing saved.
import type { ActionFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, calendarDay } from "~/lib/dates";
import { sqlite } from "~/db.server";
import { nl } from "~/i18n/nl";
import type { PersonalDataKind } from "~/lib/personal-data";
import * as closePage from "~/routes/groepen.$groupId.afsluiten";
import * as meetingPage from "~/routes/groepen.$groupId.bijeenkomsten.$meetingId";
import * as newMeeting from "~/routes/groepen.$groupId.bijeenkomsten.nieuw";
import * as newLogEntry from "~/routes/groepen.$groupId.notities.nieuw";
import * as stepPage from "~/routes/groepen.$groupId.stappen.$stepId";
import * as newStep from "~/routes/groepen.$groupId.stappen.nieuw";
import * as newGroup from "~/routes/groepen.nieuw";
import { context, post, run } from "../support/fixtures";
import { GROUP_FORM, makeGroup } from "../support/groups";

type Fixture = Awaited<ReturnType<typeof makeGroup>>;
let f: Fixture;
beforeAll(async () => {
  f = await makeGroup();
});

// Text with a phone number, a date of birth, a BSN and an e-mail address in turn.
const SAMPLES: [PersonalDataKind, string][] = [
  ["phone", "Bel moeder op 06-12345678 voor de afspraak."],
  ["birthdate", "Jongen geboren op 12-03-2011, zit thuis."],
  ["bsn", "Dossier met BSN 111.222.333 besproken."],
  ["email", "Mail vader via j.jansen [at] voorbeeld.nl."],
];

// The sentence naming the kind, followed by advice on what to write instead.
const messageFor = (kind: PersonalDataKind) => `${nl.privacy.found(nl.privacy.kinds[kind])} Schrijf `;

// A snapshot of everything a group form could have written.
function footprint() {
  return sqlite
    .prepare(
      `select (select count(*) from groups) + (select count(*) from steps) + (select count(*) from step_status_changes) + (select count(*) from log_entries)
        + (select count(*) from meetings) + (select count(*) from meetings where learned is not null) + (select count(*) from groups where status = 'closed') as n`,
    )
    .pluck()
    .get();
}

interface Form {
  name: string;
  action: (args: ActionFunctionArgs) => Promise<unknown>;
  path: () => string;
  params: () => Record<string, string>;
  cookie: () => string;
  valid: () => Record<string, string | string[]>;
  fields: string[];
}

const forms: Form[] = [
  { name: "new group", action: newGroup.action, path: () => "/groepen/nieuw", params: () => ({}), cookie: () => f.facilitator.cookie, valid: () => ({ ...GROUP_FORM, startsOn: calendarDay(), endsOn: addDays(calendarDay(), 90) }), fields: ["name", "intendedChange", "rhythm"] },
  {
    name: "new step",
    action: newStep.action,
    path: () => `/groepen/${f.groupId}/stappen/nieuw`,
    params: () => ({ groupId: f.groupId }),
    cookie: () => f.member.cookie,
    valid: () => ({ what: "Vaste vraag", ownerIds: [f.member.id], dueOn: addDays(calendarDay(), 30), successSign: "Tien intakes" }),
    fields: ["what", "successSign"],
  },
  {
    name: "status change",
    action: stepPage.action,
    path: () => `/groepen/${f.groupId}/stappen/${f.stepId}`,
    params: () => ({ groupId: f.groupId, stepId: f.stepId }),
    cookie: () => f.member.cookie,
    valid: () => ({ status: "stopped", reason: "Geen tijd" }),
    fields: ["reason"],
  },
  {
    name: "log entry",
    action: newLogEntry.action,
    path: () => `/groepen/${f.groupId}/notities/nieuw`,
    params: () => ({ groupId: f.groupId }),
    cookie: () => f.member.cookie,
    valid: () => ({ loggedOn: calendarDay(), did: "Gedaan", helped: "Steun", hindered: "Tijd", next: "Verder", hinderedFactors: ["time"] }),
    fields: ["did", "helped", "hindered", "next"],
  },
  {
    name: "meeting",
    action: newMeeting.action,
    path: () => `/groepen/${f.groupId}/bijeenkomsten/nieuw`,
    params: () => ({ groupId: f.groupId }),
    cookie: () => f.facilitator.cookie,
    valid: () => ({ plannedAt: `${addDays(calendarDay(), 7)}T14:00`, agenda: "Terugblik" }),
    fields: ["agenda"],
  },
  {
    name: "meeting reflection",
    action: meetingPage.action,
    path: () => `/groepen/${f.groupId}/bijeenkomsten/${f.meetingId}`,
    params: () => ({ groupId: f.groupId, meetingId: f.meetingId }),
    cookie: () => f.member.cookie,
    valid: () => ({ learned: "Samen gaat het beter", adapt: "Vaker bellen met school" }),
    fields: ["learned", "adapt"],
  },
  {
    name: "closing",
    action: closePage.action,
    path: () => `/groepen/${f.groupId}/afsluiten`,
    params: () => ({ groupId: f.groupId }),
    cookie: () => f.facilitator.cookie,
    valid: () => ({ lessons: "Plan vaste tijd in.", confirm: "ja" }),
    fields: ["lessons"],
  },
];

describe("the personal-data guard on every free-text field", () => {
  for (const form of forms) {
    for (const field of form.fields) {
      it(`${form.name}: ${field}`, async () => {
        for (const [kind, text] of SAMPLES) {
          const before = footprint();
          const fields = { ...form.valid(), [field]: text };
          const res = await run(() => form.action({ request: post(form.path(), fields, form.cookie()), params: form.params(), context: context() }));
          expect(res.status).toBe(400);
          const body = await res.json();
          expect(body.errors[field].startsWith(messageFor(kind)), body.errors[field]).toBe(true);
          expect(body.values[field]).toBe(text);
          expect(footprint()).toBe(before);
        }
      });
    }
  }

  it("saves the same forms once the text is clean (so the checks above can fail)", async () => {
    for (const form of forms) {
      const res = await run(() => form.action({ request: post(form.path(), form.valid(), form.cookie()), params: form.params(), context: context() }));
      expect(res.status, form.name).toBe(302);
    }
  });
});
