import type { Database } from "@/lib/db/client";
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
