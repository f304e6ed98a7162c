import { passingScoreOf } from "@/lib/certification/credential-facts";
import { getCredentials } from "@/lib/certification/load-credentials";
import { buildPlanContent } from "@/lib/certification/plan-content";
import { assessReadiness, type LearnerMastery, type Readiness } from "@/lib/certification/readiness";
import type { Credential } from "@/lib/certification/schemas";
import { buildWeeklyPlan, type StudyPlan } from "@/lib/certification/study-plan";
import { getGuide } from "@/lib/content/get-guide";
import type { Database } from "@/lib/db/client";
import { getCaseStandings } from "@/lib/practice/attempts";
import { familiesOfCase, getCases } from "@/lib/practice/case-catalog";
import { getLearnerProfile, type LearnerProfileData } from "@/lib/profile/learner-profile";
import { getLearnerMastery } from "@/lib/progress/learner-mastery";
import { dayOf } from "@/lib/progress/progress-series";

let practicable: ReadonlySet<string> | undefined;

/** Every code family some practice chart exercises: the areas a learner can gather evidence in. */
export function practicableFamilyKeys(): ReadonlySet<string> {
  practicable ??= new Set(getCases().flatMap((chartCase) => familiesOfCase(chartCase).map((family) => family.key)));
  return practicable;
}

/** Readiness for a credential with its exam's pass mark and the library's practicable areas. */
export function readinessFor(credential: Credential, mastery: LearnerMastery): Readiness {
  return assessReadiness(credential, mastery, {
    passingScore: passingScoreOf(credential, getCredentials().facts),
    practicableFamilies: practicableFamilyKeys(),
  });
}

export type CredentialStanding = {
  profile: LearnerProfileData;
  readiness: Readiness;
  holds: boolean;
  isTarget: boolean;
  /** Only for the learner's target credential. */
  plan?: StudyPlan;
};

/** Everything the credential page shows a signed-in learner: readiness, whether it is their target, and its plan. */
export async function getCredentialStanding(db: Database, userId: string, credential: Credential, now = new Date()): Promise<CredentialStanding> {
  const [profile, mastery] = await Promise.all([getLearnerProfile(db, userId), getLearnerMastery(db, userId)]);
  const readiness = readinessFor(credential, mastery);
  const isTarget = profile.targetCredential === credential.code;
  const standing = { profile, readiness, holds: profile.credentials.includes(credential.code), isTarget };
  if (!isTarget) return standing;

  const [standings, lessons] = await Promise.all([
    getCaseStandings(db, userId),
    db.lessonProgress.findMany({ where: { userId, completedAt: { not: null } }, select: { lessonSlug: true } }),
  ]);
  const content = buildPlanContent({ cases: getCases(), guide: getGuide(), standings, completedLessons: new Set(lessons.map((row) => row.lessonSlug)) });
  return { ...standing, plan: buildWeeklyPlan({ readiness, content, examDate: profile.examDate, today: dayOf(now) }) };
}
