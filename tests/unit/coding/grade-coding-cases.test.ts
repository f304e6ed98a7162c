import { describe, expect, it } from "vitest";
import { gradeCase } from "@/lib/coding/grade-coding";
import { diagnosisStatus, procedureStatus } from "@/lib/coding/key-policy";
import type { KeyDiagnosis, KeyProcedure } from "@/lib/coding/types";
import { CodingSubmissionSchema } from "@/lib/coding/schemas";
import type { CodingSubmission } from "@/lib/coding/types";
import { loadCases } from "@/lib/content/load-cases";
import { submissionFromKey } from "./answer-key-builders";

const cases = loadCases();
const caseById = (id: string) => cases.find((chartCase) => chartCase.id === id)!;
type ChartCase = (typeof cases)[number];
const statusIn = (chartCase: ChartCase) => (line: KeyDiagnosis | KeyProcedure) =>
  line.id.startsWith("d") ? diagnosisStatus(line as KeyDiagnosis, chartCase.payer) : procedureStatus(line as KeyProcedure);
const gradedLines = (chartCase: ChartCase) =>
  [...chartCase.key.diagnoses, ...chartCase.key.procedures].filter((line) => statusIn(chartCase)(line) !== "alternate");

describe("gradeCoding on the real cases", () => {
  it.each(cases.map((chartCase) => [chartCase.id, chartCase] as const))("%s: the key itself scores 100, every line correct", (_, chartCase) => {
    const submission = submissionFromKey(chartCase.key);
    // The key, written as a learner would, must also get through the submission schema.
    expect(CodingSubmissionSchema.safeParse(submission).success).toBe(true);
    const grade = gradeCase(chartCase, submission);
    expect(grade.score).toBe(100);
    expect(grade.penaltyPoints).toBe(0);
    expect(grade.verdicts.every((verdict) => verdict.status === "correct")).toBe(true);
    expect(grade.verdicts).toHaveLength(gradedLines(chartCase).length);
  });

  it.each(cases.map((chartCase) => [chartCase.id, chartCase] as const))("%s: the key without its optional lines also scores 100", (_, chartCase) => {
    const isOptional = (line: KeyDiagnosis | KeyProcedure) => statusIn(chartCase)(line) === "optional";
    const grade = gradeCase(chartCase, submissionFromKey(chartCase.key, { withOptional: false, isOptional }));
    expect(grade.score).toBe(100);
    const optionalIds = gradedLines(chartCase)
      .filter(isOptional)
      .map((line) => line.id);
    expect(grade.verdicts.filter((verdict) => verdict.status === "optional").map((verdict) => verdict.keyLineId)).toEqual(optionalIds);
  });

  it.each(cases.map((chartCase) => [chartCase.id, chartCase] as const))("%s: an empty answer scores 0, every key line missing", (_, chartCase) => {
    const grade = gradeCase(chartCase, { diagnoses: [], procedures: [] });
    expect(grade.score).toBe(0);
    const lines = gradedLines(chartCase);
    expect(grade.verdicts.map((verdict) => verdict.status)).toEqual(lines.map((line) => (statusIn(chartCase)(line) === "optional" ? "optional" : "missing")));
    expect(grade.verdicts.map((verdict) => verdict.keyLineId)).toEqual(lines.map((line) => line.id));
  });

  it("accepts every alternate the cases list, for diagnoses and claim lines", () => {
    for (const chartCase of cases) {
      const submission = submissionFromKey(chartCase.key);
      chartCase.key.diagnoses
        .filter((line) => line.status !== "alternate")
        .forEach((diagnosis, index) => {
          for (const alternate of diagnosis.alternates) {
            const diagnoses = submission.diagnoses.map((line, at) => (at === index ? { code: alternate } : line));
            expect(gradeCase(chartCase, { ...submission, diagnoses }).score, `${chartCase.id} ${alternate}`).toBe(100);
          }
        });
      chartCase.key.procedures
        .filter((line) => line.status !== "alternate")
        .forEach((procedure, index) => {
          for (const alternate of procedure.alternates) {
            const procedures = submission.procedures.map((line, at) =>
              at === index ? { ...line, code: alternate.code, modifiers: alternate.modifiers, units: alternate.units ?? procedure.units } : line,
            );
            expect(gradeCase(chartCase, { ...submission, procedures }).score, `${chartCase.id} ${alternate.code}`).toBe(100);
          }
        });
    }
  });

  it("grades a typical knee-scope answer: wrong encounter, no side modifier", () => {
    const chartCase = caseById("ortho-knee-scope-medial-meniscus");
    const submission: CodingSubmission = { diagnoses: [{ code: "S83241D" }], procedures: [{ code: "29881", modifiers: [], units: 1, pointers: [1] }] };
    const grade = gradeCase(chartCase, submission);
    expect(grade.verdicts.map((verdict) => [verdict.status, verdict.reasons])).toEqual([
      ["partial", ["wrong-seventh-character"]],
      ["partial", ["missing-modifier"]],
    ]);
    expect(grade.verdicts[0]!.rationale).toContain("surgery is active treatment");
    expect(grade.score).toBe(50);
  });

  it("grades the lacerations case with the scalp repair listed after the hand and XS left off", () => {
    const chartCase = caseById("ed-multiple-lacerations-anticoagulated");
    const submission: CodingSubmission = {
      diagnoses: ["S61.411A", "S01.01XA", "S51.811A", "W01.110A", "Z79.01"].map((code) => ({ code })),
      procedures: [
        { code: "99284", modifiers: ["25"], units: 1, pointers: [2, 5] },
        { code: "12032", modifiers: [], units: 1, pointers: [2] },
        { code: "12002", modifiers: [], units: 1, pointers: [1, 3] },
      ],
    };
    const grade = gradeCase(chartCase, submission);
    expect(grade.verdicts.filter((verdict) => verdict.status !== "correct").map((verdict) => [verdict.keyLineId, verdict.reasons])).toEqual([
      ["d1", ["wrong-sequence"]],
      ["p3", ["missing-modifier"]],
    ]);
    // 7 required lines of 100/7 points (the external cause W01.110A is optional): d1 keeps 75%, p3 50%.
    expect(grade.earnedPoints).toBe(89.29);
    expect(grade.score).toBe(89);
  });
});
