import { gradeDiagnoses } from "@/lib/coding/grade-diagnoses";
import { resolveGradingKey, type CasePayer } from "@/lib/coding/key-policy";
import { gradeProcedures } from "@/lib/coding/grade-procedures";
import { roundPoints } from "@/lib/coding/line-credit";
import { SCORE_WEIGHTS } from "@/lib/coding/scoring-weights";
import type { AnswerKey, CodingGrade, CodingSubmission } from "@/lib/coding/types";
import type { ChartCase } from "@/lib/content/schemas";

/**
 * Grades a coding answer against a case's key, line by line, with the reason and the key's rationale
 * for each line. Pure and deterministic; the rules and weights are in SCORE_WEIGHTS and SCORING_EXPLANATION.
 */
export function gradeCoding(answerKey: AnswerKey, submission: CodingSubmission, payer?: CasePayer): CodingGrade {
  // Statuses and library policies (external causes optional unless the payer requires them) applied once here.
  const key = resolveGradingKey(answerKey, payer);
  const required = [...key.diagnoses, ...key.procedures].filter((line) => line.status === "required").length;
  const pointsPerLine = SCORE_WEIGHTS.maxScore / Math.max(1, required);
  const diagnoses = gradeDiagnoses(key.diagnoses, submission.diagnoses, pointsPerLine);
  const procedures = gradeProcedures(key.procedures, key.diagnoses, submission.procedures, diagnoses.keyIdOfSubmitted, pointsPerLine);
  const earned = pointsPerLine * [...diagnoses.credits, ...procedures.credits].reduce((sum, credit) => sum + credit, 0);
  const penalty = SCORE_WEIGHTS.extraLinePenalty * (diagnoses.extraCount + procedures.extraCount);
  return {
    score: Math.min(SCORE_WEIGHTS.maxScore, Math.max(0, Math.round(earned - penalty))),
    earnedPoints: roundPoints(earned),
    penaltyPoints: penalty,
    verdicts: [...diagnoses.verdicts, ...procedures.verdicts],
  };
}

/** Grades an answer to a case: its key under its payer's rules. */
export function gradeCase(chartCase: Pick<ChartCase, "key" | "payer">, submission: CodingSubmission): CodingGrade {
  return gradeCoding(chartCase.key, submission, chartCase.payer);
}
