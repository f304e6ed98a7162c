import { describe, expect, it } from "vitest";
import { gradeCoding } from "@/lib/coding/grade-coding";
import type { AnswerKey } from "@/lib/coding/types";
import { analyseCase, weakestFamilies } from "@/lib/cohorts/item-analysis";
import { keyDiagnosis, keyProcedure, submissionFromKey } from "@/tests/unit/coding/answer-key-builders";

// A knee arthroscopy key: one diagnosis with a 7th character, one claim line with a laterality modifier.
const key: AnswerKey = {
  diagnoses: [keyDiagnosis("d1", "S83.241A"), keyDiagnosis("d2", "M25.561")],
  procedures: [keyProcedure("p1", "29881", { modifiers: ["RT"], pointers: ["d1"] })],
};
const right = submissionFromKey(key);
const withFirstDiagnosis = (code: string) => ({ ...right, diagnoses: [{ code }, ...right.diagnoses.slice(1)] });
const withoutModifier = { ...right, procedures: [{ ...right.procedures[0]!, modifiers: [] }] };
const withoutSecond = { ...right, diagnoses: right.diagnoses.slice(0, 1) };
const withExtra = { ...right, diagnoses: [...right.diagnoses, { code: "R52" }] };

describe("analyseCase", () => {
  const grades = [
    right,
    withFirstDiagnosis("S83.241D"),
    withFirstDiagnosis("S83.241D"),
    withFirstDiagnosis("S83.242A"),
    withoutModifier,
    withoutSecond,
    withExtra,
  ].map((answer) => gradeCoding(key, answer));
  const analysis = analyseCase(key, grades);
  const line = (id: string) => analysis.lines.find((entry) => entry.keyLineId === id)!;

  it("gives every key line its percent correct over the learners analysed", () => {
    expect(analysis.learners).toBe(7);
    expect(line("d1")).toMatchObject({ code: "S83.241A", correct: 4, learners: 7 });
    expect(line("d1").percentCorrect).toBeCloseTo(4 / 7);
    expect(line("d2")).toMatchObject({ correct: 6, missing: 1 });
    expect(line("p1")).toMatchObject({ correct: 6, partial: 1 });
  });

  it("tallies the codes written instead, most common first", () => {
    expect(line("d1").wrongCodes[0]).toEqual({ value: "S83.241D", count: 2 });
    expect(line("d1").wrongCodes.map((tally) => tally.value)).toContain("S83.242A");
    expect(line("p1").wrongCodes).toEqual([{ value: "29881", count: 1 }]);
  });

  it("tallies why partly correct lines lost points: 7th character, modifiers", () => {
    expect(line("d1").partialReasons[0]).toEqual({ value: "wrong-seventh-character", count: 2 });
    expect(line("p1").partialReasons).toEqual([{ value: "missing-modifier", count: 1 }]);
  });

  it("lists extra codes and the average score", () => {
    expect(analysis.extraCodes).toEqual([{ value: "R52", count: 1 }]);
    expect(analysis.averageScore).toBe(Math.round(grades.reduce((sum, grade) => sum + grade.score, 0) / grades.length));
  });

  it("handles no learners without dividing by zero", () => {
    const empty = analyseCase(key, []);
    expect(empty).toMatchObject({ learners: 0, averageScore: null, extraCodes: [] });
    expect(empty.lines.every((entry) => entry.percentCorrect === 0)).toBe(true);
  });
});

describe("weakestFamilies", () => {
  it("ranks the cohort's code families weakest first", () => {
    const families = weakestFamilies([gradeCoding(key, withoutModifier), gradeCoding(key, withoutModifier), gradeCoding(key, right)]);
    expect(families[0]!.family.key).toBe("modifiers");
    expect(families[0]!.accuracy).toBeCloseTo(1 / 3);
    expect(families.at(-1)!.accuracy).toBe(1);
  });
});
