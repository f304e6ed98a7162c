import type { LearnerProfile, RemotePreference, WorkSetting } from "@/generated/prisma/client";
import type { Database } from "@/lib/db/client";
import { reportInvalidStoredValue } from "@/lib/db/stored-data";
import { LearnerProfileSchema, REMOTE_PREFERENCES, type LearnerProfileData } from "@/lib/salary/schemas";
import type { SalaryProfile } from "@/lib/salary/types";

// One profile schema for the learner, the salary model and the projection API: lib/salary/schemas.ts.
export { LearnerProfileSchema, REMOTE_PREFERENCES, type LearnerProfileData };

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
