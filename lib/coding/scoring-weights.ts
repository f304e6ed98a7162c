import type { PartialReason } from "@/lib/coding/types";

/**
 * How a coding answer is scored. Every line of the answer key is worth the same share of 100
 * (a key with 2 diagnoses and 2 procedures: 25 points a line). A partial line keeps its share
 * multiplied by the factor of each reason it has (7th character wrong and not first-listed:
 * 0.5 × 0.75 = 0.375). Wrong and missing lines earn 0. Each extra line takes points off the score.
 */
export const SCORE_WEIGHTS = {
  maxScore: 100,
  partialCredit: {
    "wrong-specificity": 0.5,
    "wrong-seventh-character": 0.5,
    "wrong-sequence": 0.75,
    "missing-modifier": 0.5,
    "extra-modifier": 0.5,
    "wrong-modifier": 0.5,
    "wrong-units": 0.5,
    "wrong-pointers": 0.75,
  } satisfies Record<PartialReason, number>,
  /** Off the 0–100 score for each submitted line that matches nothing in the key; the score stops at 0. */
  extraLinePenalty: 5,
} as const;

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
const credit = SCORE_WEIGHTS.partialCredit;

/** The scoring rules in plain English, one sentence each, for a page to show beside a grade. */
export const SCORING_EXPLANATION: readonly string[] = [
  `Your score is out of ${SCORE_WEIGHTS.maxScore}. Every required line of the answer key, diagnosis or procedure, is worth the same share.`,
  "Optional lines (codes the chart supports but a coder may leave off, such as external-cause codes) cost nothing either way. Some lines may be replaced by an accepted alternate.",
  "Diagnoses are matched to the key by code, not by position. An alternate code the key accepts counts as correct.",
  `Right category but a different code (for example the wrong side or type) earns ${percent(credit["wrong-specificity"])} of the line; the right code with the wrong 7th character (encounter) earns ${percent(credit["wrong-seventh-character"])}.`,
  `The first-listed diagnosis must be the key's first diagnosis; the right code in another position earns ${percent(credit["wrong-sequence"])}. The order of the other diagnoses does not matter.`,
  `Procedure lines are matched by code. A missing, extra or wrong modifier earns ${percent(credit["missing-modifier"])} of the line (modifier order does not matter), wrong units ${percent(credit["wrong-units"])}, and wrong diagnosis pointers ${percent(credit["wrong-pointers"])}. Several mistakes on one line multiply.`,
  "A different code, even one from the same code family, earns nothing for that line.",
  `Each extra line, one the chart does not support or a repeat of a line, takes ${SCORE_WEIGHTS.extraLinePenalty} points off. The score never goes below 0.`,
];
