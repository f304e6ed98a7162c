import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getLearnerProfile, salaryProfileOf } from "@/lib/profile/learner-profile";
import { defaultPaths, type Comparison } from "@/lib/salary/comparison";
import { findSalaryScenarios, getSalaryScenario, ScenarioIdSchema, type SalaryScenario, type SalaryScenarioSummary } from "@/lib/salary/scenarios";

/** What the salary page opens with: the comparison on screen, the learner's saved scenarios, and any problem opening one. */
export type SalaryStart = { initial: Comparison; scenarios: SalaryScenarioSummary[]; opened?: SalaryScenario; openProblem?: string };

const NEWCOMER = { yearsOfExperience: 0, credentials: [] };

/** A visitor who is not signed in starts as a newcomer with the default paths. */
export function signedOutSalaryStart(): SalaryStart {
  return { initial: { profile: NEWCOMER, paths: defaultPaths(NEWCOMER) }, scenarios: [] };
}

/**
 * A learner starts from their profile (pay goal and target credential included), or from the saved scenario the
 * address names; a scenario that is missing or someone else's opens the profile start with a message instead.
 */
export async function getSalaryStart(db: Database, userId: string, scenarioParam?: string | string[]): Promise<SalaryStart> {
  const [profile, scenarios] = await Promise.all([getLearnerProfile(db, userId), findSalaryScenarios(db, userId)]);
  const start = salaryProfileOf(profile);
  const fromProfile: Comparison = {
    profile: start,
    ...(profile.payGoal && { payGoal: profile.payGoal }),
    paths: defaultPaths(start, { credential: profile.targetCredential, examDate: profile.examDate }),
  };
  if (typeof scenarioParam !== "string") return { initial: fromProfile, scenarios };
  const id = ScenarioIdSchema.safeParse(scenarioParam);
  try {
    if (!id.success) throw new DomainError("NOT_FOUND", "That scenario was not found. It may have been deleted.");
    const opened = await getSalaryScenario(db, userId, id.data);
    return { initial: opened.comparison, scenarios, opened };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { initial: fromProfile, scenarios, openProblem: error.message };
  }
}
