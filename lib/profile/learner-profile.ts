import { z } from "zod";
import type { LearnerProfile, RemotePreference, WorkSetting } from "@/generated/prisma/client";
import type { Database } from "@/lib/db/client";
import { reportInvalidStoredValue } from "@/lib/db/stored-data";
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

type ProfileRow = Omit<LearnerProfile, "userId" | "updatedAt">;

// The database spells two vocabularies as enum names (no hyphens); the app speaks the content's values.
const SETTING_OF_ROW = { hospital: "hospital", physician_office: "physician-office" } as const satisfies Record<WorkSetting, string>;
const REMOTE_OF_ROW = { remote: "remote", hybrid: "hybrid", on_site: "on-site" } as const satisfies Record<RemotePreference, string>;
const rowValueOf = <K extends string, V extends string>(map: Record<K, V>, value: V | undefined): K | null =>
  value === undefined ? null : ((Object.keys(map) as K[]).find((key) => map[key] === value) ?? null);

/**
 * A stored profile, field by field: a value the vocabularies no longer know (a retired credential, a metro area
 * without figures) is dropped and reported on its own, and every other field is kept, so the next save cannot
 * silently wipe what the learner told us.
 */
export function profileFromRow(row: ProfileRow, where = "learner profile"): LearnerProfileData {
  const candidate: Record<string, unknown> = {
    state: row.state,
    metro: row.metro,
    setting: row.setting ? SETTING_OF_ROW[row.setting] : null,
    yearsOfExperience: row.yearsOfExperience,
    targetCredential: row.targetCredential,
    examDate: row.examDate?.toISOString().slice(0, 10),
    payGoal: row.payGoal,
    remotePreference: row.remotePreference ? REMOTE_OF_ROW[row.remotePreference] : null,
  };
  const kept: Record<string, unknown> = { credentials: [] };
  for (const [field, value] of Object.entries(candidate)) {
    if (value === null || value === undefined) continue;
    const parsed = LearnerProfileSchema.safeParse({ [field]: value });
    if (parsed.success) kept[field] = value;
    else reportInvalidStoredValue(where, field, parsed.error.issues);
  }
  for (const credential of row.credentials) {
    const parsed = LearnerProfileSchema.safeParse({ credentials: [credential] });
    if (parsed.success) (kept.credentials as string[]).push(credential);
    else reportInvalidStoredValue(where, `credential "${credential}"`, parsed.error.issues);
  }
  const whole = LearnerProfileSchema.safeParse(kept);
  if (whole.success) return whole.data;
  // Fields valid alone but not together (say CPC and CPC-A both held): drop the ones the check names.
  for (const issue of whole.error.issues) {
    const field = String(issue.path[0] ?? "");
    reportInvalidStoredValue(where, field || "profile", [issue]);
    if (field === "credentials") kept.credentials = [];
    else delete kept[field];
  }
  const retried = LearnerProfileSchema.safeParse(kept);
  return retried.success ? retried.data : { credentials: [] };
}

/** The learner's profile, or an empty one when they have not saved any. */
export async function getLearnerProfile(db: Database, userId: string): Promise<LearnerProfileData> {
  const row = await db.learnerProfile.findUnique({ where: { userId } });
  return row ? profileFromRow(row, `learner profile of ${userId}`) : { credentials: [] };
}

/** Replaces the learner's profile with `profile` (fields left out are cleared). */
export async function saveLearnerProfile(db: Database, userId: string, profile: LearnerProfileData): Promise<LearnerProfileData> {
  const data = {
    state: profile.state ?? null,
    metro: profile.metro ?? null,
    setting: rowValueOf(SETTING_OF_ROW, profile.setting),
    yearsOfExperience: profile.yearsOfExperience ?? null,
    credentials: profile.credentials,
    targetCredential: profile.targetCredential ?? null,
    examDate: profile.examDate ? new Date(`${profile.examDate}T00:00:00Z`) : null,
    payGoal: profile.payGoal ?? null,
    remotePreference: rowValueOf(REMOTE_OF_ROW, profile.remotePreference),
  };
  const row = await db.learnerProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return profileFromRow(row, `learner profile of ${userId}`);
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
