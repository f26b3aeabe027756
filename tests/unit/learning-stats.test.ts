import { describe, expect, it } from "vitest";
import { addDays, amsterdamDay, formatDay } from "~/lib/learning-dates";
import { median, roundDuration } from "~/lib/learning-stats";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("roundDuration", () => {
  it("uses minutes, hours or days as a person would", () => {
    expect(roundDuration(35 * 60_000)).toEqual({ amount: 35, unit: "minutes" });
    expect(roundDuration(5 * 3600_000)).toEqual({ amount: 5, unit: "hours" });
    expect(roundDuration(3 * 86400_000)).toEqual({ amount: 3, unit: "days" });
  });
});

describe("calendar days", () => {
  it("reads the day in Amsterdam, not in UTC", () => {
    expect(amsterdamDay(new Date("2025-03-03T23:30:00Z"))).toBe("2025-03-04");
    expect(amsterdamDay(new Date("2025-07-01T21:59:00Z"))).toBe("2025-07-01");
    expect(amsterdamDay(new Date("2025-07-01T22:00:00Z"))).toBe("2025-07-02");
  });

  it("adds days and formats them in Dutch", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(formatDay("2025-03-04")).toBe("4 maart 2025");
  });
});
