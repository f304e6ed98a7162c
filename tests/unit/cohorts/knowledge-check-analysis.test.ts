import { describe, expect, it } from "vitest";
import { analyseKnowledgeCheck } from "@/lib/cohorts/knowledge-check-analysis";
import { formatNumericAnswer, gradeKnowledgeCheck, type KnowledgeCheckAnswers } from "@/lib/guide/grade-knowledge-check";
import { allMatched, quiz } from "@/tests/unit/guide/code-set-quiz";

const right: KnowledgeCheckAnswers = { q1: "b", q2: 150, q3: allMatched };
const checked = (answers: KnowledgeCheckAnswers) => ({ answers, result: gradeKnowledgeCheck(quiz, answers) });

describe("analyseKnowledgeCheck", () => {
  const analysis = analyseKnowledgeCheck(quiz, [
    checked(right),
    checked({ ...right, q1: "a" }),
    checked({ ...right, q1: "a", q2: "200" }),
    checked({ ...right, q1: "a", q3: { ...allMatched, CPT: "Supplies", "HCPCS Level II": "Procedures" } }),
    checked({ q2: "1,500" }),
  ]);
  const item = (id: string) => analysis.items.find((entry) => entry.itemId === id)!;

  it("gives every question its share fully right over the learners who met it", () => {
    expect(analysis.learners).toBe(5);
    expect(item("q1")).toMatchObject({ learners: 5, correct: 1, unanswered: 1 });
    expect(item("q1").percentCorrect).toBeCloseTo(0.2);
    expect(item("q2")).toMatchObject({ correct: 3, percentCorrect: 0.6 });
    expect(item("q3")).toMatchObject({ correct: 3, partial: 1, unanswered: 1 });
  });

  it("names the wrong answers in the learner's words, most common first, leaving blanks out", () => {
    expect(item("q1").wrongAnswers).toEqual([{ value: "CPT", count: 3 }]);
    expect(item("q2").wrongAnswers).toEqual([
      { value: "1,500 USD", count: 1 },
      { value: "200 USD", count: 1 },
    ]);
    expect(item("q3").wrongAnswers).toEqual([
      { value: "CPT → Supplies", count: 1 },
      { value: "HCPCS Level II → Procedures", count: 1 },
    ]);
    expect(item("q2").correctAnswer).toBe("150 USD");
    expect(formatNumericAnswer(5, "%")).toBe("5%");
  });

  it("averages the scores and counts the passes", () => {
    const sets = [right, { ...right, q1: "a" }];
    const two = analyseKnowledgeCheck(quiz, sets.map(checked));
    const results = sets.map((answers) => gradeKnowledgeCheck(quiz, answers));
    expect(results.map((result) => result.passed)).toEqual([true, false]);
    expect(two.averageScore).toBe(Math.round((results[0]!.score + results[1]!.score) / 2));
    expect(two.passed).toBe(1);
  });

  it("leaves a question out of a check taken before it was added, and reads unreadable answers as none", () => {
    const full = gradeKnowledgeCheck(quiz, right);
    const old = { answers: "not an object", result: { ...full, items: full.items.filter((entry) => entry.id !== "q3") } };
    const withOld = analyseKnowledgeCheck(quiz, [old, checked({ ...right, q3: {} })]);
    expect(withOld.items.find((entry) => entry.itemId === "q3")).toMatchObject({ learners: 1, correct: 0, unanswered: 1, wrongAnswers: [] });
    expect(withOld.items.find((entry) => entry.itemId === "q1")).toMatchObject({ learners: 2, correct: 2 });
  });

  it("has nothing to average with no learners", () => {
    expect(analyseKnowledgeCheck(quiz, [])).toMatchObject({ learners: 0, averageScore: null, passed: 0 });
    expect(analyseKnowledgeCheck(quiz, []).items.every((entry) => entry.percentCorrect === 0)).toBe(true);
  });
});
