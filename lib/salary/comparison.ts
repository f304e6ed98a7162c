import { z } from "zod";
import { safeText } from "@/lib/validation/fields";
import type { Facts } from "@/lib/content/load-guide";
import type { Figure, Source } from "@/lib/content/schemas";
import { DEFAULT_HORIZON_YEARS } from "@/lib/salary/project-salary";
import { MAX_YEARS_OF_EXPERIENCE, PAY_GOAL_MAX, PAY_GOAL_MIN } from "@/lib/salary/schemas";
import {
  KNOWN_CREDENTIALS,
  SALARY_SETTINGS,
  US_STATE_CODES,
  type CareerEvent,
  type CareerPath,
  type SalaryProfile,
  type SalarySetting,
  type SalaryYear,
} from "@/lib/salary/types";

// A what-if comparison: one starting profile, up to three paths of dated changes, and an optional pay goal.
// Saved scenarios store exactly this object (SalaryScenario.path); each path becomes a CareerPath for the model.

export const MAX_COMPARED_PATHS = 3;
export const MAX_EVENTS_PER_PATH = 8;
export const MAX_PATH_LABEL_LENGTH = 60;

export const SETTING_LABELS: Record<SalarySetting, string> = { hospital: "Hospital (inpatient)", "physician-office": "Physician office" };
export const credentialLabel = (code: string) => code.toUpperCase();

const Credential = z.enum(KNOWN_CREDENTIALS, "Choose a credential from the list.");
const Metro = z.string().trim().toLowerCase().regex(/^[a-z]+(-[a-z]+)*$/, "Choose a metro area from the list.").max(80);
const year = z.number("The year is a whole number.").int("The year is a whole number.").min(0, "The year is 0 (now) or later.").max(DEFAULT_HORIZON_YEARS, `The year is at most ${DEFAULT_HORIZON_YEARS}.`);

/** One dated change: exactly one of a new credential, a work setting, a state, a metro area or remote work. */
export const CareerEventSchema = z
  .strictObject({
    year,
    addCredential: Credential.optional(),
    setting: z.enum(SALARY_SETTINGS, "Choose a work setting from the list.").optional(),
    state: z.enum(US_STATE_CODES, "Choose a US state.").optional(),
    metro: Metro.optional(),
    remote: z.boolean().optional(),
  })
  .refine((event) => [event.addCredential, event.setting, event.state, event.metro, event.remote].filter((value) => value !== undefined).length === 1, "Each change does one thing: a credential, a setting, a state, a metro area or remote work.");

/** The starting point of every compared path: the model's SalaryProfile, validated. */
export const StartingProfileSchema = z
  .strictObject({
    state: z.enum(US_STATE_CODES, "Choose a US state.").optional(),
    metro: Metro.optional(),
    setting: z.enum(SALARY_SETTINGS, "Choose a work setting from the list.").optional(),
    yearsOfExperience: z.number().int().min(0).max(MAX_YEARS_OF_EXPERIENCE, `Years of experience is a whole number from 0 to ${MAX_YEARS_OF_EXPERIENCE}.`),
    credentials: z.array(Credential).max(KNOWN_CREDENTIALS.length).refine((codes) => new Set(codes).size === codes.length, "A credential is listed twice."),
    remote: z.boolean().optional(),
  })
  .transform((profile): SalaryProfile => profile);

export const CareerPathSchema = z.strictObject({
  profile: StartingProfileSchema,
  events: z.array(CareerEventSchema).max(MAX_EVENTS_PER_PATH, `A path has at most ${MAX_EVENTS_PER_PATH} changes.`),
});

export const WhatIfPathSchema = z.strictObject({
  label: safeText({ label: "A path's name", min: 1, max: MAX_PATH_LABEL_LENGTH, stripBidi: true, tooShort: "Give the path a name." }),
  events: z.array(CareerEventSchema).max(MAX_EVENTS_PER_PATH, `A path has at most ${MAX_EVENTS_PER_PATH} changes.`),
});
export type WhatIfPath = { label: string; events: CareerEvent[] };

export const ComparisonSchema = z.strictObject({
  profile: StartingProfileSchema,
  payGoal: z.number().int().min(PAY_GOAL_MIN, "The pay goal is at least $10,000 a year.").max(PAY_GOAL_MAX, "The pay goal is at most $500,000 a year.").optional(),
  paths: z.array(WhatIfPathSchema).min(1, "Compare at least one path.").max(MAX_COMPARED_PATHS, `Compare at most ${MAX_COMPARED_PATHS} paths.`),
});
export type Comparison = { profile: SalaryProfile; payGoal?: number; paths: WhatIfPath[] };

/** Each compared path as the salary model's input. */
export function careerPathsOf(comparison: Comparison): CareerPath[] {
  return comparison.paths.map((path) => ({ profile: comparison.profile, events: path.events }));
}

/** The first projection year whose typical pay reaches the goal, or null when none does. */
export function goalReachedYear(years: Pick<SalaryYear, "year" | "typical">[], payGoal: number | undefined): number | null {
  if (!payGoal) return null;
  return years.find((entry) => entry.typical >= payGoal)?.year ?? null;
}

