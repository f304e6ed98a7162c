import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { formatClock, formatSpan, parseClock } from "@/lib/simulation/clock";
import { reduceDay } from "@/lib/simulation/reduce";
import { replayDay } from "@/lib/simulation/replay";
import { startDay } from "@/lib/simulation/start-day";
import { taskCost } from "@/lib/simulation/task-cost";
import type { DayAction, DayState } from "@/lib/simulation/types";
import { findCase } from "@/lib/practice/case-catalog";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";
import { fixtureContext, stored } from "./day-fixture";

const context = fixtureContext();
const perfect = (caseId: string): DayAction => ({ type: "submit-chart", caseId, submission: submissionFromKey(findCase(caseId)!.key) });
const KNEE = "ortho-knee-scope-medial-meniscus";
const RADIUS = "ortho-wrist-fracture-cast-check";
const ANKLE = "ortho-ankle-bimalleolar-orif";

function play(actions: DayAction[], seed = "seed-1", stepMs?: number): DayState {
  return replayDay(context, seed, stored(actions, undefined, stepMs));
}
const conflict = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error("expected the action to be refused");
};

describe("clock arithmetic", () => {
  it("parses and formats 24-hour times and spans", () => {
    expect(parseClock("08:15")).toBe(495);
    expect(parseClock("17:00")).toBe(1020);
    expect(formatClock(495)).toBe("8:15 AM");
    expect(formatClock(720)).toBe("12:00 PM");
    expect(formatClock(780)).toBe("1:00 PM");
    expect(formatSpan(95)).toBe("1 h 35 min");
    expect(formatSpan(40)).toBe("40 min");
    expect(() => parseClock("8:15")).toThrow();
  });

  it("costs a task from its expected minutes and the real time, clamped", () => {
    expect(taskCost(10, undefined)).toBe(10);
    expect(taskCost(10, 600)).toBe(10);
    expect(taskCost(10, 0)).toBe(8); // (10 + 5) / 2, rounded
    expect(taskCost(10, 3600)).toBe(20); // real time held at 3 × 10
  });
});

