import { z } from "zod";
import { CodingGradeSchema, CodingVerdictSchema } from "@/lib/coding/grade-schema";
import { CodingSubmissionSchema } from "@/lib/coding/schemas";
import type { CodingGrade, CodingSubmission } from "@/lib/coding/types";
import { parseListLeniently, reportInvalidStoredValue } from "@/lib/db/stored-data";
import type { FormRows } from "@/lib/practice/draft-editing";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";

export type StoredAnswer = CodingSubmission & { formRows?: FormRows };

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const StoredAnswerSchema = CodingSubmissionSchema.extend({ formRows: SubmitAttemptSchema.shape.formRows });

/**
 * A stored attempt's answer (CodingAttempt.answer), line by line: a line the submission schema rejects is reported
 * and left out, every other line is kept. The form rows are kept only while they still match the lines one for one.
 */
export function attemptAnswerFromStored(stored: unknown, where = "coding attempt"): StoredAnswer {
  const whole = StoredAnswerSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const value = record(stored);
  const diagnoses = parseListLeniently(CodingSubmissionSchema.shape.diagnoses.element, value.diagnoses, `${where} answer`, "diagnoses") ?? [];
  const procedures = parseListLeniently(CodingSubmissionSchema.shape.procedures.unwrap().element, value.procedures, `${where} answer`, "procedures") ?? [];
  const answer: StoredAnswer = { diagnoses, procedures };
  const formRows = SubmitAttemptSchema.shape.formRows.safeParse(value.formRows);
  if (formRows.success && formRows.data && formRows.data.diagnoses.length === diagnoses.length && formRows.data.procedures.length === procedures.length)
    answer.formRows = formRows.data;
  return answer;
}

const GradeFigure = z.number().finite();

/**
 * A stored attempt's grade (CodingAttempt.grade), field by field: the verdicts the schema accepts are kept, the
 * others reported and left out; a missing or malformed figure falls back to the attempt row's score, or to what
 * the kept verdicts add up to.
 */
export function attemptGradeFromStored(stored: unknown, rowScore: number, where = "coding attempt"): CodingGrade {
  const whole = CodingGradeSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const value = record(stored);
  const verdicts = parseListLeniently(CodingVerdictSchema, value.verdicts, `${where} grade`, "verdicts") ?? [];
  const figure = (field: "score" | "earnedPoints" | "penaltyPoints", fallback: number) => {
    const parsed = GradeFigure.safeParse(value[field]);
    if (parsed.success) return parsed.data;
    reportInvalidStoredValue(`${where} grade`, field, parsed.error.issues);
    return fallback;
  };
  return {
    score: figure("score", rowScore),
    earnedPoints: figure(
      "earnedPoints",
      verdicts.reduce((sum, verdict) => sum + Math.max(verdict.points, 0), 0),
    ),
    penaltyPoints: figure(
      "penaltyPoints",
      verdicts.reduce((sum, verdict) => sum + Math.max(-verdict.points, 0), 0),
    ),
    verdicts,
  };
}
