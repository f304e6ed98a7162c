import type { CaseSummary, Difficulty } from "@/lib/practice/case-catalog";
import { DIFFICULTIES } from "@/lib/practice/case-catalog";
import { SPECIALTIES } from "@/lib/content/schemas";
import type { FamilyAccuracy } from "@/lib/coding/code-family";

/** A best score at or above this marks a case mastered. */
export const MASTERY_SCORE = 90;

export const CASE_STATUSES = ["new", "attempted", "mastered"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A learner's record on one case, from their attempts. */
export type CaseStanding = { caseId: string; attempts: number; bestScore: number; lastScore: number; lastAttemptAt: Date };

export function statusOf(standing: CaseStanding | undefined): CaseStatus {
  if (!standing || standing.attempts === 0) return "new";
  return standing.bestScore >= MASTERY_SCORE ? "mastered" : "attempted";
}

export type CaseFilters = {
  specialty?: string;
  codeSet?: string;
  difficulty?: string;
  status?: CaseStatus;
  /** A family key (cpt-surgery) or a whole code set's prefix (cpt). */
  family?: string;
};

export function filterCases(cases: CaseSummary[], standings: Map<string, CaseStanding>, filters: CaseFilters): CaseSummary[] {
  return cases.filter(
    (chartCase) =>
      (!filters.specialty || chartCase.specialty === filters.specialty) &&
      (!filters.codeSet || chartCase.codeSets.includes(filters.codeSet as CaseSummary["codeSets"][number])) &&
      (!filters.difficulty || chartCase.difficulty === filters.difficulty) &&
      (!filters.status || statusOf(standings.get(chartCase.id)) === filters.status) &&
      (!filters.family || chartCase.familyKeys.some((key) => key === filters.family || key.startsWith(`${filters.family}-`))),
  );
}

/** Families with fewer graded lines than this are too thin to call a weakness. */
export const MIN_LINES_FOR_WEAKNESS = 2;

export type Recommendation = { caseSummary: CaseSummary; reason: string; family?: FamilyAccuracy["family"] };

const difficultyRank = (difficulty: Difficulty) => DIFFICULTIES.indexOf(difficulty);

/**
 * The next case to work: one not yet mastered from the learner's weakest code family (lowest accuracy with
 * enough lines graded), new cases before retries, easier before harder. With no weakness to go on, the first
 * new case at the easiest level (a family-medicine visit for a newcomer); when everything is mastered, none.
 */
export function recommendNextCase(cases: CaseSummary[], standings: Map<string, CaseStanding>, families: FamilyAccuracy[]): Recommendation | undefined {
  const open = cases.filter((chartCase) => statusOf(standings.get(chartCase.id)) !== "mastered");
  // Specialties in the order the library lists them, family medicine (the commonest coding work) first.
  const order = (a: CaseSummary, b: CaseSummary) =>
    Number(standings.has(a.id)) - Number(standings.has(b.id)) ||
    difficultyRank(a.difficulty) - difficultyRank(b.difficulty) ||
    SPECIALTIES.indexOf(a.specialty) - SPECIALTIES.indexOf(b.specialty) ||
    a.title.localeCompare(b.title);

  const weaknesses = families
    .filter((row) => row.possible >= MIN_LINES_FOR_WEAKNESS && row.accuracy < 1)
    .sort((a, b) => a.accuracy - b.accuracy || b.possible - a.possible);
  for (const weakness of weaknesses) {
    const candidate = open.filter((chartCase) => chartCase.familyKeys.includes(weakness.family.key)).sort(order)[0];
    if (candidate) {
      return {
        caseSummary: candidate,
        family: weakness.family,
        reason: `Your weakest area: ${weakness.family.label}, ${Math.round(weakness.accuracy * 100)}% right over ${Math.round(weakness.possible)} lines.`,
      };
    }
  }
  const first = [...open].sort(order)[0];
  if (!first) return undefined;
  return { caseSummary: first, reason: standings.size === 0 ? "A good first case: start here." : "The next case you have not mastered yet." };
}
