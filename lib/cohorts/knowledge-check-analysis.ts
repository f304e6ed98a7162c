import type { Quiz, QuizItem } from "@/lib/content/schemas";
import { correctAnswerText, formatNumericAnswer, numericAnswer, withinTolerance, type KnowledgeCheckResult } from "@/lib/guide/grade-knowledge-check";
import { tally, type Tally } from "@/lib/cohorts/item-analysis";

/** How the cohort did on one question of a lesson's knowledge check. Fractions are of the learners who met it (0–1). */
export type QuizItemAnalysis = {
  itemId: string;
  kind: QuizItem["kind"];
  prompt: string;
  correctAnswer: string;
  learners: number;
  correct: number;
  /** Matching questions with some pairs right. */
  partial: number;
  unanswered: number;
  percentCorrect: number;
  /** What learners answered instead, most common first: the option chosen, the number given, or a pair mismatched. */
  wrongAnswers: Tally[];
};

export type KnowledgeCheckAnalysis = { learners: number; averageScore: number | null; passed: number; items: QuizItemAnalysis[] };

export type GradedCheck = { answers: unknown; result: KnowledgeCheckResult };

function answersOf(stored: unknown): Record<string, unknown> {
  return typeof stored === "object" && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}

function wrongAnswersTo(item: QuizItem, answer: unknown): string[] {
  switch (item.kind) {
    case "single": {
      const chosen = item.options.find((option) => option.id === answer);
      return chosen && !chosen.correct ? [chosen.text] : [];
    }
    case "numeric": {
      const value = numericAnswer(answer);
      if (!Number.isFinite(value) || withinTolerance(item, value)) return [];
      return [formatNumericAnswer(value, item.unit)];
    }
    case "matching": {
      const chosen = answersOf(answer);
      return item.pairs
        .filter((pair) => typeof chosen[pair.left] === "string" && chosen[pair.left] !== pair.right)
        .map((pair) => `${pair.left} → ${chosen[pair.left]}`);
    }
  }
}

/**
 * Item analysis of one lesson's knowledge check: one graded check per learner (Chartwise uses each learner's first).
 * Every question the lesson asks now gets its percent fully right and the wrong answers most often given; a check
 * taken before a question was added does not count for that question.
 */
export function analyseKnowledgeCheck(quiz: Quiz, checks: GradedCheck[]): KnowledgeCheckAnalysis {
  const learners = checks.length;
  const items = quiz.items.map((item) => {
    const met = checks.flatMap((check) => {
      const result = check.result.items.find((entry) => entry.id === item.id);
      return result ? [{ result, answer: answersOf(check.answers)[item.id] }] : [];
    });
    const correct = met.filter(({ result }) => result.correct).length;
    return {
      itemId: item.id,
      kind: item.kind,
      prompt: item.prompt,
      correctAnswer: correctAnswerText(item),
      learners: met.length,
      correct,
      partial: met.filter(({ result }) => !result.correct && result.credit > 0).length,
      unanswered: met.filter(({ result }) => !result.answered).length,
      percentCorrect: met.length ? correct / met.length : 0,
      wrongAnswers: tally(met.filter(({ result }) => !result.correct && result.answered).flatMap(({ answer }) => wrongAnswersTo(item, answer))),
    };
  });
  return {
    learners,
    averageScore: learners ? Math.round(checks.reduce((sum, check) => sum + check.result.score, 0) / learners) : null,
    passed: checks.filter((check) => check.result.passed).length,
    items,
  };
}
