import { describe, expect, it } from "vitest";
import { analyseDenial, type GradedDenialWork } from "@/lib/cohorts/denial-analysis";
import { denialCatalog } from "@/lib/denials/catalog";

const scenario = denialCatalog().scenarios.find((candidate) => candidate.resolutions.accepted.some((accepted) => accepted.kind === "appeal"))!;
const rightCause = scenario.rootCause.options.find((option) => option.correct)!;
const wrongCauses = scenario.rootCause.options.filter((option) => !option.correct);
const work = (overrides: Partial<GradedDenialWork>): GradedDenialWork => ({
  rootCause: rightCause.id,
  resolution: "appeal",
  rootCauseCorrect: true,
  resolutionCorrect: true,
  appealOverturned: true,
  recoveredCents: 10_000,
  score: 100,
  ...overrides,
});

describe("analyseDenial", () => {
  const analysis = analyseDenial(scenario, [
    work({}),
    work({ appealOverturned: false, recoveredCents: 0, score: 70 }),
    work({ rootCause: wrongCauses[0]!.id, rootCauseCorrect: false, score: 60 }),
    work({
      rootCause: wrongCauses[0]!.id,
      rootCauseCorrect: false,
      resolution: "write-off",
      resolutionCorrect: false,
      appealOverturned: null,
      recoveredCents: 0,
      score: 10,
    }),
  ]);

  it("gives the root cause and the resolution each their share right", () => {
    expect(analysis.learners).toBe(4);
    expect(analysis.rootCause).toMatchObject({ answer: rightCause.text, correct: 2, percentCorrect: 0.5 });
    expect(analysis.resolution).toMatchObject({ correct: 3, percentCorrect: 0.75 });
    expect(analysis.resolution.accepted).toContain("Appeal (level 1)");
  });

  it("names the wrong choices in the words the learner chose from", () => {
    expect(analysis.rootCause.chosenInstead).toEqual([{ value: wrongCauses[0]!.text, count: 2 }]);
    expect(analysis.resolution.chosenInstead).toEqual([{ value: "Write it off", count: 1 }]);
  });

  it("counts appeals won, money recovered per learner and the average score", () => {
    expect(analysis.appeals).toEqual({ sent: 3, overturned: 2 });
    expect(analysis.averageRecoveredCents).toBe(5_000);
    expect(analysis.averageScore).toBe(60);
  });

  it("has nothing to average with no learners", () => {
    expect(analyseDenial(scenario, [])).toMatchObject({ learners: 0, averageScore: null, averageRecoveredCents: null, appeals: { sent: 0, overturned: 0 } });
  });
});
