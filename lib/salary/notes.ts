import { z } from "zod";
import { ROLE_LABELS, SETTING_LABELS } from "@/lib/salary/comparison";
import { US_STATE_NAMES } from "@/lib/salary/us-states";
import type { SalaryNote, SalaryNoteCode } from "@/lib/salary/types";

// The model's notes are codes with values; content/salary/notes.yaml words them. Wording lives in content,
// numbers in the model.

export const SALARY_NOTE_CODES = [
  "national-mean-estimated",
  "national-mean-published",
  "no-state-figure",
  "no-metro-figure",
  "no-credential-figure",
  "credential-overlaps-setting",
  "extra-credentials",
  "frontline-ceiling",
  "credentialed-floor",
  "held-after-senior",
  "before-entry-midpoint",
  "location-and-setting",
  "remote-location-pay",
  "apprentice",
  "role-pay",
  "role-deferred",
  "events-after-horizon",
] as const satisfies readonly SalaryNoteCode[];

export type SalaryNoteTemplates = Record<SalaryNoteCode, string>;

export const SalaryNoteTemplatesSchema = z.strictObject(
  Object.fromEntries(SALARY_NOTE_CODES.map((code) => [code, z.string().trim().min(1)])) as Record<SalaryNoteCode, z.ZodString>,
);

const AMOUNT_KEYS = new Set(["mean", "median", "ceiling", "floor"]);

function display(key: string, value: unknown): string {
  if (AMOUNT_KEYS.has(key) && typeof value === "number") return `$${Math.round(value).toLocaleString("en-US")}`;
  if (key === "state" && typeof value === "string") return US_STATE_NAMES[value as keyof typeof US_STATE_NAMES] ?? value.toUpperCase();
  if (key === "role" && typeof value === "string") return (ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? value).toLowerCase();
  if (key === "setting" && typeof value === "string") return (SETTING_LABELS[value as keyof typeof SETTING_LABELS] ?? value).toLowerCase();
  if (key === "credential" && typeof value === "string") return value.toUpperCase();
  return String(value);
}

/** The sentence for one note: its template with each {name} replaced by the note's value. */
export function wordSalaryNote(note: SalaryNote, templates: SalaryNoteTemplates): string {
  const values = note as Record<string, unknown>;
  return templates[note.code].replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? display(key, values[key]) : match));
}

/** Placeholders a template uses, for the content test. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}
