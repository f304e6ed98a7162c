import { afterEach, describe, expect, it, vi } from "vitest";
import { CodingGradeSchema } from "@/lib/coding/grade-schema";
import { gradeCase } from "@/lib/coding/grade-coding";
import { getCases } from "@/lib/practice/case-catalog";
import { attemptAnswerFromStored, attemptGradeFromStored } from "@/lib/practice/stored-attempt";
import { gradeKnowledgeCheck } from "@/lib/guide/grade-knowledge-check";
import { getGuide } from "@/lib/content/get-guide";
import { knowledgeCheckResultFromStored, KnowledgeCheckResultSchema } from "@/lib/guide/stored-knowledge-check";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";

// Stored JSON goes through JSON.stringify: read it back the way the database returns it.
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

afterEach(() => vi.restoreAllMocks());
const watchWarnings = () => vi.spyOn(console, "warn").mockImplementation(() => {});

describe("the stored grade's schema", () => {
  it("reads back every grade the grader writes, right and wrong answers alike, unchanged", () => {
    for (const chartCase of getCases()) {
      const right = submissionFromKey(chartCase.key);
      const wrong = {
        diagnoses: [{ code: "Z00.00" }, ...right.diagnoses.slice(1)],
        procedures: [...right.procedures.slice(1), { code: "99499", modifiers: [], units: 2, pointers: [1] }],
      };
      for (const submission of [right, wrong]) {
        const grade = gradeCase(chartCase, submission);
        const parsed = CodingGradeSchema.safeParse(stored(grade));
        expect(parsed.error?.issues, chartCase.id).toBeUndefined();
        expect(parsed.data, chartCase.id).toEqual(stored(grade));
      }
    }
  });

  it("reads back every knowledge-check result the grader writes", () => {
    for (const guideModule of getGuide().modules)
      for (const lesson of guideModule.lessons) {
        const result = gradeKnowledgeCheck(lesson.quiz, {});
        expect(KnowledgeCheckResultSchema.parse(stored(result)), lesson.slug).toEqual(stored(result));
      }
  });
});

describe("reading a malformed stored attempt", () => {
  it("keeps the valid answer lines and drops form rows that no longer match them", () => {
    const warn = watchWarnings();
    const answer = attemptAnswerFromStored(
      {
        diagnoses: [{ code: "S83.241A" }, { code: 42 }],
        procedures: [{ system: "cpt", code: "29881", modifiers: ["RT"], units: 1, pointers: [1] }, { code: "not a code" }],
        formRows: { diagnoses: [0, 1], procedures: [0, 1] },
      },
      "coding attempt a1",
    );
    expect(answer).toEqual({ diagnoses: [{ code: "S83.241A" }], procedures: [{ system: "cpt", code: "29881", modifiers: ["RT"], units: 1, pointers: [1] }] });
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining("coding attempt a1 answer: ignored the stored diagnoses[1]"),
      expect.stringContaining("coding attempt a1 answer: ignored the stored procedures[1]"),
    ]);
    expect(attemptAnswerFromStored("garbage")).toEqual({ diagnoses: [], procedures: [] });
  });

  it("keeps the valid verdicts and falls back to the row's score when the grade's figures are bad", () => {
    const warn = watchWarnings();
    const good = gradeCase(getCases()[0]!, submissionFromKey(getCases()[0]!.key));
    const grade = attemptGradeFromStored({ ...stored(good), score: "a lot", verdicts: [...good.verdicts, { kind: "nonsense" }] }, 87, "coding attempt a2");
    expect(grade.score).toBe(87);
    expect(grade.earnedPoints).toBe(good.earnedPoints);
    expect(grade.verdicts).toEqual(stored(good.verdicts));
    expect(warn).toHaveBeenCalledTimes(2);
    expect(attemptGradeFromStored(null, 40)).toEqual({ score: 40, earnedPoints: 0, penaltyPoints: 0, verdicts: [] });
  });

  it("keeps the valid items of a knowledge-check result and takes score and pass from the row", () => {
    watchWarnings();
    const item = { id: "q1", credit: 1, points: 1, earned: 1, correct: true, answered: true, explanation: "Because.", correctAnswer: "B" };
    expect(knowledgeCheckResultFromStored({ items: [item, { id: "q2" }], score: "?" }, { score: 50, passed: false })).toEqual({
      items: [item],
      score: 50,
      passed: false,
    });
  });
});
