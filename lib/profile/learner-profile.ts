import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { KNOWN_CREDENTIALS, SALARY_SETTINGS, US_STATE_CODES, type SalaryProfile } from "@/lib/salary/types";
import { MAX_YEARS_OF_EXPERIENCE, PAY_GOAL_MAX, PAY_GOAL_MIN } from "@/lib/salary/schemas";
import { safeDate } from "@/lib/validation/fields";

export const REMOTE_PREFERENCES = ["remote", "hybrid", "on-site"] as const;

/** What a learner tells us about their career. Every field is optional; an empty profile is valid. */
export type LearnerProfileData = {
  state?: string;
  metro?: string;
  setting?: (typeof SALARY_SETTINGS)[number];
  yearsOfExperience?: number;
  credentials: string[];
  targetCredential?: string;
  /** YYYY-MM-DD */
  examDate?: string;
  payGoal?: number;
  remotePreference?: (typeof REMOTE_PREFERENCES)[number];
};

const blankToUndefined = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess((value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value), z.number(message).int(message).min(min, message).max(max, message));

/** Validates a profile from a form or JSON: names the field and the fix in every message. */
export const LearnerProfileSchema = z
  .object({
    state: optional(z.string().trim().toLowerCase().pipe(z.enum(US_STATE_CODES, "Choose a US state."))),
    metro: optional(z.string().trim().toLowerCase().regex(/^[a-z]+(-[a-z]+)*$/, "Choose a metro area from the list.")),
    setting: optional(z.enum(SALARY_SETTINGS, `Choose a work setting: ${SALARY_SETTINGS.join(" or ")}.`)),
    yearsOfExperience: optional(wholeNumber(`Years of experience is a whole number from 0 to ${MAX_YEARS_OF_EXPERIENCE}.`, 0, MAX_YEARS_OF_EXPERIENCE)),
    credentials: z.preprocess(
      (value) => (value === undefined || value === null ? [] : typeof value === "string" ? value.split(",").map((code) => code.trim()).filter(Boolean) : value),
      z.array(z.string().trim().toLowerCase().pipe(z.enum(KNOWN_CREDENTIALS, "Choose credentials from the list."))).max(KNOWN_CREDENTIALS.length),
    ),
    targetCredential: optional(z.string().trim().toLowerCase().pipe(z.enum(KNOWN_CREDENTIALS, "Choose a target credential from the list."))),
    examDate: optional(safeDate({ label: "the exam date", min: "2000-01-01", max: "2100-12-31" })),
    payGoal: optional(wholeNumber(`The pay goal is a yearly amount in whole dollars, from $${PAY_GOAL_MIN.toLocaleString("en-US")} to $${PAY_GOAL_MAX.toLocaleString("en-US")}.`, PAY_GOAL_MIN, PAY_GOAL_MAX)),
    remotePreference: optional(z.enum(REMOTE_PREFERENCES, "Choose remote, hybrid or on-site.")),
  })
  .superRefine((profile, ctx) => {
    if (profile.credentials.includes("cpc") && profile.credentials.includes("cpc-a")) {
      ctx.addIssue({ code: "custom", path: ["credentials"], message: "CPC-A is the apprentice stage of the CPC: hold one or the other, not both." });
    }
    if (new Set(profile.credentials).size !== profile.credentials.length) ctx.addIssue({ code: "custom", path: ["credentials"], message: "A credential is listed twice." });
  })
  .transform((profile): LearnerProfileData => ({ ...profile, credentials: [...new Set(profile.credentials)] }));

/** LearnerProfileSchema plus a check that the metro area is one the facts file has a figure for. */
export function learnerProfileSchemaFor(knownMetros: readonly string[]) {
  return LearnerProfileSchema.superRefine((profile, ctx) => {
    if (profile.metro && !knownMetros.includes(profile.metro)) ctx.addIssue({ code: "custom", path: ["metro"], message: "Choose a metro area from the list." });
  });
}

type ProfileRow = {
  state: string | null;
  metro: string | null;
  setting: string | null;
  yearsOfExperience: number | null;
  credentials: string[];
  targetCredential: string | null;
  examDate: Date | null;
  payGoal: number | null;
  remotePreference: string | null;
};

function fromRow(row: ProfileRow): LearnerProfileData {
  // Rows were validated on the way in; a value the vocabularies no longer know is dropped, not trusted.
  const parsed = LearnerProfileSchema.safeParse({ ...row, examDate: row.examDate?.toISOString().slice(0, 10) });
  return parsed.success ? parsed.data : { credentials: [] };
}

/** The learner's profile, or an empty one when they have not saved any. */
export async function getLearnerProfile(db: Database, userId: string): Promise<LearnerProfileData> {
  const row = await db.learnerProfile.findUnique({ where: { userId } });
  return row ? fromRow(row) : { credentials: [] };
}

/** Replaces the learner's profile with `profile` (fields left out are cleared). */
export async function saveLearnerProfile(db: Database, userId: string, profile: LearnerProfileData): Promise<LearnerProfileData> {
  const data = {
    state: profile.state ?? null,
    metro: profile.metro ?? null,
    setting: profile.setting ?? null,
    yearsOfExperience: profile.yearsOfExperience ?? null,
    credentials: profile.credentials,
    targetCredential: profile.targetCredential ?? null,
    examDate: profile.examDate ? new Date(`${profile.examDate}T00:00:00Z`) : null,
    payGoal: profile.payGoal ?? null,
    remotePreference: profile.remotePreference ?? null,
  };
  const row = await db.learnerProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return fromRow(row);
}

/** The part of a profile the salary model reads. Remote counts only when the learner prefers fully remote work. */
export function salaryProfileOf(profile: LearnerProfileData): SalaryProfile {
  return {
    ...(profile.state && { state: profile.state }),
    ...(profile.metro && { metro: profile.metro }),
    ...(profile.setting && { setting: profile.setting }),
    yearsOfExperience: profile.yearsOfExperience ?? 0,
    credentials: profile.credentials,
    ...(profile.remotePreference && { remote: profile.remotePreference === "remote" }),
  };
}
