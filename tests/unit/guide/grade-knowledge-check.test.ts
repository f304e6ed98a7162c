import { describe, expect, it } from "vitest";
import type { Quiz } from "@/lib/content/schemas";
import { correctAnswers, gradeKnowledgeCheck, KNOWLEDGE_CHECK_PASS_FRACTION } from "@/lib/guide/grade-knowledge-check";
import { getGuide } from "@/lib/content/get-guide";
import { KnowledgeCheckAnswersSchema } from "@/lib/guide/grade-knowledge-check";
import { orderForAttempt, toPublicQuiz } from "@/lib/guide/public-quiz";
import { allMatched, quiz } from "@/tests/unit/guide/code-set-quiz";

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
    const tolerant: Quiz = {
      items: [{ ...quiz.items[1]!, kind: "numeric", answer: 23.45, tolerance: 0.01 } as Quiz["items"][number], quiz.items[0]!, quiz.items[2]!],
    };
    expect(gradeKnowledgeCheck(tolerant, { q2: 23.46 }).items[0]!.correct).toBe(true);
    expect(gradeKnowledgeCheck(tolerant, { q2: 23.47 }).items[0]!.correct).toBe(false);
  });

  it("grades matching per pair: swapping two answers costs two points and fails", () => {
    const result = gradeKnowledgeCheck(quiz, { q1: "b", q2: 150, q3: { ...allMatched, CPT: "Supplies", "HCPCS Level II": "Procedures" } });
    expect(result.items[2]).toMatchObject({ credit: 0.5, correct: false, points: 4, earned: 2 });
    expect(result).toMatchObject({ score: 71, passed: false });
  });

  it("one arithmetic slip with the concepts right still passes", () => {
    const result = gradeKnowledgeCheck(quiz, { q1: "b", q2: 151, q3: allMatched });
    expect(result.items[1]).toMatchObject({ points: 1, earned: 0 });
    expect(result).toMatchObject({ score: 86, passed: true });
  });

  it("a wrong concept question fails", () => {
    expect(gradeKnowledgeCheck(quiz, { q1: "a", q2: 150, q3: allMatched })).toMatchObject({ score: 71, passed: false });
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

describe("toPublicQuiz and the order of an attempt", () => {
  it("sends no answers or explanations to the browser, only what each item is worth", () => {
    const items = toPublicQuiz(quiz);
    expect(items.map((item) => item.points)).toEqual([2, 1, 4]);
    const json = JSON.stringify(items);
    expect(json).not.toContain("correct");
    expect(json).not.toContain("explanation");
    expect(json).not.toContain("150");
    expect(json).not.toContain("0.2 × 750");
  });

  it("orders options and matches the same way for the same attempt seed, and keeps every one", () => {
    const first = orderForAttempt(toPublicQuiz(quiz), "attempt-1");
    expect(orderForAttempt(toPublicQuiz(quiz), "attempt-1")).toEqual(first);
    const matching = first[2]!;
    if (matching.kind !== "matching") throw new Error("expected a matching item");
    expect([...matching.rights].sort()).toEqual(["Diagnoses", "Inpatient procedures", "Procedures", "Supplies"]);
    expect(matching.lefts).toEqual(["ICD-10-CM", "CPT", "HCPCS Level II", "ICD-10-PCS"]);
  });

  it("puts the keyed option in different places across attempts, and grades by option id", () => {
    const lesson = getGuide().modules[0]!.lessons[0]!;
    const single = lesson.quiz.items.find((item) => item.kind === "single")!;
    if (single.kind !== "single") throw new Error("expected a single-choice item");
    const keyed = single.options.find((option) => option.correct)!.id;
    const positions = new Set(
      Array.from({ length: 40 }, (_, n) => {
        const shown = orderForAttempt(toPublicQuiz(lesson.quiz), `attempt-${n}`).find((item) => item.id === single.id)!;
        return shown.kind === "single" ? shown.options.findIndex((option) => option.id === keyed) : -1;
      }),
    );
    expect(positions.size).toBeGreaterThanOrEqual(3);
    expect(gradeKnowledgeCheck(lesson.quiz, { [single.id]: keyed }).items.find((item) => item.id === single.id)!.correct).toBe(true);
  });
});

describe("KnowledgeCheckAnswersSchema: the size and shape of a submission", () => {
  it("accepts a normal attempt", () => {
    expect(KnowledgeCheckAnswersSchema.safeParse({ q1: "b", q2: "150", q3: allMatched }).success).toBe(true);
  });

  it.each([
    ["10,000 keys", Object.fromEntries(Array.from({ length: 10_000 }, (_, n) => [`q${n}`, "a"]))],
    ["21 keys", Object.fromEntries(Array.from({ length: 21 }, (_, n) => [`q${n}`, "a"]))],
    ["a matching answer with 50 pairs", { q3: Object.fromEntries(Array.from({ length: 50 }, (_, n) => [`left ${n}`, "x"])) }],
    ["an 860 KB answer", { q1: "x".repeat(860_000) }],
    ["a key that is not an item id", { "../../etc": "a" }],
    ["an array", ["a", "b"]],
    ["a nested object", { q1: { a: { b: "c" } } }],
  ])("refuses %s", (_name, answers) => {
    expect(KnowledgeCheckAnswersSchema.safeParse(answers).success).toBe(false);
  });
});

// Every knowledge check in the guide, reviewed by rule: the grading must reward understanding.
describe("every knowledge check grades what matters", () => {
  const lessons = getGuide().modules.flatMap((guideModule) => guideModule.lessons);
  it.each(lessons.map((lesson) => [lesson.slug, lesson] as const))("%s: one arithmetic slip passes; swapping any two matches fails", (_slug, lesson) => {
    const right = correctAnswers(lesson.quiz);
    expect(gradeKnowledgeCheck(lesson.quiz, right)).toMatchObject({ score: 100, passed: true });
    for (const item of lesson.quiz.items) {
      if (item.kind === "numeric" && item.tests === "arithmetic") {
        expect(gradeKnowledgeCheck(lesson.quiz, { ...right, [item.id]: item.answer + 1 + item.tolerance * 2 }).passed, `${item.id} slip`).toBe(true);
      }
      if (item.kind === "matching") {
        for (let i = 0; i < item.pairs.length; i += 1)
          for (let j = i + 1; j < item.pairs.length; j += 1) {
            const swapped = {
              ...(right[item.id] as Record<string, string>),
              [item.pairs[i]!.left]: item.pairs[j]!.right,
              [item.pairs[j]!.left]: item.pairs[i]!.right,
            };
            expect(gradeKnowledgeCheck(lesson.quiz, { ...right, [item.id]: swapped }).passed, `${item.id} swap ${i}/${j}`).toBe(false);
          }
      }
    }
  });

  const singles = lessons.flatMap((lesson) => lesson.quiz.items.filter((item) => item.kind === "single").map((item) => ({ lesson: lesson.slug, item })));
  it("no single-choice key gives itself away by being the longest option in most items", () => {
    const longest = singles.filter(({ item }) => {
      if (item.kind !== "single") return false;
      const lengths = item.options.map((option) => option.text.length);
      const keyed = item.options.find((option) => option.correct)!.text.length;
      return keyed === Math.max(...lengths) && lengths.filter((length) => length === keyed).length === 1;
    });
    expect(longest.length / singles.length).toBeLessThanOrEqual(0.4);
  });

  it("no prompt states its own numeric answer", () => {
    for (const lesson of lessons)
      for (const item of lesson.quiz.items)
        if (item.kind === "numeric") expect(item.prompt, `${lesson.slug} ${item.id}`).not.toMatch(new RegExp(`\\b(at most|up to|within) ${item.answer}\\b`));
  });
});
