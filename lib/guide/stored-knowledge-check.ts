import { z } from "zod";
import { parseListLeniently } from "@/lib/db/stored-data";
import type { ItemResult, KnowledgeCheckResult } from "@/lib/guide/grade-knowledge-check";

/** One graded item as gradeKnowledgeCheck returns it and QuizAttempt.results stores it. */
export const ItemResultSchema = z.object({
  id: z.string(),
  credit: z.number().min(0).max(1),
  points: z.number().finite(),
  earned: z.number().finite(),
  correct: z.boolean(),
  answered: z.boolean(),
  explanation: z.string(),
  correctAnswer: z.string(),
}) satisfies z.ZodType<ItemResult>;

export const KnowledgeCheckResultSchema = z.object({
  items: z.array(ItemResultSchema),
  score: z.number().finite(),
  passed: z.boolean(),
}) satisfies z.ZodType<KnowledgeCheckResult>;

/**
 * A stored knowledge-check result (QuizAttempt.results), item by item: items the schema rejects are reported and
 * left out, and the score and pass come from the attempt row's own columns, which the database types.
 */
export function knowledgeCheckResultFromStored(stored: unknown, row: { score: number; passed: boolean }, where = "quiz attempt"): KnowledgeCheckResult {
  const whole = KnowledgeCheckResultSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const items = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>).items : undefined;
  return { items: parseListLeniently(ItemResultSchema, items, `${where} results`, "items") ?? [], score: row.score, passed: row.passed };
}
