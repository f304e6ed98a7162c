import type { DenialScenario } from "@/lib/claims/scenario-schema";
import { RESOLUTION_LABELS, type ResolutionKind } from "@/lib/claims/resolutions";
import { tally, type Tally } from "@/lib/cohorts/item-analysis";

/** One learner's graded work on a denial, as DenialAttempt stores it. */
export type GradedDenialWork = {
  rootCause: string;
  resolution: string;
  rootCauseCorrect: boolean;
  resolutionCorrect: boolean;
  appealOverturned: boolean | null;
  recoveredCents: number;
  score: number;
};

/** How the cohort worked one denial scenario. Fractions are of the learners analysed (0–1). */
export type DenialAnalysis = {
  learners: number;
  averageScore: number | null;
  rootCause: { answer: string; correct: number; percentCorrect: number; chosenInstead: Tally[] };
  resolution: { accepted: string[]; correct: number; percentCorrect: number; chosenInstead: Tally[] };
  appeals: { sent: number; overturned: number };
  /** Money the learners' work brought in, on average per learner. */
  averageRecoveredCents: number | null;
};

const resolutionLabel = (kind: string) => RESOLUTION_LABELS[kind as ResolutionKind]?.label ?? kind;

/**
 * Item analysis of one denial scenario: one piece of graded work per learner (Chartwise uses each learner's first).
 * The root cause and the resolution each get their percent right and the wrong choices most often made, in the
 * words the learner chose from.
 */
export function analyseDenial(scenario: DenialScenario, work: GradedDenialWork[]): DenialAnalysis {
  const learners = work.length;
  const share = (count: number) => (learners ? count / learners : 0);
  const rootCauseText = (id: string) => scenario.rootCause.options.find((option) => option.id === id)?.text ?? id;
  const rootCausesRight = work.filter((entry) => entry.rootCauseCorrect).length;
  const resolutionsRight = work.filter((entry) => entry.resolutionCorrect).length;
  const appeals = work.filter((entry) => entry.resolution === "appeal");
  return {
    learners,
    averageScore: learners ? Math.round(work.reduce((sum, entry) => sum + entry.score, 0) / learners) : null,
    rootCause: {
      answer: scenario.rootCause.options.find((option) => option.correct)!.text,
      correct: rootCausesRight,
      percentCorrect: share(rootCausesRight),
      chosenInstead: tally(work.filter((entry) => !entry.rootCauseCorrect).map((entry) => rootCauseText(entry.rootCause))),
    },
    resolution: {
      accepted: scenario.resolutions.accepted.map((accepted) => resolutionLabel(accepted.kind)),
      correct: resolutionsRight,
      percentCorrect: share(resolutionsRight),
      chosenInstead: tally(work.filter((entry) => !entry.resolutionCorrect).map((entry) => resolutionLabel(entry.resolution))),
    },
    appeals: { sent: appeals.length, overturned: appeals.filter((entry) => entry.appealOverturned === true).length },
    averageRecoveredCents: learners ? Math.round(work.reduce((sum, entry) => sum + entry.recoveredCents, 0) / learners) : null,
  };
}
