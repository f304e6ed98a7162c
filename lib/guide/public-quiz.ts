import type { Quiz } from "@/lib/content/schemas";

/** What the browser may see of a knowledge check before it is submitted: no answers, no explanations. */
export type PublicQuizItem =
  | { id: string; kind: "single"; prompt: string; options: { id: string; text: string }[] }
  | { id: string; kind: "numeric"; prompt: string; unit?: string }
  | { id: string; kind: "matching"; prompt: string; lefts: string[]; rights: string[] };

/** A stable shuffle, so the server render and the browser agree and a retry shows the same order. */
function shuffleStable<T>(items: T[], seed: string): T[] {
  let state = [...seed].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

export function toPublicQuiz(quiz: Quiz, seed: string): PublicQuizItem[] {
  return quiz.items.map((item) => {
    switch (item.kind) {
      case "single":
        return { id: item.id, kind: item.kind, prompt: item.prompt, options: item.options.map(({ id, text }) => ({ id, text })) };
      case "numeric":
        return { id: item.id, kind: item.kind, prompt: item.prompt, unit: item.unit };
      case "matching":
        return {
          id: item.id,
          kind: item.kind,
          prompt: item.prompt,
          lefts: item.pairs.map((pair) => pair.left),
          rights: shuffleStable(item.pairs.map((pair) => pair.right), `${seed}:${item.id}`),
        };
    }
  });
}
