import { z } from "zod";
import type { Quiz, QuizItem } from "@/lib/content/schemas";
import { itemPoints } from "@/lib/guide/public-quiz";
import { safeText } from "@/lib/validation/fields";

export { itemPoints, POINTS_BY_TEST, POINTS_PER_PAIR } from "@/lib/guide/public-quiz";

/** A lesson counts as complete once its knowledge check scores at least this share of its points. */
export const KNOWLEDGE_CHECK_PASS_FRACTION = 0.8;

// Bounds of a submission: a knowledge check has a handful of items, a matching item a handful of pairs.
export const MAX_ANSWERED_ITEMS = 20;
export const MAX_MATCHED_PAIRS = 12;
const ItemId = z.string().regex(/^[a-z0-9-]{1,40}$/, "Unknown question.");
const MatchingAnswer = z
  .record(safeText({ label: "A match", max: 300 }), safeText({ label: "A match", max: 300 }))
  .refine((pairs) => Object.keys(pairs).length <= MAX_MATCHED_PAIRS, `A matching question has at most ${MAX_MATCHED_PAIRS} pairs.`);
const Answer = z.union([safeText({ label: "An answer", max: 40 }), z.number().finite(), MatchingAnswer]);

/** The answers of one attempt, item id → answer. Its size is checked before any key is read, so a huge body costs nothing. */
export const KnowledgeCheckAnswersSchema = z
  .custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value), "Those answers could not be read.")
  .refine((value) => Object.keys(value).length <= MAX_ANSWERED_ITEMS, "Those answers are for more questions than the check has. Reload the page and try again.")
  .pipe(z.record(ItemId, Answer));
export type KnowledgeCheckAnswers = z.infer<typeof KnowledgeCheckAnswersSchema>;

export type ItemResult = {
  id: string;
  /** 0 to 1: matching items earn a share for each pair matched. */
  credit: number;
  /** What the item is worth and what this answer earned. */
  points: number;
  earned: number;
  correct: boolean;
  answered: boolean;
  explanation: string;
  correctAnswer: string;
};

export type KnowledgeCheckResult = { items: ItemResult[]; score: number; passed: boolean };

/** The answers that earn full marks on a check, item id → answer (for seeding demo learners and for tests). */
export function correctAnswers(quiz: Quiz): KnowledgeCheckAnswers {
  return Object.fromEntries(
    quiz.items.map((item) => [
      item.id,
      item.kind === "single"
        ? item.options.find((option) => option.correct)!.id
        : item.kind === "numeric"
          ? item.answer
          : Object.fromEntries(item.pairs.map((pair) => [pair.left, pair.right])),
    ]),
  );
}

/** A number with its unit as a learner reads it: "5%", "1,250 USD". */
export function formatNumericAnswer(value: number, unit: string | undefined): string {
  return `${value.toLocaleString("en-US")}${!unit ? "" : unit === "%" ? "%" : ` ${unit}`}`;
}

/** The right answer in words, as the learner's feedback and the instructor's item analysis show it. */
export function correctAnswerText(item: QuizItem): string {
  switch (item.kind) {
    case "single":
      return item.options.find((option) => option.correct)!.text;
    case "numeric":
      return formatNumericAnswer(item.answer, item.unit);
    case "matching":
      return item.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; ");
  }
}

/** A numeric question's answer as a number ("1,250" reads as 1250); NaN when nothing usable was given. */
export function numericAnswer(answer: unknown): number {
  return typeof answer === "number" ? answer : typeof answer === "string" && answer.trim() !== "" ? Number(answer.replaceAll(",", "")) : NaN;
}

// A hair of slack so 23.46 is within 0.01 of 23.45 despite binary floating point.
export const withinTolerance = (item: Extract<QuizItem, { kind: "numeric" }>, value: number) => Math.abs(value - item.answer) <= item.tolerance + 1e-9;

function gradeItem(item: QuizItem, answer: KnowledgeCheckAnswers[string] | undefined): Omit<ItemResult, "id" | "explanation" | "points" | "earned"> {
  switch (item.kind) {
    case "single": {
      // Graded by option id: the order the options were shown in does not matter.
      const right = item.options.find((option) => option.correct)!;
      const answered = typeof answer === "string";
      const credit = answered && answer === right.id ? 1 : 0;
      return { credit, correct: credit === 1, answered, correctAnswer: correctAnswerText(item) };
    }
    case "numeric": {
      const value = numericAnswer(answer);
      const answered = Number.isFinite(value);
      const credit = answered && withinTolerance(item, value) ? 1 : 0;
      return { credit, correct: credit === 1, answered, correctAnswer: correctAnswerText(item) };
    }
    case "matching": {
      const chosen = answer !== null && typeof answer === "object" ? answer : {};
      const matched = item.pairs.filter((pair) => chosen[pair.left] === pair.right).length;
      const credit = matched / item.pairs.length;
      return {
        credit,
        correct: credit === 1,
        answered: Object.keys(chosen).length > 0,
        correctAnswer: correctAnswerText(item),
      };
    }
  }
}

/** Grades a knowledge check: each item earns its points in proportion to its credit; the score is the share of points. */
export function gradeKnowledgeCheck(quiz: Quiz, answers: KnowledgeCheckAnswers): KnowledgeCheckResult {
  const items = quiz.items.map((item): ItemResult => {
    const graded = gradeItem(item, answers[item.id]);
    const points = itemPoints(item);
    return { id: item.id, explanation: item.explanation, ...graded, points, earned: graded.credit * points };
  });
  const total = items.reduce((sum, item) => sum + item.points, 0);
  const score = Math.round((100 * items.reduce((sum, item) => sum + item.earned, 0)) / total);
  return { items, score, passed: score >= KNOWLEDGE_CHECK_PASS_FRACTION * 100 };
}
