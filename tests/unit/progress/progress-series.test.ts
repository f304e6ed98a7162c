import { describe, expect, it } from "vitest";
import { computeStreak, dayOf } from "@/lib/progress/progress-series";

const today = new Date("2026-11-24T15:00:00Z");

describe("dayOf", () => {
  it("is the UTC calendar day, whatever the server's time zone", () => {
    expect(dayOf(new Date("2026-11-23T23:59:00Z"))).toBe("2026-11-23");
    expect(dayOf(new Date("2026-11-24T00:00:00Z"))).toBe("2026-11-24");
  });
});

describe("computeStreak", () => {
  it("is zero with no activity", () => {
    expect(computeStreak([], today)).toEqual({ current: 0, longest: 0, activeToday: false });
  });

  it("counts consecutive days up to today, a day listed twice counting once, in any order", () => {
    const streak = computeStreak(["2026-11-24", "2026-11-22", "2026-11-23", "2026-11-24"], today);
    expect(streak).toEqual({ current: 3, longest: 3, activeToday: true, lastActiveDay: "2026-11-24" });
  });

  it("keeps the streak alive through today when yesterday was active, and breaks it after a missed day", () => {
    expect(computeStreak(["2026-11-22", "2026-11-23"], today)).toMatchObject({ current: 2, activeToday: false });
    expect(computeStreak(["2026-11-21", "2026-11-22"], today)).toMatchObject({ current: 0, longest: 2 });
  });

  it("remembers the longest run across a gap and across a month end", () => {
    const days = ["2026-10-29", "2026-10-30", "2026-10-31", "2026-11-01", "2026-11-10", "2026-11-24"];
    expect(computeStreak(days, today)).toMatchObject({ current: 1, longest: 4, lastActiveDay: "2026-11-24" });
  });
});