describe("the day's blocks and clock", () => {
  it("starts at the first block with the queue loaded", () => {
    const state = startDay(context, "seed-1");
    expect(state).toMatchObject({ clock: 480, status: "playing", blockIndex: 0, seq: 0 });
    expect(state.charts.map((chart) => chart.caseId)).toEqual([KNEE, RADIUS]);
    expect(state.blocks.map((block) => block.status)).toEqual(["current", "upcoming", "upcoming", "upcoming", "upcoming", "upcoming"]);
  });

  it("advances to the next block at its scheduled start and codes a chart at a cost", () => {
    const state = play([{ type: "advance" }, { type: "open-chart", caseId: KNEE }, perfect(KNEE)]);
    expect(state.blocks[0]).toMatchObject({ status: "done", endedAt: 480 });
    expect(state.blocks[1]).toMatchObject({ status: "current", startedAt: 495 });
    // opened and submitted one real minute apart: (10 + max(5, 1)) / 2 = 7.5 → 8 minutes
    expect(state.charts.find((chart) => chart.caseId === KNEE)).toMatchObject({
      status: "coded",
      costMinutes: 8,
      codedAt: 503,
      codedOrder: 1,
      realSeconds: 60,
    });
    expect(state.clock).toBe(503);
    expect(state.charts.find((chart) => chart.caseId === KNEE)!.grade!.score).toBe(100);
  });

  it("refuses work that does not belong to the current block, without changing the state", () => {
    const start = startDay(context, "seed-1");
    expect(conflict(() => reduceDay(context, start, { seq: 1, atMs: 0, action: perfect(KNEE) }))).toMatch(/cannot code charts during queue check/);
    expect(conflict(() => reduceDay(context, start, { seq: 1, atMs: 0, action: { type: "teach", topic: "laterality", approach: "own-example" } }))).toMatch(
      /cannot teach/,
    );
    expect(start.seq).toBe(0);
  });

  it("rejects an out-of-order or repeated sequence number", () => {
    const start = startDay(context, "seed-1");
    expect(conflict(() => reduceDay(context, start, { seq: 2, atMs: 0, action: { type: "advance" } }))).toMatch(/Out of order/);
    const once = reduceDay(context, start, { seq: 1, atMs: 0, action: { type: "advance" } });
    expect(conflict(() => reduceDay(context, once, { seq: 1, atMs: 0, action: { type: "advance" } }))).toMatch(/Out of order/);
  });

  it("misses a block whose time has passed, and refuses new work after a block's end", () => {
    const overrun = { ...play([{ type: "advance" }]), clock: parseClock("10:40") };
    expect(conflict(() => reduceDay(context, overrun, { seq: 2, atMs: 0, action: { type: "open-chart", caseId: KNEE } }))).toMatch(/ended at 10:00 AM/);
    const next = reduceDay(context, overrun, { seq: 2, atMs: 0, action: { type: "advance" } });
    expect(next.blocks.map((block) => block.status)).toEqual(["done", "done", "missed", "current", "upcoming", "upcoming"]);
    expect(next.blocks[3]).toMatchObject({ startedAt: parseClock("10:40") });
    expect(next.clock).toBe(parseClock("10:40"));
  });

  it("runs out of day: the last task ends after the day's end, the rest of the queue rolls over", () => {
    const wrap = play([{ type: "advance" }, { type: "advance" }, { type: "advance" }, { type: "advance" }, { type: "advance" }]);
    expect(wrap.blocks[5]!.status).toBe("current");
    expect(wrap.clock).toBe(parseClock("12:30"));
    const late = { ...wrap, clock: parseClock("12:55") };
    const ended = reduceDay(context, late, { seq: 6, atMs: 0, action: perfect(KNEE) });
    expect(ended).toMatchObject({ status: "ended", endReason: "out-of-time" });
    expect(ended.clock).toBeGreaterThanOrEqual(parseClock("13:00"));
    expect(ended.charts.map((chart) => [chart.caseId, chart.status])).toEqual([
      ["ortho-ankle-bimalleolar-orif", "rolled-over"],
      [KNEE, "coded"],
      [RADIUS, "rolled-over"],
    ]);
    expect(conflict(() => reduceDay(context, ended, { seq: 7, atMs: 0, action: { type: "advance" } }))).toMatch(/day is over/);
  });

  it("logs off only in the last block", () => {
    expect(conflict(() => play([{ type: "log-off" }]))).toMatch(/last block/);
    const done = play([{ type: "advance" }, { type: "advance" }, { type: "advance" }, { type: "advance" }, { type: "advance" }, { type: "log-off" }]);
    expect(done).toMatchObject({ status: "ended", endReason: "logged-off", clock: parseClock("12:30") });
    expect(done.charts.every((chart) => chart.status === "rolled-over")).toBe(true);
  });
});

