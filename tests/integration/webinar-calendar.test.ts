// The webinar's .ics download, read back as a calendar program would.
import { describe, expect, it } from "vitest";
import { createWebinar } from "~/models/webinars/webinars.server";
import { loader as icsLoader } from "~/routes/webinars.$webinarId.agenda[.ics]";
import { context, createTestUser, get, run } from "../support/fixtures";

// RFC 5545 content lines: unfold, then NAME[;params]:value.
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  expect(unfolded.pop()).toBe("");
  return unfolded.map((line) => {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`Not a content line: ${JSON.stringify(line)}`);
    return { name: match[1] ?? "", value: match[3] ?? "" };
  });
}

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

describe("the webinar's calendar file", () => {
  it("keeps every title on its own line: a lone CR or U+2028 cannot add properties", async () => {
    const user = await createTestUser(["coordinator"]);
    const title = "Webinar\rBEGIN:VALARM\rTRIGGER:-PT5M\u2028ATTACH:https://kwaadaardig.example; samen, leren";
    const id = createWebinar(
      {
        title,
        themeIds: ["thema-trauma"],
        date: "2026-03-10",
        time: "15:00",
        description: "Regel één\r\nRegel twee\rEND:VEVENT " + "é".repeat(60),
        meetingUrl: "https://meet.example/leercirkel",
        presenter: "",
        networkId: "net-gelderland",
        startsAt: new Date("2026-03-10T14:00:00Z"),
      },
      user.id,
    );
    const res = await run(() => icsLoader({ request: get(`/webinars/${id}/agenda.ics`, user.cookie), params: { webinarId: id }, context: context() }));
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    // Every line break is CRLF; no bare CR or LF anywhere.
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n\u2028]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    const lines = parseIcs(text);
    expect(lines.map((l) => l.name)).toEqual([
      "BEGIN", "VERSION", "CALSCALE", "PRODID", "METHOD", "X-PUBLISHED-TTL",
      "BEGIN", "UID", "SUMMARY", "DTSTAMP", "DTSTART", "DTEND", "DESCRIPTION", "URL", "LOCATION", "END",
      "END",
    ]);
    const value = (name: string) => lines.find((l) => l.name === name)?.value ?? "";
    expect(unescapeText(value("SUMMARY"))).toBe("Webinar\nBEGIN:VALARM\nTRIGGER:-PT5M\nATTACH:https://kwaadaardig.example; samen, leren");
    expect(unescapeText(value("DESCRIPTION"))).toContain("Regel één\nRegel twee\nEND:VEVENT ");
    expect(value("DTSTART")).toBe("20260310T140000Z");
    expect(value("DTEND")).toBe("20260310T150000Z");
    expect(value("URL")).toBe("https://meet.example/leercirkel");
  });
});
