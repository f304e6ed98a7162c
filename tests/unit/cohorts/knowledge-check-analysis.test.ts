import { describe, expect, it } from "vitest";
import type { Quiz } from "@/lib/content/schemas";
import { analyseKnowledgeCheck } from "@/lib/cohorts/knowledge-check-analysis";
import { gradeKnowledgeCheck, type KnowledgeCheckAnswers } from "@/lib/guide/grade-knowledge-check";

const quiz: Quiz = {
  items: [
    {
      id: "q1",
      kind: "single",
      tests: "concept",
      prompt: "Which code set describes diagnoses?",
      options: [
        { id: "a", text: "CPT", correct: false },
        { id: "b", text: "ICD-10-CM", correct: true },
        { id: "c", text: "HCPCS Level II", correct: false },
      ],
      explanation: "ICD-10-CM codes diagnoses.",
    },
    { id: "q2", kind: "numeric", tests: "arithmetic", prompt: "What share of 200 claims is 10?", answer: 5, tolerance: 0, unit: "%", explanation: "10 / 200." },
    {
      id: "q3",
      kind: "matching",
      tests: "concept",
      prompt: "Match.",
      pairs: [
        { left: "ICD-10-CM", right: "Diagnoses" },
        { left: "CPT", right: "Procedures" },
        { left: "HCPCS Level II", right: "Supplies" },
      ],
      explanation: "Each code set has its job.",
    },
  ],
};

const right: KnowledgeCheckAnswers = { q1: "b", q2: 5, q3: { "ICD-10-CM": "Diagnoses", CPT: "Procedures", "HCPCS Level II": "Supplies" } };
const checked = (answers: KnowledgeCheckAnswers) => ({ answers, result: gradeKnowledgeCheck(quiz, answers) });

describe("analyseKnowledgeCheck", () => {
  const analysis = analyseKnowledgeCheck(quiz, [
    checked(right),
    checked({ ...right, q1: "a" }),
    checked({ ...right, q1: "a", q2: "20" }),
    checked({ ...right, q1: "c", q3: { "ICD-10-CM": "Diagnoses", CPT: "Supplies", "HCPCS Level II": "Procedures" } }),
    checked({ q2: "1,000" }),
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
    expect(item("q1").wrongAnswers).toEqual([
      { value: "CPT", count: 2 },
      { value: "HCPCS Level II", count: 1 },
    ]);
    expect(item("q2").wrongAnswers).toEqual([
      { value: "1,000%", count: 1 },
      { value: "20%", count: 1 },
    ]);
    expect(item("q3").wrongAnswers).toEqual([
      { value: "CPT → Supplies", count: 1 },
      { value: "HCPCS Level II → Procedures", count: 1 },
    ]);
    expect(item("q2").correctAnswer).toBe("5%");
  });

  it("averages the scores and counts the passes", () => {
    const scores = [right, { ...right, q1: "a" }].map((answers) => gradeKnowledgeCheck(quiz, answers).score);
    const two = analyseKnowledgeCheck(quiz, [checked(right), checked({ ...right, q1: "a" })]);
    expect(two.averageScore).toBe(Math.round((scores[0]! + scores[1]!) / 2));
    expect(two.passed).toBe([right, { ...right, q1: "a" }].filter((answers) => gradeKnowledgeCheck(quiz, answers).passed).length);
  });

  it("leaves a question out of a check taken before it was added, and reads unreadable answers as none", () => {
    const old = {
      answers: "not an object",
      result: { ...gradeKnowledgeCheck(quiz, right), items: gradeKnowledgeCheck(quiz, right).items.filter((entry) => entry.id !== "q3") },
    };
    const analysisWithOld = analyseKnowledgeCheck(quiz, [old, checked({ ...right, q3: {} })]);
    expect(analysisWithOld.items.find((entry) => entry.itemId === "q3")).toMatchObject({ learners: 1, correct: 0, unanswered: 1, wrongAnswers: [] });
    expect(analysisWithOld.items.find((entry) => entry.itemId === "q1")).toMatchObject({ learners: 2, correct: 2 });
  });

  it("has nothing to average with no learners", () => {
    expect(analyseKnowledgeCheck(quiz, [])).toMatchObject({ learners: 0, averageScore: null, passed: 0 });
    expect(analyseKnowledgeCheck(quiz, []).items.every((entry) => entry.percentCorrect === 0)).toBe(true);
  });
});
