import { summariseFamilies, familyCredits, type FamilyAccuracy } from "@/lib/coding/code-family";
import type { AnswerKey, CodingGrade, CodingVerdict, PartialReason } from "@/lib/coding/types";
import { DIAGNOSIS_PARTIAL_REASONS, PROCEDURE_PARTIAL_REASONS } from "@/lib/coding/types";

export type Tally = { value: string; count: number };

/** How the cohort did on one line of a case's key. Fractions are of the learners analysed (0–1). */
export type KeyLineAnalysis = {
  keyLineId: string;
  kind: "diagnosis" | "procedure";
  code: string;
  learners: number;
  correct: number;
  partial: number;
  wrong: number;
  missing: number;
  percentCorrect: number;
  /** What learners wrote instead, most common first (wrong and partly correct lines). */
  wrongCodes: Tally[];
  /** Why partly correct lines lost points, most common first. */
  partialReasons: Tally[];
};

export type CaseAnalysis = { learners: number; averageScore: number | null; lines: KeyLineAnalysis[]; extraCodes: Tally[] };

const PARTIAL_REASONS = new Set<string>([...DIAGNOSIS_PARTIAL_REASONS, ...PROCEDURE_PARTIAL_REASONS]);

export const PARTIAL_REASON_LABELS: Record<PartialReason, string> = {
  "wrong-specificity": "Specificity",
  "wrong-seventh-character": "7th character",
  "wrong-sequence": "Sequencing",
  "missing-modifier": "Missing modifier",
  "extra-modifier": "Extra modifier",
  "wrong-modifier": "Wrong modifier",
  "wrong-units": "Units",
  "wrong-pointers": "Diagnosis pointers",
};

/** The most common values, most common first (ties alphabetical). */
export function tally(values: string[], limit = 3): Tally[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

function writtenCode(verdict: CodingVerdict): string | null {
  if (verdict.kind === "diagnosis") return verdict.submitted?.code ?? null;
  const line = verdict.submitted;
  if (!line) return null;
  return line.modifiers.length ? `${line.code}-${line.modifiers.join("-")}` : line.code;
}

/**
 * Item analysis of one case: one grade per learner (the caller picks which attempt; Chartwise uses each learner's
 * first attempt, the one that shows what they knew). Every key line gets its percent correct, the codes written
 * instead and the reasons partly correct lines lost points; extra lines are tallied across the case.
 */
export function analyseCase(key: AnswerKey, grades: CodingGrade[]): CaseAnalysis {
  const keyLines = [
    ...key.diagnoses.map((line) => ({ line, kind: "diagnosis" as const })),
    ...key.procedures.map((line) => ({ line, kind: "procedure" as const })),
  ];
  const learners = grades.length;
  const lines = keyLines.map(({ line, kind }) => {
    const verdicts = grades.map((grade) => grade.verdicts.find((verdict) => verdict.keyLineId === line.id));
    const count = (status: string) => verdicts.filter((verdict) => verdict?.status === status).length;
    // A grade without a verdict for the line (an older key) counts as missing rather than vanishing.
    const missing = verdicts.filter((verdict) => !verdict || verdict.status === "missing").length;
    const correct = count("correct");
    return {
      keyLineId: line.id,
      kind,
      code: line.code,
      learners,
      correct,
      partial: count("partial"),
      wrong: count("wrong"),
      missing,
      percentCorrect: learners ? correct / learners : 0,
      wrongCodes: tally(
        verdicts
          .filter((verdict) => verdict && (verdict.status === "wrong" || verdict.status === "partial"))
          .map((verdict) => writtenCode(verdict!))
          .filter((code): code is string => code !== null),
      ),
      partialReasons: tally(
        verdicts.filter((verdict) => verdict?.status === "partial").flatMap((verdict) => verdict!.reasons.filter((reason) => PARTIAL_REASONS.has(reason))),
        4,
      ),
    };
  });
  const extraCodes = tally(
    grades.flatMap((grade) =>
      grade.verdicts
        .filter((verdict) => verdict.status === "extra")
        .map(writtenCode)
        .filter((code): code is string => code !== null),
    ),
    5,
  );
  return { learners, averageScore: learners ? Math.round(grades.reduce((sum, grade) => sum + grade.score, 0) / learners) : null, lines, extraCodes };
}

/** Across a cohort's graded charts: accuracy per code family, weakest first. */
export function weakestFamilies(grades: CodingGrade[]): FamilyAccuracy[] {
  return summariseFamilies(grades.flatMap((grade) => familyCredits(grade)));
}
