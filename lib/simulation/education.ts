import { seededRandom } from "@/lib/simulation/random";
import type { EducationCall, TeachingApproach, TeachingTopic } from "@/lib/simulation/scenario-schema";
import type { TeachingTurn } from "@/lib/simulation/types";

export const TOPIC_LABELS: Record<TeachingTopic, string> = {
  "link-diagnosis": "Link a specific diagnosis to every procedure",
  laterality: "State the side (right, left, bilateral) every time",
  "time-statement": "Write the total time when the visit is billed on time",
  "history-exam-vs-mdm": "The level rests on medical decision making, not a long history and exam",
  specificity: "Name the condition as specifically as the record allows",
};

export const APPROACH_LABELS: Record<TeachingApproach, string> = {
  "own-example": "Walk through one of their own notes and rewrite it together",
  "rule-and-why": "Explain the rule and why payers and auditors rely on it",
  "payer-threat": "Tell them claims will keep being denied until they fix it",
};

/** How likely a lesson taught this way is to change the physician's next notes (the first always lands when it is relevant). */
export const APPROACH_EFFECT: Record<TeachingApproach, number> = { "own-example": 1, "rule-and-why": 0.6, "payer-threat": 0.15 };

/** The topics the physician's own samples show a problem with, most frequent first. */
export function topicsNeeded(call: EducationCall): TeachingTopic[] {
  const counts = new Map<TeachingTopic, number>();
  for (const sample of call.samples) for (const topic of sample.issues) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([topic]) => topic);
}

/** One turn of the call: whether the topic mattered for this physician and whether the lesson landed (seeded, so a replay gives the same answer). */
export function teachTurn(
  call: EducationCall,
  seed: string,
  turnIndex: number,
  topic: TeachingTopic,
  approach: TeachingApproach,
): Pick<TeachingTurn, "relevant" | "landed"> {
  const relevant = topicsNeeded(call).includes(topic);
  if (!relevant) return { relevant, landed: false };
  const roll = seededRandom(`${seed}:teach:${turnIndex}:${topic}`)();
  return { relevant, landed: roll < APPROACH_EFFECT[approach] };
}

export type EducationOutcome = {
  needed: TeachingTopic[];
  improved: TeachingTopic[];
  notImproved: TeachingTopic[];
  /** Share of the physician's problems the call fixed, 0–100. */
  score: number;
  nextNotes: { topic: TeachingTopic; text: string; improved: boolean }[];
};

/** What changed in the physician's next notes after the call. */
export function educationOutcome(call: EducationCall, turns: readonly TeachingTurn[]): EducationOutcome {
  const needed = topicsNeeded(call);
  const improved = needed.filter((topic) => turns.some((turn) => turn.topic === topic && turn.landed));
  const notImproved = needed.filter((topic) => !improved.includes(topic));
  return {
    needed,
    improved,
    notImproved,
    score: needed.length === 0 ? 100 : Math.round((100 * improved.length) / needed.length),
    nextNotes: needed.flatMap((topic) => {
      const note = call.nextNotes[topic];
      if (!note) return [];
      const better = improved.includes(topic);
      return [{ topic, text: better ? note.improved : note.unchanged, improved: better }];
    }),
  };
}
