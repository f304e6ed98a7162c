import { describe, expect, it } from "vitest";
import { SCORE_WEIGHTS, SCORING_EXPLANATION } from "@/lib/coding/scoring-weights";
import { DIAGNOSIS_PARTIAL_REASONS, PROCEDURE_PARTIAL_REASONS } from "@/lib/coding/types";

describe("SCORE_WEIGHTS and SCORING_EXPLANATION", () => {
  it.each([...DIAGNOSIS_PARTIAL_REASONS, ...PROCEDURE_PARTIAL_REASONS])("gives %s a partial-credit factor between 0 and 1", (reason) => {
    const factor = SCORE_WEIGHTS.partialCredit[reason];
    expect(factor).toBeGreaterThan(0);
    expect(factor).toBeLessThan(1);
  });

  it("explains the weights with the numbers the grader uses", () => {
    const text = SCORING_EXPLANATION.join(" ");
    expect(text).toContain(`takes ${SCORE_WEIGHTS.extraLinePenalty} points off`);
    expect(text).toContain(`${SCORE_WEIGHTS.partialCredit["wrong-sequence"] * 100}%`);
    expect(text).toContain(`${SCORE_WEIGHTS.partialCredit["wrong-seventh-character"] * 100}%`);
  });
});
