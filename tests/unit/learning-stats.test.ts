import { describe, expect, it } from "vitest";
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
