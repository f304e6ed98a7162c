import { describe, expect, it } from "vitest";
import type { Quiz } from "@/lib/content/schemas";
import { gradeKnowledgeCheck, KNOWLEDGE_CHECK_PASS_FRACTION } from "@/lib/guide/grade-knowledge-check";
import { toPublicQuiz } from "@/lib/guide/public-quiz";

const quiz: Quiz = {
  items: [
    {
      id: "q1",
      kind: "single",
      prompt: "Which code set describes diagnoses?",
      options: [
        { id: "a", text: "CPT", correct: false },
        { id: "b", text: "ICD-10-CM", correct: true },
      ],
      explanation: "ICD-10-CM codes diagnoses.",
    },
    { id: "q2", kind: "numeric", prompt: "Coinsurance of 20 percent on 750 dollars?", answer: 150, tolerance: 0, unit: "USD", explanation: "0.2 × 750." },
    {
      id: "q3",
      kind: "matching",
      prompt: "Match.",
      pairs: [
        { left: "ICD-10-CM", right: "Diagnoses" },
        { left: "CPT", right: "Procedures" },
        { left: "HCPCS Level II", right: "Supplies" },
        { left: "ICD-10-PCS", right: "Inpatient procedures" },
      ],
      explanation: "Each set has its job.",
    },
  ],
};

const allMatched = { "ICD-10-CM": "Diagnoses", CPT: "Procedures", "HCPCS Level II": "Supplies", "ICD-10-PCS": "Inpatient procedures" };

describe("gradeKnowledgeCheck", () => {
  it("gives full marks for all-correct answers and passes", () => {
    const result = gradeKnowledgeCheck(quiz, { q1: "b", q2: 150, q3: allMatched });
    expect(result).toMatchObject({ score: 100, passed: true });
    expect(result.items.every((item) => item.correct)).toBe(true);
  });

  it("explains every item, right or wrong, and names the right answer", () => {
    const result = gradeKnowledgeCheck(quiz, { q1: "a", q2: 100, q3: {} });
    expect(result.items.map((item) => [item.id, item.correct, item.explanation])).toEqual([
      ["q1", false, "ICD-10-CM codes diagnoses."],
      ["q2", false, "0.2 × 750."],
      ["q3", false, "Each set has its job."],
    ]);
    expect(result.items[0]!.correctAnswer).toBe("ICD-10-CM");
    expect(result.items[1]!.correctAnswer).toBe("150 USD");
    expect(result.score).toBe(0);
    expect(result.passed).toBe(false);
  });

  it.each([
    ["150", true],
    [" 150 ", true],
    ["150.0", true],
    ["151", false],
    ["", false],
    ["abc", false],
  ])("reads the numeric answer %j as %s", (answer, correct) => {
    expect(gradeKnowledgeCheck(quiz, { q2: answer }).items[1]!.correct).toBe(correct);
  });

  it("accepts a numeric answer within the item's tolerance", () => {
    const tolerant: Quiz = { items: [{ ...quiz.items[1]!, kind: "numeric", answer: 23.45, tolerance: 0.01 } as Quiz["items"][number], quiz.items[0]!, quiz.items[2]!] };
    expect(gradeKnowledgeCheck(tolerant, { q2: 23.46 }).items[0]!.correct).toBe(true);
    expect(gradeKnowledgeCheck(tolerant, { q2: 23.47 }).items[0]!.correct).toBe(false);
  });

  it("gives matching items a share of credit per pair", () => {
    const result = gradeKnowledgeCheck(quiz, { q1: "b", q2: 150, q3: { ...allMatched, CPT: "Supplies", "HCPCS Level II": "Procedures" } });
    expect(result.items[2]).toMatchObject({ credit: 0.5, correct: false });
    expect(result.score).toBe(83);
  });

  it("passes at exactly the pass mark and not below it", () => {
    expect(KNOWLEDGE_CHECK_PASS_FRACTION).toBe(0.8);
    const fiveItems: Quiz = { items: [0, 1, 2, 3, 4].map((n) => ({ ...quiz.items[0]!, id: `s${n}` })) as Quiz["items"] };
    expect(gradeKnowledgeCheck(fiveItems, { s0: "b", s1: "b", s2: "b", s3: "b", s4: "a" })).toMatchObject({ score: 80, passed: true });
    expect(gradeKnowledgeCheck(fiveItems, { s0: "b", s1: "b", s2: "b", s3: "a", s4: "a" })).toMatchObject({ score: 60, passed: false });
  });

  it("treats answers of the wrong shape as wrong, not as a crash", () => {
    const result = gradeKnowledgeCheck(quiz, { q1: { b: "x" }, q2: { x: "y" }, q3: "Diagnoses" });
    expect(result.score).toBe(0);
  });
});

describe("toPublicQuiz", () => {
  it("sends no answers or explanations to the browser", () => {
    const json = JSON.stringify(toPublicQuiz(quiz, "lesson"));
    expect(json).not.toContain("correct");
    expect(json).not.toContain("explanation");
    expect(json).not.toContain("150");
    expect(json).not.toContain("0.2 × 750");
  });

  it("shuffles matching answers the same way every time", () => {
    const first = toPublicQuiz(quiz, "lesson")[2];
    const second = toPublicQuiz(quiz, "lesson")[2];
    expect(first).toEqual(second);
    if (first?.kind !== "matching") throw new Error("expected a matching item");
    expect([...first.rights].sort()).toEqual(["Diagnoses", "Inpatient procedures", "Procedures", "Supplies"]);
    expect(first.lefts).toEqual(["ICD-10-CM", "CPT", "HCPCS Level II", "ICD-10-PCS"]);
  });
});
