import { z } from "zod";
import { safeText } from "@/lib/validation/fields";
import type { Facts } from "@/lib/content/load-guide";
import type { Figure, Source } from "@/lib/content/schemas";
import { isNoOpEvent } from "@/lib/salary/career-path";
import { DEFAULT_HORIZON_YEARS } from "@/lib/salary/project-salary";
import { CredentialField, MetroField, PAY_GOAL_MAX, PAY_GOAL_MIN, SalaryProfileSchema, SettingField, StateField } from "@/lib/salary/schemas";
import {
  CAREER_ROLES,
  KNOWN_CREDENTIALS,
  type CareerEvent,
  type CareerPath,
  type CareerRole,
  type CredentialCode,
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
export const ROLE_LABELS: Record<CareerRole, string> = { auditor: "Coding auditor", cdi: "CDI specialist", manager: "Coding manager" };

/** Full names of the credentials, so a learner need not know the acronyms (content/certifications agrees; a test checks). */
export const CREDENTIAL_NAMES: Record<CredentialCode, string> = {
  cpc: "Certified Professional Coder",
  "cpc-a": "Certified Professional Coder – Apprentice",
  coc: "Certified Outpatient Coder",
  cca: "Certified Coding Associate",
  ccs: "Certified Coding Specialist",
  "ccs-p": "Certified Coding Specialist – Physician-based",
  cpma: "Certified Professional Medical Auditor",
  cdip: "Certified Documentation Integrity Practitioner",
  ccds: "Certified Clinical Documentation Specialist",
  crc: "Certified Risk Adjustment Coder",
  cic: "Certified Inpatient Coder",
  cpb: "Certified Professional Biller",
  rhit: "Registered Health Information Technician",
  rhia: "Registered Health Information Administrator",
  ccc: "Certified Cardiology Coder",
  cosc: "Certified Orthopaedic Surgery Coder",
};
/** "CPC" */
export const credentialLabel = (code: CredentialCode) => code.toUpperCase();
/** "CPC (Certified Professional Coder)" */
export const credentialFullLabel = (code: CredentialCode) => `${code.toUpperCase()} (${CREDENTIAL_NAMES[code]})`;

const year = z
  .number("The year is a whole number.")
  .int("The year is a whole number.")
  .min(0, "The year is 0 (now) or later.")
  .max(DEFAULT_HORIZON_YEARS, `The year is at most ${DEFAULT_HORIZON_YEARS}.`);

/** Scenarios saved before events had a `kind` stored { year, addCredential } and the like; read them as the union. */
function fromLegacyEvent(value: unknown): unknown {
  if (typeof value !== "object" || value === null || "kind" in value) return value;
  const event = value as Record<string, unknown>;
  const { year: when } = event;
  const given = ["addCredential", "setting", "state", "metro", "remote"].filter((field) => event[field] !== undefined);
  if (given.length !== 1) return value;
  if (event.addCredential !== undefined) return { year: when, kind: "credential", credential: event.addCredential };
  for (const kind of ["setting", "state", "metro", "remote"] as const) if (event[kind] !== undefined) return { year: when, kind, [kind]: event[kind] };
  return value;
}

/** One dated change, exactly one thing: a credential, a setting, a state, a metro area, remote work or a role. */
export const CareerEventSchema = z.preprocess(
  fromLegacyEvent,
  z.discriminatedUnion(
    "kind",
    [
      z.strictObject({ year, kind: z.literal("credential"), credential: CredentialField }),
      z.strictObject({ year, kind: z.literal("setting"), setting: SettingField }),
      z.strictObject({ year, kind: z.literal("state"), state: StateField }),
      z.strictObject({ year, kind: z.literal("metro"), metro: MetroField }),
      z.strictObject({ year, kind: z.literal("remote"), remote: z.boolean("Remote work is yes or no.") }),
      z.strictObject({ year, kind: z.literal("role"), role: z.enum(CAREER_ROLES, "Choose a role from the list.") }),
    ],
    "Each change does one thing: a credential, a setting, a state, a metro area, remote work or a new role.",
  ),
) as z.ZodType<CareerEvent>;

const Events = z.array(CareerEventSchema).max(MAX_EVENTS_PER_PATH, `A path has at most ${MAX_EVENTS_PER_PATH} changes.`);

export const CareerPathSchema = z.strictObject({ profile: SalaryProfileSchema, events: Events });

export const WhatIfPathSchema = z.strictObject({
  label: safeText({ label: "A path's name", min: 1, max: MAX_PATH_LABEL_LENGTH, stripBidi: true, tooShort: "Give the path a name." }),
  events: Events,
});
export type WhatIfPath = { label: string; events: CareerEvent[] };

export const ComparisonSchema = z.strictObject({
  profile: SalaryProfileSchema,
  payGoal: z
    .number()
    .int()
    .min(PAY_GOAL_MIN, "The pay goal is at least $10,000 a year.")
    .max(PAY_GOAL_MAX, "The pay goal is at most $500,000 a year.")
    .optional(),
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

/** The indexes of a path's changes that change nothing (a credential already held, a setting already chosen). */
export function noOpEvents(path: CareerPath): number[] {
  return path.events.map((_, index) => index).filter((index) => isNoOpEvent(path, index));
}

/** A short phrase for a change, e.g. "Add CPC in year 1". */
export function describeEvent(event: CareerEvent, names: { metro?: (slug: string) => string; state?: (code: string) => string } = {}): string {
  const when = event.year === 0 ? "now" : `in year ${event.year}`;
  switch (event.kind) {
    case "credential":
      return `Add ${credentialLabel(event.credential)} ${when}`;
    case "setting":
      return `Move to ${SETTING_LABELS[event.setting].toLowerCase()} ${when}`;
    case "state":
      return `Move to ${names.state?.(event.state) ?? event.state.toUpperCase()} ${when}`;
    case "metro":
      return `Move to ${names.metro?.(event.metro) ?? event.metro} ${when}`;
    case "remote":
      return `${event.remote ? "Work remotely" : "Work on site"} ${when}`;
    case "role":
      return `Become a ${ROLE_LABELS[event.role].toLowerCase()} ${when}`;
  }
}

export const PATH_PRESETS = {
  "as-now": { label: "No new credential", events: [] },
  "cpc-then-coc": {
    label: "CPC in year 1, COC in year 4",
    events: [
      { year: 1, kind: "credential", credential: "cpc" },
      { year: 4, kind: "credential", credential: "coc" },
    ],
  },
  "ccs-hospital": {
    label: "CCS and hospital inpatient",
    events: [
      { year: 1, kind: "setting", setting: "hospital" },
      { year: 1, kind: "credential", credential: "ccs" },
    ],
  },
  "audit-at-10": {
    label: "CPC, then auditing after 10 years",
    events: [
      { year: 1, kind: "credential", credential: "cpc" },
      { year: 10, kind: "role", role: "auditor" },
    ],
  },
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
  const credential = KNOWN_CREDENTIALS.find((code) => code === target?.credential);
  const held = credential && (profile.credentials.includes(credential) || (credential === "cpc-a" && profile.credentials.includes("cpc")));
  if (credential && !held) {
    const examYear = target?.examDate ? Math.ceil((Date.parse(`${target.examDate}T00:00:00Z`) - today.getTime()) / (365.25 * 24 * 3600 * 1000)) : 1;
    const eventYear = Math.min(DEFAULT_HORIZON_YEARS, Math.max(1, examYear));
    paths.push({ label: `${credentialLabel(credential)} in year ${eventYear}`, events: [{ year: eventYear, kind: "credential", credential }] });
  }
  return paths;
}

// The facts the model reads, as plain arrays so a server page can hand them to a client component.
const MODEL_FIGURE_PREFIXES = ["aapc.", "credential.", "experience.", "role.", "state.", "metro.", "setting.", "bls."];

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
