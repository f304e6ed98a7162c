import type { Quiz, QuizItem } from "@/lib/content/schemas";

/**
 * Points per item, by what it tests. A matching item earns one point per pair instead, each pair graded on its own:
 * confusing two revenue-cycle stages costs two points, as much as a concept question, while a slip in arithmetic
 * costs one.
 */
export const POINTS_BY_TEST: Record<QuizItem["tests"], number> = { concept: 2, fact: 1, arithmetic: 1 };
export const POINTS_PER_PAIR = 1;

/** What an item is worth: its weight by what it tests, or one point a pair for matching. */
export function itemPoints(item: QuizItem): number {
  return item.kind === "matching" ? item.pairs.length * POINTS_PER_PAIR : POINTS_BY_TEST[item.tests];
}

/** What the browser may see of a knowledge check before it is submitted: no answers, no explanations. */
export type PublicQuizItem = { id: string; prompt: string; points: number } & (
  { kind: "single"; options: { id: string; text: string }[] } | { kind: "numeric"; unit?: string } | { kind: "matching"; lefts: string[]; rights: string[] }
);

/** A deterministic shuffle: the same seed gives the same order (on the server render and in the browser alike). */
export function shuffleStable<T>(items: readonly T[], seed: string): T[] {
  let state = [...seed].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** The knowledge check without its answers, options and matches in the order the content lists them. */
export function toPublicQuiz(quiz: Quiz): PublicQuizItem[] {
  return quiz.items.map((item) => {
    switch (item.kind) {
      case "single":
        return { id: item.id, kind: item.kind, prompt: item.prompt, points: itemPoints(item), options: item.options.map(({ id, text }) => ({ id, text })) };
      case "numeric":
        return { id: item.id, kind: item.kind, prompt: item.prompt, points: itemPoints(item), unit: item.unit };
      case "matching":
        return {
          id: item.id,
          kind: item.kind,
          prompt: item.prompt,
          points: itemPoints(item),
          lefts: item.pairs.map((pair) => pair.left),
          rights: item.pairs.map((pair) => pair.right),
        };
    }
  });
}

/**
 * The order one attempt shows: single-choice options and matching answers shuffled by the attempt's seed, so the
 * keyed option is not always in the same place and a retry is not a memory test. Grading is by option id and by
 * the matched text, never by position.
 */
export function orderForAttempt(items: readonly PublicQuizItem[], seed: string): PublicQuizItem[] {
  return items.map((item) => {
    if (item.kind === "single") return { ...item, options: shuffleStable(item.options, `${seed}:${item.id}`) };
    if (item.kind === "matching") return { ...item, rights: shuffleStable(item.rights, `${seed}:${item.id}`) };
    return item;
  });
}
