import { describe, expect, it } from "vitest";
import { assignmentSummary, countsFrom, learnerStanding, scoreAssignment, scoreItem, workdayScore, type WorkAttempt } from "@/lib/cohorts/gradebook";

const due = new Date("2026-12-10T23:59:00Z");
const attempt = (id: string, score: number, iso: string, seconds: number | null = 300, passed = true): WorkAttempt => ({
  id,
  score,
  createdAt: new Date(iso),
  durationSeconds: seconds,
  passed,
});
const chart = { kind: "CHART_CASE" as const, ref: "knee", available: true };
const lesson = { kind: "GUIDE_LESSON" as const, ref: "what-coders-do", available: true };

describe("scoreItem", () => {
  it("counts the best attempt, the earliest of equal bests, with its time, and all attempts", () => {
    const result = scoreItem(
      chart,
      [attempt("a", 60, "2026-12-01T10:00:00Z", 900), attempt("b", 85, "2026-12-02T10:00:00Z", 400), attempt("c", 85, "2026-12-03T10:00:00Z", 200)],
      due,
    );
    expect(result).toMatchObject({ status: "done", score: 85, attempts: 3, seconds: 400, late: false, countedAttemptId: "b" });
  });

  it("marks the item late when the counted attempt came after the due date, and does not refuse it", () => {
    const result = scoreItem(chart, [attempt("a", 40, "2026-12-09T10:00:00Z"), attempt("b", 95, "2026-12-11T08:00:00Z")], due);
    expect(result).toMatchObject({ status: "done", score: 95, late: true, countedAttemptId: "b" });
    expect(scoreItem(chart, [attempt("a", 95, "2026-12-10T23:59:00Z")], due).late).toBe(false);
  });

  it("needs a passed check for a lesson to be done, and leaves time empty", () => {
    expect(scoreItem(lesson, [attempt("q", 60, "2026-12-01T10:00:00Z", null, false)], due)).toMatchObject({ status: "in-progress", score: 60, seconds: null });
    expect(scoreItem(lesson, [attempt("q", 60, "2026-12-01T10:00:00Z", null, false), attempt("r", 100, "2026-12-02T10:00:00Z", null, true)], due).status).toBe(
      "done",
    );
  });

  it("reports not started and not available", () => {
    expect(scoreItem(chart, [], due)).toMatchObject({ status: "not-started", score: null, attempts: 0 });
    expect(scoreItem({ kind: "DENIAL_SCENARIO", ref: "co-97", available: false }, [], due).status).toBe("unavailable");
  });
});

describe("denial and workday items", () => {
  const denial = { kind: "DENIAL_SCENARIO" as const, ref: "fm-commercial-copay-pr3", available: true };
  const workday = { kind: "WORKDAY_SCENARIO" as const, ref: "tutorial-day", available: true };

  it("counts a denial scenario done once one piece of work is graded, whatever its score, best score counted, no time", () => {
    const result = scoreItem(denial, [attempt("w1", 40, "2026-12-02T10:00:00Z", null), attempt("w2", 100, "2026-12-11T10:00:00Z", null)], due);
    expect(result).toMatchObject({ status: "done", score: 100, attempts: 2, seconds: null, late: true, countedAttemptId: "w2" });
    expect(scoreItem(denial, [attempt("w1", 30, "2026-12-02T10:00:00Z", null)], due)).toMatchObject({ status: "done", score: 30, late: false });
  });

  it("counts a finished day with its time, late when it ended after the due date even if it started before", () => {
    const day: WorkAttempt = { ...attempt("run", 88, "2026-12-11T00:30:00Z", 5400), startedAt: new Date("2026-12-10T23:00:00Z") };
    expect(scoreItem(workday, [day], due)).toMatchObject({ status: "done", score: 88, seconds: 5400, late: true });
  });

  it("mixes kinds in one set: the mean over items, time only from the timed ones", () => {
    const cell = scoreAssignment([
      scoreItem(denial, [attempt("w", 70, "2026-12-02T10:00:00Z", null)], due),
      scoreItem(workday, [{ ...attempt("run", 90, "2026-12-03T11:00:00Z", 3600), startedAt: new Date("2026-12-03T10:00:00Z") }], due),
    ]);
    expect(cell).toMatchObject({ score: 80, attempts: 2, seconds: 3600, complete: true, late: false });
  });
});

