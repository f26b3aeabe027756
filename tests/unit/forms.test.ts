import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays, addYears, calendarDay } from "~/lib/dates";
import { formIntent, parseForm, readForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { StepSchema, GroupSchema, LogEntrySchema, MeetingSchema } from "~/lib/schemas/groups";
import { CommitmentSchema } from "~/lib/schemas/learning.server";
import { PollSchema, WebinarSchema } from "~/lib/schemas/webinars";

function body(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

function post(contentType: string, payload: string): Request {
  return new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": contentType }, body: payload });
}

async function thrownBy(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("nothing was thrown");
}

const Text = z.object({ title: z.string().max(200), count: z.coerce.number().int().min(1).max(5) });

describe("reading a form post", () => {
  it("refuses what a form cannot send with a Dutch 400", async () => {
    const bodies = [
      post("application/json", '{"title":"x"}'),
      post("text/plain", "title=x"),
      post("multipart/form-data; boundary=XYZ", '--XYZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nafgebroken'),
      post("multipart/form-data", "geen grens"),
    ];
    for (const request of bodies) {
      const response = await thrownBy(readForm(request));
      expect(response.status).toBe(400);
      expect((await response.json()).message).toMatch(/^We konden het formulier niet lezen\./);
    }
  });

  it("reads an ordinary form and keeps the typed values, but never a password", async () => {
    const form = await parseForm(body([["title", "Hallo"], ["count", "3"], ["password", "geheim"]]), Text);
    expect(form).toEqual({ ok: true, data: { title: "Hallo", count: 3 }, values: { title: "Hallo", count: "3" } });
  });
});

describe("Dutch messages for every check", () => {
  it("answers a field sent twice, and zod's own checks, in Dutch", async () => {
    const twice = await parseForm(body([["title", "a"], ["title", "b"], ["count", "9"]]), Text);
    expect(twice).toMatchObject({ ok: false, errors: { title: "Vul dit veld één keer in.", count: "Vul een getal in van maximaal 5." } });
    const tooLong = await parseForm(body([["title", "x".repeat(201)], ["count", "nul"]]), Text);
    expect(tooLong).toMatchObject({ ok: false, errors: { title: "Gebruik maximaal 200 tekens.", count: "Vul een getal in." } });
    const missing = await parseForm(body([]), Text);
    expect(missing).toMatchObject({ ok: false, errors: { title: "Vul dit veld in." } });
    expect(z.string().safeParse(3).error?.issues[0]?.message).toBe("Vul hier tekst in.");
    expect(z.array(z.string()).min(2).safeParse(["a"]).error?.issues[0]?.message).toBe("Kies er minimaal 2.");
    expect(z.enum(["a", "b"]).safeParse("c").error?.issues[0]?.message).toBe("Maak een keuze.");
  });

  it("keeps a field's own message", async () => {
    const form = await parseForm(body([["maxSize", "1"]]), GroupSchema);
    expect(form).toMatchObject({ ok: false, errors: { maxSize: "Kies een aantal van 2 tot en met 100." } });
  });

  it("refuses a single checkbox or choice sent twice, but not a checkbox group", async () => {
    const fields: [string, string][] = [["loggedOn", calendarDay()], ["did", "Gedaan"], ["shared", "on"], ["shared", "on"], ["helpedFactors", "time"], ["helpedFactors", "funding"]];
    expect(await parseForm(body(fields), LogEntrySchema)).toMatchObject({ ok: false, errors: { shared: "Vul dit veld één keer in." } });
    const group = await parseForm(body(fields.filter(([key]) => key !== "shared")), LogEntrySchema);
    expect(group).toMatchObject({ ok: true, data: { helpedFactors: ["time", "funding"], shared: false } });
  });

  it("takes one intent, and refuses none, an unknown one or two", () => {
    expect(formIntent(body([["intent", "add"]]), ["add", "role"])).toBe("add");
    for (const fields of [[], [["intent", "drop"]], [["intent", "add"], ["intent", "role"]]] as [string, string][][]) {
      expect(() => formIntent(body(fields), ["add", "role"])).toThrow(Response);
    }
  });
});

describe("date ranges per field", () => {
  const today = calendarDay();
  const dueOn = (day: string) => StepSchema.safeParse({ what: "x", ownerIds: "u1", successSign: "y", dueOn: day });
  const message = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues[0]?.message;

  it("refuses impossible and absurd dates with a message that says what fits", () => {
    expect(message(dueOn("2026-02-30"))).toBe("Vul een geldige datum in.");
    expect(message(dueOn("0000-01-01"))).toBe("Vul een geldige datum in.");
    expect(message(dueOn("9999-12-31"))).toMatch(/^Kies een datum van \d+ \w+ \d{4} tot en met \d+ \w+ \d{4}\.$/);
  });

  it("accepts a step's due date from a year back to three years ahead", () => {
    for (const day of [addYears(today, -1), today, addYears(today, 3)]) expect(dueOn(day).success, day).toBe(true);
    for (const day of [addDays(addYears(today, -1), -1), addDays(addYears(today, 3), 1)]) expect(dueOn(day).success, day).toBe(false);
  });

  it("keeps a note's day in the past year, up to today", () => {
    const note = (loggedOn: string) => LogEntrySchema.safeParse({ loggedOn, did: "x" }).success;
    expect([note(addYears(today, -1)), note(today), note(addDays(today, 1))]).toEqual([true, true, false]);
  });

  it("lets a group start up to two years ahead and end up to five", () => {
    const group = (startsOn: string, endsOn: string) => GroupSchema.safeParse({ name: "G", themeId: "t", intendedChange: "x", rhythm: "r", maxSize: "5", startsOn, endsOn }).success;
    expect(group(today, addYears(today, 5))).toBe(true);
    expect(group(addDays(addYears(today, 2), 1), addYears(today, 3))).toBe(false);
    expect(group(today, addDays(addYears(today, 5), 1))).toBe(false);
  });

  it("takes a look-back day from today up to a year ahead", () => {
    const lookBack = (lookBackOn: string) => CommitmentSchema.safeParse({ text: "Ik bel de school.", lookBackOn });
    expect(lookBack(addYears(today, 1)).success).toBe(true);
    expect(message(lookBack(addDays(addYears(today, 1), 1)))).toBe("Kies een datum vanaf vandaag, tot uiterlijk een jaar vooruit.");
    expect(lookBack("").success).toBe(true);
  });

  it("keeps meetings and webinars within a year back and two years ahead", () => {
    const meeting = (day: string) => MeetingSchema.safeParse({ plannedAt: `${day}T14:00`, agenda: "Terugblik" }).success;
    expect([meeting(addYears(today, -1)), meeting(addYears(today, 2)), meeting(addDays(addYears(today, 2), 1)), meeting("0000-01-01")]).toEqual([true, true, false, false]);
    const webinar = (date: string) => WebinarSchema.safeParse({ title: "W", date, time: "15:30", networkId: "n" }).success;
    expect([webinar(addDays(today, 14)), webinar(addDays(addYears(today, -1), -1)), webinar("9999-12-31")]).toEqual([true, false, false]);
  });

  it("lets a poll close by itself later today at the earliest and within a year", () => {
    const poll = (closesDate: string, closesTime = "23:59") =>
      PollSchema.safeParse({ question: "Vraag?", type: "open", resultsVisibility: "after_vote", closesDate, closesTime });
    expect(poll(addDays(today, 7)).success).toBe(true);
    expect(message(poll(addDays(addYears(today, 1), 1)))).toMatch(/^Kies een datum van/);
    expect(message(poll("2026-02-30"))).toBe("Vul een geldige datum in.");
    expect(poll(addDays(today, -1)).success).toBe(false);
  });
});

describe("notices after a redirect", () => {
  it("put one key in the URL, before the fragment", () => {
    expect(noticeUrl("/groepen/g1", "lid")).toBe("/groepen/g1?melding=lid");
    expect(noticeUrl("/groepen/g1#notities", "notitie")).toBe("/groepen/g1?melding=notitie#notities");
    expect(noticeUrl("/beheer/gebruikers", "grant", { q: "", wie: "Mo Bakker" })).toBe("/beheer/gebruikers?melding=grant&q=&wie=Mo+Bakker");
  });
});
