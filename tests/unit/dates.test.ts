import { describe, expect, it } from "vitest";
import { addDays, addYears, calendarDay, formatDay, formatMoment, formatShortDay, parseDay, parseLocalMoment, parseMoment, weekStart } from "~/lib/dates";

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("calendar days in Amsterdam", () => {
  it("reads the day in Amsterdam, not in UTC", () => {
    expect(calendarDay(new Date("2025-03-03T23:30:00Z"))).toBe("2025-03-04");
    expect(calendarDay(new Date("2025-07-01T21:59:00Z"))).toBe("2025-07-01");
    expect(calendarDay(new Date("2025-07-01T22:00:00Z"))).toBe("2025-07-02");
    expect(calendarDay(Date.parse("2026-01-14T23:30:00Z"))).toBe("2026-01-15");
  });

  it("adds days and years across month ends, leap days and summer time", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    // The night of 28 to 29 March 2026 is an hour shorter, that of 24 to 25 October an hour longer.
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-25", -1)).toBe("2026-10-24");
    expect(addDays("2026-03-25", 7)).toBe("2026-04-01");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
  });

  it("starts weeks on Monday, also in the week the clocks change", () => {
    expect(weekStart("2026-01-18")).toBe("2026-01-12"); // a Sunday
    expect(weekStart("2026-01-19")).toBe("2026-01-19"); // a Monday
    expect(weekStart("2026-03-29")).toBe("2026-03-23"); // the Sunday summer time starts
    expect(weekStart("2026-10-25")).toBe("2026-10-19"); // the Sunday it ends
  });

  it("accepts only days that exist, written as YYYY-MM-DD", () => {
    expect(parseDay(" 2024-02-29 ")).toBe("2024-02-29");
    for (const text of ["2026-02-29", "2026-02-30", "2026-13-01", "2026-04-31", "0000-01-01", "0999-12-31", "2026-1-5", "5-3-2026", "morgen", ""]) {
      expect(parseDay(text), text).toBeNull();
    }
  });
});

describe("moments typed on a Dutch clock", () => {
  it("converts wall-clock time in winter and summer to UTC", () => {
    expect(iso(parseMoment("2026-01-15", "15:30"))).toBe("2026-01-15T14:30:00.000Z");
    expect(iso(parseMoment("2026-07-01", "09:00"))).toBe("2026-07-01T07:00:00.000Z");
    expect(iso(parseLocalMoment("2026-01-15T14:00"))).toBe("2026-01-15T13:00:00.000Z");
    expect(iso(parseLocalMoment("2026-07-01T14:00"))).toBe("2026-07-01T12:00:00.000Z");
    // And back: the day and the clock time shown for that moment.
    expect(calendarDay(new Date("2026-07-01T07:00:00Z"))).toBe("2026-07-01");
    expect(formatMoment(new Date("2026-07-01T07:00:00Z"))).toBe("woensdag 1 juli 2026 om 09:00");
  });

  it("handles the days the clocks change", () => {
    // 29 March 2026: at 02:00 the clock jumps to 03:00.
    expect(iso(parseMoment("2026-03-29", "01:59"))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(parseMoment("2026-03-29", "03:00"))).toBe("2026-03-29T01:00:00.000Z");
    // A time that does not exist that night moves an hour on, as calendar apps do.
    expect(iso(parseMoment("2026-03-29", "02:30"))).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: at 03:00 the clock goes back to 02:00; 02:30 happens twice, and either
    // instant is 02:30 on a Dutch clock (which one depends on the server's own zone).
    expect(iso(parseMoment("2026-10-25", "01:30"))).toBe("2026-10-24T23:30:00.000Z");
    const twice = parseMoment("2026-10-25", "02:30");
    expect(["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"]).toContain(iso(twice));
    expect(formatMoment(twice ?? 0)).toBe("zondag 25 oktober 2026 om 02:30");
    expect(iso(parseMoment("2026-10-25", "03:30"))).toBe("2026-10-25T02:30:00.000Z");
    expect(formatMoment(parseMoment("2026-03-29", "15:00") ?? 0)).toBe("zondag 29 maart 2026 om 15:00");
    expect(formatMoment(parseMoment("2026-10-25", "15:00") ?? 0)).toBe("zondag 25 oktober 2026 om 15:00");
  });

  it("refuses dates and times that do not exist", () => {
    expect(parseMoment("2026-02-30", "10:00")).toBeNull();
    expect(parseMoment("2026-02-10", "25:00")).toBeNull();
    expect(parseMoment("2026-02-10", "10:60")).toBeNull();
    expect(parseMoment("0000-01-01", "10:00")).toBeNull();
    expect(parseLocalMoment("2026-02-30T10:00")).toBeNull();
    expect(parseLocalMoment("2026-02-10T25:00")).toBeNull();
    expect(parseLocalMoment("morgen")).toBeNull();
    expect(parseLocalMoment("2026-02-10T10:00T11:00")).toBeNull();
  });
});

describe("one style per kind of date", () => {
  it("shows a calendar day, or the day of a moment, as '5 maart 2026'", () => {
    expect(formatDay("2026-03-05")).toBe("5 maart 2026");
    expect(formatDay("2025-03-04")).toBe("4 maart 2025");
    // Late in the evening UTC is already the next day in Amsterdam.
    expect(formatDay(Date.parse("2026-03-04T23:30:00Z"))).toBe("5 maart 2026");
    expect(formatDay("2026-03-04T23:30:00.000Z")).toBe("5 maart 2026");
  });

  it("shows a moment with its weekday and time, and a chart's day briefly", () => {
    expect(formatMoment("2026-03-10T14:05:00Z")).toBe("dinsdag 10 maart 2026 om 15:05");
    expect(formatShortDay("2026-03-10")).toBe("10 mrt");
  });
});