describe("countsFrom", () => {
  const from = new Date("2026-12-05T09:00:00Z");

  it("counts work handed in on or after the later of joining and opening", () => {
    expect(countsFrom(attempt("a", 50, "2026-12-05T09:00:00Z"), from)).toBe(true);
    expect(countsFrom(attempt("a", 50, "2026-12-05T08:59:59Z"), from)).toBe(false);
  });

  it("leaves out a day that began before, even when it ended after", () => {
    const day = (startedIso: string): WorkAttempt => ({ ...attempt("run", 90, "2026-12-05T12:00:00Z"), startedAt: new Date(startedIso) });
    expect(countsFrom(day("2026-12-05T08:00:00Z"), from)).toBe(false);
    expect(countsFrom(day("2026-12-05T09:30:00Z"), from)).toBe(true);
  });
});

describe("workdayScore", () => {
  it("is the report's audit accuracy rounded, 0 when no chart was audited or nothing is stored", () => {
    expect(workdayScore({ accuracy: 87.5 })).toBe(88);
    expect(workdayScore({ accuracy: 100 })).toBe(100);
    expect(workdayScore({ accuracy: null })).toBe(0);
    expect(workdayScore(null)).toBe(0);
  });
});

describe("scoreAssignment", () => {
  it("averages a set over its available items, counting an item not started as 0, and adds attempts and time", () => {
    const items = [
      scoreItem(chart, [attempt("a", 90, "2026-12-01T10:00:00Z", 600)], due),
      scoreItem({ ...chart, ref: "ankle" }, [], due),
      scoreItem({ kind: "WORKDAY_SCENARIO", ref: "monday", available: false }, [], due),
    ];
    const cell = scoreAssignment(items);
    expect(cell).toMatchObject({ score: 45, attempts: 1, seconds: 600, late: false, complete: false, started: true });
  });

  it("has no score until something is started, and is complete only when every available item is done", () => {
    expect(scoreAssignment([scoreItem(chart, [], due)])).toMatchObject({ score: null, started: false, complete: false, seconds: null });
    const done = scoreAssignment([
      scoreItem(chart, [attempt("a", 70, "2026-12-11T10:00:00Z")], due),
      scoreItem({ kind: "DENIAL_SCENARIO", ref: "x", available: false }, [], due),
    ]);
    expect(done).toMatchObject({ score: 70, complete: true, late: true });
  });
});

describe("learnerStanding and assignmentSummary", () => {
  const now = new Date("2026-12-12T00:00:00Z");
  const cell = (score: number | null) => scoreAssignment([scoreItem(chart, score === null ? [] : [attempt("a", score, "2026-12-01T10:00:00Z")], due)]);

  it("averages only work already due, a missed assignment counting 0, and flags overdue work and low averages", () => {
    const standing = learnerStanding(
      [
        { dueAt: due, cell: cell(80) },
        { dueAt: due, cell: cell(null) },
        { dueAt: new Date("2026-12-20T00:00:00Z"), cell: cell(null) },
      ],
      now,
    );
    expect(standing).toMatchObject({ average: 40, overdue: 1, fallingBehind: true });
    expect(standing.reasons).toEqual(["1 overdue assignment", "average 40 on work due so far"]);
  });

  it("is not behind with everything done at 70 or more, and has no average before anything is due", () => {
    expect(learnerStanding([{ dueAt: due, cell: cell(70) }], now)).toMatchObject({ average: 70, fallingBehind: false, reasons: [] });
    expect(learnerStanding([{ dueAt: new Date("2026-12-20T00:00:00Z"), cell: cell(null) }], now)).toMatchObject({ average: null, fallingBehind: false });
  });

  it("summarises an assignment across learners", () => {
    expect(assignmentSummary([cell(80), cell(61), cell(null)])).toEqual({ learners: 3, complete: 2, started: 2, averageScore: 71 });
  });
});
