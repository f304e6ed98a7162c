import { describe, expect, it } from "vitest";
import { computeStreak, dailyAccuracy, timePerCase, type ScoredAttempt } from "@/lib/progress/progress-series";

const at = (iso: string) => new Date(iso);
const today = at("2026-11-24T15:00:00Z");

describe("computeStreak", () => {
  it("is zero with no activity", () => {
    expect(computeStreak([], today)).toEqual({ current: 0, longest: 0, activeToday: false });
  });

  it("counts consecutive days up to today, several activities a day counting once", () => {
    const streak = computeStreak([at("2026-11-22T09:00:00Z"), at("2026-11-23T23:59:00Z"), at("2026-11-24T01:00:00Z"), at("2026-11-24T10:00:00Z")], today);
    expect(streak).toMatchObject({ current: 3, longest: 3, activeToday: true });
  });

  it("keeps the streak alive through today when yesterday was active, and breaks it after a missed day", () => {
    expect(computeStreak([at("2026-11-22T09:00:00Z"), at("2026-11-23T09:00:00Z")], today)).toMatchObject({ current: 2, activeToday: false });
    expect(computeStreak([at("2026-11-21T09:00:00Z"), at("2026-11-22T09:00:00Z")], today)).toMatchObject({ current: 0, longest: 2 });
  });

  it("remembers the longest run across a gap and across a month end", () => {
    const days = ["2026-10-29", "2026-10-30", "2026-10-31", "2026-11-01", "2026-11-10", "2026-11-24"].map((day) => at(`${day}T12:00:00Z`));
    expect(computeStreak(days, today)).toMatchObject({ current: 1, longest: 4, lastActiveDay: "2026-11-24" });
  });
});

const attempt = (caseId: string, iso: string, score: number, durationSeconds: number): ScoredAttempt => ({
  caseId,
  createdAt: at(iso),
  score,
  durationSeconds,
});

describe("dailyAccuracy", () => {
  it("averages each day's scores, oldest first", () => {
    expect(
      dailyAccuracy([
        attempt("a", "2026-11-24T10:00:00Z", 100, 60),
        attempt("b", "2026-11-20T10:00:00Z", 40, 60),
        attempt("c", "2026-11-24T11:00:00Z", 51, 60),
      ]),
    ).toEqual([
      { day: "2026-11-20", averageScore: 40, attempts: 1 },
      { day: "2026-11-24", averageScore: 76, attempts: 2 },
    ]);
  });
});

describe("timePerCase", () => {
  it("gives first, latest and median time and the best score per case, most recent first", () => {
    const rows = timePerCase([
      attempt("knee", "2026-11-20T10:00:00Z", 50, 600),
      attempt("ecg", "2026-11-21T10:00:00Z", 90, 200),
      attempt("knee", "2026-11-22T10:00:00Z", 75, 300),
      attempt("knee", "2026-11-23T10:00:00Z", 100, 240),
    ]);
    expect(rows).toEqual([
      { caseId: "knee", attempts: 3, firstSeconds: 600, latestSeconds: 240, medianSeconds: 300, bestScore: 100 },
      { caseId: "ecg", attempts: 1, firstSeconds: 200, latestSeconds: 200, medianSeconds: 200, bestScore: 90 },
    ]);
  });
});