describe("events during the day", () => {
  it("arrive when the clock passes their time, not before", () => {
    const before = play([{ type: "advance" }]);
    expect(before.events.map((event) => event.status)).toEqual(["upcoming", "upcoming", "upcoming"]);
    expect(conflict(() => play([{ type: "advance" }, { type: "respond-event", eventId: "huddle", choiceId: "join" }]))).toMatch(/has not arrived/);
    // 20 real minutes a chart: knee (10 + 20) / 2 = 15 → 8:30; radius (6 + 18) / 2 = 12 → 8:42
    const after = play(
      [{ type: "advance" }, { type: "open-chart", caseId: KNEE }, perfect(KNEE), { type: "open-chart", caseId: RADIUS }, perfect(RADIUS)],
      "seed-1",
      1_200_000,
    );
    expect(after.clock).toBe(parseClock("08:42"));
    expect(after.events.map((event) => [event.id, event.status, event.arrivedAt])).toEqual([
      ["stat", "upcoming", undefined],
      ["huddle", "arrived", parseClock("08:30")],
      ["query", "upcoming", undefined],
    ]);
  });

  const toNine = (): DayAction[] => [
    { type: "advance" },
    { type: "open-chart", caseId: KNEE },
    perfect(KNEE),
    { type: "open-chart", caseId: RADIUS },
    perfect(RADIUS),
  ];
  it("a STAT chart jumps the queue when it arrives, and counts as late after its deadline", () => {
    // 60 real minutes a step: knee 20 → 8:35, radius 12 → 8:47, the huddle 15 → 9:02: the 9:00 STAT chart arrives, due 9:20
    const arrived = play([...toNine(), { type: "respond-event", eventId: "huddle", choiceId: "join" }], "seed-1", 3_600_000);
    expect(arrived.clock).toBe(parseClock("09:02"));
    expect(arrived.charts[0]).toMatchObject({ caseId: ANKLE, source: "stat", status: "queued", dueBy: parseClock("09:20") });
    const onTime = play(
      [...toNine(), { type: "respond-event", eventId: "huddle", choiceId: "join" }, { type: "open-chart", caseId: ANKLE }, perfect(ANKLE)],
      "seed-1",
      3_600_000,
    );
    expect(onTime.charts[0]).toMatchObject({ status: "coded", costMinutes: 24, codedAt: parseClock("09:26") });
    expect(onTime.events.find((event) => event.id === "stat")).toMatchObject({ status: "resolved", quality: "poor" });
    const stepsFast = [...toNine(), { type: "respond-event", eventId: "huddle", choiceId: "join" }] as DayAction[];
    const fastState = replayDay(context, "seed-1", [
      ...stored(stepsFast, 0, 3_600_000),
      { seq: 7, atMs: 100_000_000, action: { type: "open-chart", caseId: ANKLE } },
      { seq: 8, atMs: 100_060_000, action: perfect(ANKLE) },
    ]);
    // one real minute on a 12-minute chart: (12 + 6) / 2 = 9 → 9:11, inside the deadline
    expect(fastState.charts[0]).toMatchObject({ codedAt: parseClock("09:11") });
    expect(fastState.events.find((event) => event.id === "stat")!.quality).toBe("best");
  });

  it("flags a leading physician query and accepts a compliant one", () => {
    const base: DayAction[] = [
      { type: "advance" },
      { type: "open-chart", caseId: KNEE },
      perfect(KNEE),
      { type: "open-chart", caseId: RADIUS },
      perfect(RADIUS),
    ];
    const slow = 1_800_000; // knee (10 + 30)/2 = 20 → 8:35; radius (6 + 18)/2 = 12 → 8:47
    const leading = play([...base, { type: "respond-event", eventId: "query", choiceId: "lead" }], "seed-1", slow);
    expect(leading.events.find((event) => event.id === "query")).toMatchObject({
      status: "resolved",
      quality: "poor",
      flags: ["It names the diagnosis it wants."],
    });
    const written = play(
      [
        ...base,
        {
          type: "respond-event",
          eventId: "query",
          text: "Hgb 7.9 on day 2 and transfused 2 units. Can you clarify the condition being treated? Acute blood loss anemia / other / unable to determine?",
        },
      ],
      "seed-1",
      slow,
    );
    expect(written.events.find((event) => event.id === "query")).toMatchObject({ quality: "best", flags: [] });
    const pushy = play(
      [
        ...base,
        { type: "respond-event", eventId: "query", text: "Please document acute blood loss anemia so we get paid for the transfusion of 2 units, Hgb 7.9." },
      ],
      "seed-1",
      slow,
    );
    expect(pushy.events.find((event) => event.id === "query")!.quality).toBe("poor");
    expect(pushy.events.find((event) => event.id === "query")!.flags!.length).toBeGreaterThanOrEqual(2);
  });
});