/** The profile the model sees in `year` of a path: events up to that year applied, experience grown by `year`. */
export function profileInYear(path: CareerPath, year: number): SalaryProfile {
  const profile: SalaryProfile = { ...path.profile, credentials: [...path.profile.credentials], yearsOfExperience: path.profile.yearsOfExperience + year };
  for (const event of [...path.events].sort((a, b) => a.year - b.year)) {
    if (event.year > year) break;
    if (event.addCredential && !profile.credentials.includes(event.addCredential)) profile.credentials.push(event.addCredential);
    if (event.setting !== undefined) profile.setting = event.setting;
    if (event.state !== undefined) profile.state = event.state;
    if (event.metro !== undefined) profile.metro = event.metro;
    if (event.remote !== undefined) profile.remote = event.remote;
  }
  return profile;
}

/** A short phrase for a change, e.g. "Add CPC in year 1". */
export function describeEvent(event: CareerEvent, names: { metro?: (slug: string) => string; state?: (code: string) => string } = {}): string {
  const when = event.year === 0 ? "now" : `in year ${event.year}`;
  if (event.addCredential) return `Add ${credentialLabel(event.addCredential)} ${when}`;
  if (event.setting) return `Move to ${SETTING_LABELS[event.setting].toLowerCase()} ${when}`;
  if (event.state) return `Move to ${names.state?.(event.state) ?? event.state.toUpperCase()} ${when}`;
  if (event.metro) return `Move to ${names.metro?.(event.metro) ?? event.metro} ${when}`;
  if (event.remote !== undefined) return `${event.remote ? "Work remotely" : "Work on site"} ${when}`;
  return `No change ${when}`;
}

export const PATH_PRESETS = {
  "as-now": { label: "No new credential", events: [] },
  "cpc-then-coc": { label: "CPC in year 1, COC in year 4", events: [{ year: 1, addCredential: "cpc" }, { year: 4, addCredential: "coc" }] },
  "ccs-hospital": { label: "CCS and hospital inpatient", events: [{ year: 1, setting: "hospital" }, { year: 1, addCredential: "ccs" }] },
} as const satisfies Record<string, WhatIfPath>;
export type PathPresetId = keyof typeof PATH_PRESETS;

/** A fresh copy of a preset path (safe to edit). */
export function presetPath(id: PathPresetId): WhatIfPath {
  const preset = PATH_PRESETS[id];
  return { label: preset.label, events: preset.events.map((event) => ({ ...event })) };
}

/**
 * The paths a learner sees first: their path as it stands and, when the profile names a target credential the
 * learner does not hold yet, the same path with that credential from the year after the exam.
 */
export function defaultPaths(profile: SalaryProfile, target?: { credential?: string; examDate?: string }, today = new Date()): WhatIfPath[] {
  const paths: WhatIfPath[] = [{ label: profile.credentials.length ? "As you are now" : "No new credential", events: [] }];
  const credential = target?.credential;
  if (credential && (KNOWN_CREDENTIALS as readonly string[]).includes(credential) && !profile.credentials.includes(credential)) {
    const examYear = target.examDate ? Math.ceil((Date.parse(`${target.examDate}T00:00:00Z`) - today.getTime()) / (365.25 * 24 * 3600 * 1000)) : 1;
    const eventYear = Math.min(DEFAULT_HORIZON_YEARS, Math.max(1, examYear));
    paths.push({ label: `${credentialLabel(credential)} in year ${eventYear}`, events: [{ year: eventYear, addCredential: credential as CareerEvent["addCredential"] }] });
  }
  return paths;
}

// The facts the model reads, as plain arrays so a server page can hand them to a client component.
const MODEL_FIGURE_PREFIXES = ["aapc.", "credential.", "experience.", "state.", "metro.", "setting.", "bls.mean_annual", "bls.median_annual"];

export type SalaryFacts = { figures: Figure[]; sources: Source[] };

/** The slice of the facts file the salary model reads (a few kB), serialisable. */
export function salaryFactsOf(facts: Facts): SalaryFacts {
  const figures = [...facts.figures.values()].filter((figure) => MODEL_FIGURE_PREFIXES.some((prefix) => figure.key.startsWith(prefix)));
  const sourceIds = new Set(figures.map((figure) => figure.source));
  return { figures, sources: [...facts.sources.values()].filter((source) => sourceIds.has(source.id)) };
}

/** Rebuilds the model's Facts from salaryFactsOf's slice. */
export function factsFromSalaryFacts(slice: SalaryFacts): Facts {
  return {
    figures: new Map(slice.figures.map((figure) => [figure.key, figure])),
    sources: new Map(slice.sources.map((source) => [source.id, source])),
    charts: new Map(),
  };
}

export type MetroOption = { value: string; label: string };

/** Metro areas with a figure: slug (trenton-nj) and the figure's label. */
export function metroOptionsOf(facts: Pick<Facts, "figures">): MetroOption[] {
  return [...facts.figures.values()]
    .map((figure) => /^metro\.([a-z0-9_]+)\.mean_annual$/.exec(figure.key) && { value: figure.key.split(".")[1]!.replace(/_/g, "-"), label: figure.label })
    .filter((option): option is MetroOption => Boolean(option))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** State codes with a figure of their own (state.<code>.mean_annual). */
export function statesWithFigures(facts: Pick<Facts, "figures">): string[] {
  return [...facts.figures.keys()].map((key) => /^state\.([a-z]{2})\.mean_annual$/.exec(key)?.[1]).filter((code): code is string => Boolean(code));
}
