import { z } from "zod";
import type { Quiz, QuizItem } from "@/lib/content/schemas";
import { safeText } from "@/lib/validation/fields";

/** A lesson counts as complete once its knowledge check scores at least this share. */
export const KNOWLEDGE_CHECK_PASS_FRACTION = 0.8;

/** Knowledge checks have a handful of questions and a matching item a handful of pairs: anything bigger is not an answer. */
export const KNOWLEDGE_CHECK_LIMITS = { questions: 30, pairs: 20 } as const;

const QuestionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const boundedRecord = <V extends z.ZodType>(value: V, max: number, message: string) =>
  z.record(z.string().max(300), value).refine((record) => Object.keys(record).length <= max, message);

export const KnowledgeCheckAnswersSchema = boundedRecord(
  z.union([
    safeText({ label: "An answer", max: 40 }),
    z.number().finite(),
    boundedRecord(safeText({ label: "A match", max: 300 }), KNOWLEDGE_CHECK_LIMITS.pairs, "A matching question has at most 20 pairs."),
  ]),
  KNOWLEDGE_CHECK_LIMITS.questions,
  "Those answers are for more questions than the check has. Reload the page and try again.",
).superRefine((answers, ctx) => {
  for (const [id, answer] of Object.entries(answers)) {
    if (!QuestionIdSchema.safeParse(id).success) ctx.addIssue({ code: "custom", message: "Those answers name a question the check does not have." });
    if (typeof answer === "object" && Object.keys(answer).some((key) => !safeText({ label: "A match", max: 300 }).safeParse(key).success)) {
      ctx.addIssue({ code: "custom", message: "A matching answer names an item the question does not have." });
    }
  }
});
export type KnowledgeCheckAnswers = z.infer<typeof KnowledgeCheckAnswersSchema>;

export type ItemResult = {
  id: string;
  /** 0 to 1: matching items earn a share for each pair matched. */
  credit: number;
  correct: boolean;
  answered: boolean;
  explanation: string;
  correctAnswer: string;
};

export type KnowledgeCheckResult = { items: ItemResult[]; score: number; passed: boolean };

function gradeItem(item: QuizItem, answer: KnowledgeCheckAnswers[string] | undefined): Omit<ItemResult, "id" | "explanation"> {
  switch (item.kind) {
    case "single": {
      const right = item.options.find((option) => option.correct)!;
      const answered = typeof answer === "string";
      const credit = answered && answer === right.id ? 1 : 0;
      return { credit, correct: credit === 1, answered, correctAnswer: right.text };
    }
    case "numeric": {
      const value = typeof answer === "number" ? answer : typeof answer === "string" && answer.trim() !== "" ? Number(answer.replaceAll(",", "")) : NaN;
      const answered = Number.isFinite(value);
      // A hair of slack so 23.46 is within 0.01 of 23.45 despite binary floating point.
      const credit = answered && Math.abs(value - item.answer) <= item.tolerance + 1e-9 ? 1 : 0;
      return { credit, correct: credit === 1, answered, correctAnswer: `${item.answer.toLocaleString("en-US")}${item.unit ? ` ${item.unit}` : ""}` };
    }
    case "matching": {
      const chosen = answer !== null && typeof answer === "object" ? answer : {};
      const matched = item.pairs.filter((pair) => chosen[pair.left] === pair.right).length;
      const credit = matched / item.pairs.length;
      return {
        credit,
        correct: credit === 1,
        answered: Object.keys(chosen).length > 0,
        correctAnswer: item.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; "),
      };
    }
  }
}

/** Grades a knowledge check: each item earns 0–1, the score is their mean as a whole percentage. */
export function gradeKnowledgeCheck(quiz: Quiz, answers: KnowledgeCheckAnswers): KnowledgeCheckResult {
  const items = quiz.items.map((item) => ({ id: item.id, explanation: item.explanation, ...gradeItem(item, answers[item.id]) }));
  const score = Math.round((100 * items.reduce((sum, item) => sum + item.credit, 0)) / items.length);
  return { items, score, passed: score >= KNOWLEDGE_CHECK_PASS_FRACTION * 100 };
}
