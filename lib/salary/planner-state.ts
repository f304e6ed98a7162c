import {
  MAX_COMPARED_PATHS,
  MAX_EVENTS_PER_PATH,
  PATH_PRESETS,
  presetPath,
  type Comparison,
  type PathPresetId,
  type WhatIfPath,
} from "@/lib/salary/comparison";
import { MAX_YEARS_OF_EXPERIENCE, PAY_GOAL_MAX, PAY_GOAL_MIN } from "@/lib/salary/schemas";
import { KNOWN_CREDENTIALS, type CareerEvent, type CareerEventKind, type CredentialCode, type SalaryProfile, type UsStateCode } from "@/lib/salary/types";

// The /salary planner's state and every change a learner can make to it, as one reducer: pure, so it is unit
// tested without a browser, and the components only dispatch.

export type PlannerState = {
  profile: SalaryProfile;
  /** What is typed in the years field (it may be blank or out of range while typing). */
  yearsText: string;
  /** What is typed in the pay-goal field. */
  goalText: string;
  paths: WhatIfPath[];
  /** Which path and year the "how the figure is built" panel explains. */
  explain: { path: number; year: number };
  /** First choices for a new "move to a state" or "move to a metro area" change. */
  defaults: { state: UsStateCode; metro: string };
};

export type PlannerAction =
  | { type: "profile"; change: Partial<Omit<SalaryProfile, "credentials" | "yearsOfExperience">> }
  | { type: "years"; text: string }
  | { type: "credential"; code: CredentialCode; held: boolean }
  | { type: "goal"; text: string }
  | { type: "compare-presets" }
  | { type: "add-path"; preset?: PathPresetId }
  | { type: "remove-path"; path: number }
  | { type: "rename-path"; path: number; label: string }
  | { type: "add-event"; path: number }
  | { type: "event-kind"; path: number; event: number; kind: CareerEventKind }
  | { type: "event"; path: number; event: number; value: CareerEvent }
  | { type: "remove-event"; path: number; event: number }
  | { type: "explain"; path?: number; year?: number };

export function initialPlannerState(comparison: Comparison, defaults: PlannerState["defaults"]): PlannerState {
  return {
    profile: comparison.profile,
    yearsText: String(comparison.profile.yearsOfExperience),
    goalText: comparison.payGoal ? String(comparison.payGoal) : "",
    paths: comparison.paths,
    explain: { path: 0, year: 0 },
    defaults,
  };
}

const parseWhole = (text: string): number | undefined => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined);

/** The pay goal typed, when it is a whole number of dollars within bounds. */
export function payGoalOf(state: PlannerState): number | undefined {
  const goal = parseWhole(state.goalText);
  return goal !== undefined && goal >= PAY_GOAL_MIN && goal <= PAY_GOAL_MAX ? goal : undefined;
}

/** The comparison on screen, as saved and as the model reads it. */
export function comparisonOf(state: PlannerState): Comparison {
  const payGoal = payGoalOf(state);
  return { profile: state.profile, ...(payGoal !== undefined && { payGoal }), paths: state.paths };
}

/** A new change of the given kind, with a sensible first value (a credential not yet held, the other setting…). */
export function eventOfKind(kind: CareerEventKind, year: number, state: PlannerState): CareerEvent {
  switch (kind) {
    case "credential":
      return {
        year,
        kind,
        credential:
          KNOWN_CREDENTIALS.find((code) => !state.profile.credentials.includes(code) && !(code === "cpc-a" && state.profile.credentials.includes("cpc"))) ??
          "cpc",
      };
    case "setting":
      return { year, kind, setting: state.profile.setting === "hospital" ? "physician-office" : "hospital" };
    case "state":
      return { year, kind, state: state.defaults.state };
    case "metro":
      return { year, kind, metro: state.defaults.metro };
    case "remote":
      return { year, kind, remote: !state.profile.remote };
    case "role":
      return { year: Math.max(year, 10 - state.profile.yearsOfExperience, 0), kind, role: "auditor" };
  }
}

const updatePath = (state: PlannerState, index: number, change: (path: WhatIfPath) => WhatIfPath): PlannerState => ({
  ...state,
  paths: state.paths.map((path, i) => (i === index ? change(path) : path)),
});

/** Keeps the explained path inside the list after a path is removed. */
const clampExplain = (state: PlannerState): PlannerState => ({
  ...state,
  explain: { ...state.explain, path: Math.min(state.explain.path, state.paths.length - 1) },
});

export function plannerReducer(state: PlannerState, action: PlannerAction): PlannerState {
  switch (action.type) {
    case "profile":
      return { ...state, profile: { ...state.profile, ...action.change } };
    case "years": {
      const years = parseWhole(action.text);
      return {
        ...state,
        yearsText: action.text,
        profile: { ...state.profile, yearsOfExperience: years === undefined ? 0 : Math.min(MAX_YEARS_OF_EXPERIENCE, years) },
      };
    }
    case "credential": {
      const others = state.profile.credentials.filter((code) => code !== action.code);
      // CPC and CPC-A exclude each other: the apprentice stage ends when the full credential starts.
      const credentials = action.held
        ? [...others.filter((code) => !(action.code === "cpc" && code === "cpc-a") && !(action.code === "cpc-a" && code === "cpc")), action.code]
        : others;
      return { ...state, profile: { ...state.profile, credentials } };
    }
    case "goal":
      return { ...state, goalText: action.text };
    case "compare-presets":
      return clampExplain({ ...state, paths: (Object.keys(PATH_PRESETS) as PathPresetId[]).slice(0, MAX_COMPARED_PATHS).map(presetPath) });
    case "add-path":
      if (state.paths.length >= MAX_COMPARED_PATHS) return state;
      return { ...state, paths: [...state.paths, action.preset ? presetPath(action.preset) : { label: `Path ${state.paths.length + 1}`, events: [] }] };
    case "remove-path":
      if (state.paths.length <= 1) return state;
      return clampExplain({ ...state, paths: state.paths.filter((_, i) => i !== action.path) });
    case "rename-path":
      return updatePath(state, action.path, (path) => ({ ...path, label: action.label }));
    case "add-event":
      return updatePath(state, action.path, (path) =>
        path.events.length >= MAX_EVENTS_PER_PATH ? path : { ...path, events: [...path.events, eventOfKind("credential", 1, state)] },
      );
    case "event-kind":
      return updatePath(state, action.path, (path) => ({
        ...path,
        events: path.events.map((event, i) => (i === action.event ? eventOfKind(action.kind, event.year, state) : event)),
      }));
    case "event":
      return updatePath(state, action.path, (path) => ({ ...path, events: path.events.map((event, i) => (i === action.event ? action.value : event)) }));
    case "remove-event":
      return updatePath(state, action.path, (path) => ({ ...path, events: path.events.filter((_, i) => i !== action.event) }));
    case "explain":
      return clampExplain({ ...state, explain: { path: action.path ?? state.explain.path, year: action.year ?? state.explain.year } });
  }
}
