import { describe, expect, it } from "vitest";
import { PATH_PRESETS, type Comparison } from "@/lib/salary/comparison";
import { comparisonOf, eventOfKind, initialPlannerState, plannerReducer, type PlannerAction, type PlannerState } from "@/lib/salary/planner-state";

const start: Comparison = { profile: { yearsOfExperience: 2, credentials: ["cpc"] }, payGoal: 60_000, paths: [{ label: "As you are now", events: [] }] };
const initial = initialPlannerState(start, { state: "nj", metro: "trenton-nj" });
const run = (...actions: PlannerAction[]): PlannerState => actions.reduce(plannerReducer, initial);

describe("plannerReducer", () => {
  it("starts from the comparison and gives it back unchanged", () => {
    expect(initial.yearsText).toBe("2");
    expect(initial.goalText).toBe("60000");
    expect(comparisonOf(initial)).toEqual(start);
  });

  it("reads years as typed: blank or not a number is 0, above the maximum is the maximum", () => {
    expect(run({ type: "years", text: "" }).profile.yearsOfExperience).toBe(0);
    expect(run({ type: "years", text: "abc" }).profile.yearsOfExperience).toBe(0);
    expect(run({ type: "years", text: "99" }).profile.yearsOfExperience).toBe(50);
    expect(run({ type: "years", text: "7" })).toMatchObject({ yearsText: "7", profile: { yearsOfExperience: 7 } });
  });

  it("keeps a pay goal only when it is a whole amount within bounds", () => {
    expect(comparisonOf(run({ type: "goal", text: "5000" })).payGoal).toBeUndefined();
    expect(comparisonOf(run({ type: "goal", text: "75000" })).payGoal).toBe(75_000);
    expect(comparisonOf(run({ type: "goal", text: "7.5e4" })).payGoal).toBeUndefined();
  });

  it("holding CPC-A drops the CPC and the other way round", () => {
    expect(run({ type: "credential", code: "cpc-a", held: true }).profile.credentials).toEqual(["cpc-a"]);
    expect(run({ type: "credential", code: "ccs", held: true }, { type: "credential", code: "cpc", held: false }).profile.credentials).toEqual(["ccs"]);
  });

  it("adds at most three paths, and never removes the last", () => {
    const full = run({ type: "add-path" }, { type: "add-path", preset: "ccs-hospital" }, { type: "add-path" });
    expect(full.paths.map((path) => path.label)).toEqual(["As you are now", "Path 2", PATH_PRESETS["ccs-hospital"].label]);
    let one = initial;
    one = plannerReducer(one, { type: "remove-path", path: 0 });
    expect(one.paths).toHaveLength(1);
  });

  it("keeps the explained path in range when paths are removed", () => {
    const state = run({ type: "add-path" }, { type: "add-path" }, { type: "explain", path: 2, year: 5 }, { type: "remove-path", path: 2 });
    expect(state.explain).toEqual({ path: 1, year: 5 });
  });

  it("adds, retypes, edits and removes a change", () => {
    let state = run({ type: "add-event", path: 0 });
    expect(state.paths[0]!.events).toEqual([{ year: 1, kind: "credential", credential: "coc" }]);
    state = plannerReducer(state, { type: "event-kind", path: 0, event: 0, kind: "state" });
    expect(state.paths[0]!.events[0]).toEqual({ year: 1, kind: "state", state: "nj" });
    state = plannerReducer(state, { type: "event", path: 0, event: 0, value: { year: 4, kind: "state", state: "al" } });
    expect(state.paths[0]!.events[0]).toEqual({ year: 4, kind: "state", state: "al" });
    state = plannerReducer(state, { type: "remove-event", path: 0, event: 0 });
    expect(state.paths[0]!.events).toEqual([]);
  });

  it("offers a credential the learner does not hold, and a role move no earlier than 10 years of experience", () => {
    expect(eventOfKind("credential", 1, initial)).toEqual({ year: 1, kind: "credential", credential: "coc" });
    expect(eventOfKind("role", 1, initial)).toEqual({ year: 8, kind: "role", role: "auditor" });
    expect(eventOfKind("setting", 0, initial)).toEqual({ year: 0, kind: "setting", setting: "hospital" });
  });

  it("compares the examples, within the three-path limit", () => {
    const state = run({ type: "compare-presets" });
    expect(state.paths).toHaveLength(3);
    expect(state.paths[1]!.events[0]).toMatchObject({ kind: "credential" });
  });
});
