import { describe, expect, it } from "vitest";
import { familyCredits, summariseFamilies } from "@/lib/coding/code-family";
import { gradeCoding } from "@/lib/coding/grade-coding";
import { diagnosisStatus, findStatusProblems, isExternalCauseCode, resolveGradingKey } from "@/lib/coding/key-policy";
import type { AnswerKey, CodingGrade } from "@/lib/coding/types";
import { keyDiagnosis, keyProcedure } from "./answer-key-builders";

// A fall with a hip injury: two required lines, an optional place-of-occurrence code and an optional history code.
const fallKey: AnswerKey = {
  diagnoses: [
    keyDiagnosis("d1", "S72.001A"),
    { ...keyDiagnosis("d2", "W19.XXXA"), principle: "external-cause" },
    { ...keyDiagnosis("d3", "Z87.891"), status: "optional" },
  ],
  procedures: [keyProcedure("p1", "99284", { pointers: ["d1", "d3"] })],
};

// A visit where a consult code is accepted in place of the new-patient visit, and a dense-breast code is optional.
const consultKey: AnswerKey = {
  diagnoses: [keyDiagnosis("d1", "O24.410"), { ...keyDiagnosis("d2", "O26.893"), status: "alternate", alternateTo: "d1" }],
  procedures: [
    keyProcedure("p1", "99203"),
    { ...keyProcedure("p2", "99243"), status: "alternate", alternateTo: "p1", rationale: "A payer that still pays consults takes 99243." },
    { ...keyProcedure("p3", "G2211"), status: "optional" },
  ],
};

const statuses = (grade: CodingGrade) =>
  Object.fromEntries(grade.verdicts.map((verdict) => [verdict.keyLineId ?? verdict.submitted?.code ?? "?", verdict.status]));

describe("key line statuses", () => {
  it("an optional line left off costs nothing and is shown as optional", () => {
    const grade = gradeCoding(fallKey, { diagnoses: [{ code: "S72.001A" }], procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1] }] });
    expect(grade.score).toBe(100);
    expect(statuses(grade)).toEqual({ d1: "correct", d2: "optional", d3: "optional", p1: "correct" });
    expect(grade.verdicts.find((verdict) => verdict.keyLineId === "d2")).toMatchObject({ points: 0, maxPoints: 0, optional: true });
  });

  it("an optional line coded right costs nothing either, and is not an extra", () => {
    const grade = gradeCoding(fallKey, {
      diagnoses: [{ code: "S72.001A" }, { code: "W19.XXXA" }, { code: "Z87.891" }],
      procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1, 3] }],
    });
    expect(grade).toMatchObject({ score: 100, penaltyPoints: 0 });
    expect(statuses(grade)).toEqual({ d1: "correct", d2: "correct", d3: "correct", p1: "correct" });
  });

  it("required lines share the whole score: two required lines are 50 points each", () => {
    const grade = gradeCoding(fallKey, { diagnoses: [{ code: "S72.001A" }], procedures: [] });
    expect(grade.score).toBe(50);
    expect(grade.verdicts.find((verdict) => verdict.keyLineId === "p1")).toMatchObject({ status: "missing", maxPoints: 50 });
  });

  it("a code the chart does not support is still an extra and costs points", () => {
    const grade = gradeCoding(fallKey, {
      diagnoses: [{ code: "S72.001A" }, { code: "E11.9" }],
      procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1] }],
    });
    expect(grade).toMatchObject({ score: 95, penaltyPoints: 5 });
    expect(grade.verdicts.at(-2)).toMatchObject({ status: "extra", reasons: ["not-in-key"] });
  });

  it("an optional line coded with the wrong 7th character is partly right but costs nothing", () => {
    const grade = gradeCoding(fallKey, {
      diagnoses: [{ code: "S72.001A" }, { code: "W19.XXXD" }],
      procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1] }],
    });
    expect(grade.score).toBe(100);
    expect(grade.verdicts.find((verdict) => verdict.keyLineId === "d2")).toMatchObject({
      status: "partial",
      reasons: ["wrong-seventh-character"],
      points: 0,
      credit: 0.5,
    });
  });

  it("pointers to an optional diagnosis may be there or not; the primary pointer must still be the key's", () => {
    const both = gradeCoding(fallKey, {
      diagnoses: [{ code: "S72.001A" }, { code: "Z87.891" }],
      procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1, 2] }],
    });
    expect(both.score).toBe(100);
    const optionalFirst = gradeCoding(fallKey, {
      diagnoses: [{ code: "S72.001A" }, { code: "Z87.891" }],
      procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [2, 1] }],
    });
    expect(optionalFirst.verdicts.find((verdict) => verdict.keyLineId === "p1")).toMatchObject({ status: "partial", reasons: ["wrong-pointers"] });
  });

  it("an alternate line is accepted in place of the line it names, with its own rationale, and is not graded on its own", () => {
    const grade = gradeCoding(consultKey, { diagnoses: [{ code: "O24.410" }], procedures: [{ code: "99243", modifiers: [], units: 1, pointers: [1] }] });
    expect(grade.score).toBe(100);
    expect(statuses(grade)).toEqual({ d1: "correct", p1: "correct", p3: "optional" });
    const p1 = grade.verdicts.find((verdict) => verdict.keyLineId === "p1")!;
    expect(p1.message).toBe("Correct: 99243 ×1 is accepted in place of 99203 ×1.");
    expect(p1.rationale).toContain("still pays consults");
    const dx = gradeCoding(consultKey, { diagnoses: [{ code: "O26.893" }], procedures: [{ code: "99203", modifiers: [], units: 1, pointers: [1] }] });
    expect(dx.verdicts[0]).toMatchObject({ keyLineId: "d1", status: "correct", message: "Correct: O26.893 is accepted in place of O24.410." });
  });

  it("reporting both a line and its alternate leaves the alternate as an extra: it stands in, it is not added", () => {
    const grade = gradeCoding(consultKey, {
      diagnoses: [{ code: "O24.410" }],
      procedures: [
        { code: "99203", modifiers: [], units: 1, pointers: [1] },
        { code: "99243", modifiers: [], units: 1, pointers: [1] },
      ],
    });
    expect(grade.penaltyPoints).toBe(5);
  });
});

describe("the external-cause policy (Section I.C.20)", () => {
  it("knows chapter 20 codes", () => {
    expect(["W19.XXXA", "V43.52XA", "X50.0XXA", "Y92.009", "Y93.67"].every(isExternalCauseCode)).toBe(true);
    expect(["S72.001A", "T50.1X6A", "Z79.84", "99284"].some(isExternalCauseCode)).toBe(false);
  });

  it("makes every external-cause line optional, whatever the line says, unless the payer requires them", () => {
    const marked = { ...keyDiagnosis("d2", "W19.XXXA"), status: "required" as const };
    expect(diagnosisStatus(marked)).toBe("optional");
    expect(diagnosisStatus(marked, { name: "State workers' compensation", requiresExternalCause: true })).toBe("required");
    const required = resolveGradingKey(fallKey, { name: "State workers' compensation", requiresExternalCause: true });
    expect(required.diagnoses.map((line) => [line.id, line.status])).toEqual([
      ["d1", "required"],
      ["d2", "required"],
      ["d3", "optional"],
    ]);
    expect(
      gradeCoding(
        fallKey,
        { diagnoses: [{ code: "S72.001A" }], procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1] }] },
        { name: "State workers' compensation", requiresExternalCause: true },
      ).score,
    ).toBe(67);
  });

  it("refuses an external cause as the first-listed diagnosis, and an alternate that names nothing", () => {
    const key: AnswerKey = { diagnoses: [keyDiagnosis("d1", "W19.XXXA"), { ...keyDiagnosis("d2", "S72.001A"), status: "alternate" }], procedures: [] };
    expect(findStatusProblems(key)).toEqual([
      "d2: an alternate line names the line it stands in for (alternateTo)",
      "d1 (W19.XXXA) is the first-listed diagnosis and must be required",
      "d1 (W19.XXXA) is an external cause, which is never first-listed (Section I.C.20)",
    ]);
    expect(findStatusProblems(fallKey)).toEqual([]);
    expect(findStatusProblems(consultKey)).toEqual([]);
  });
});

describe("family accuracy and optional lines", () => {
  it("an optional line left off never shows up as a weak family", () => {
    const grade = gradeCoding(fallKey, { diagnoses: [{ code: "S72.001A" }], procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1] }] });
    const families = summariseFamilies(familyCredits(grade));
    expect(families.every((row) => row.accuracy === 1)).toBe(true);
    expect(families.map((row) => row.family.key).sort()).toEqual(["cpt-evaluation-and-management", "icd10cm-19"]);
  });

  it("an optional line coded partly wrong counts at the share it earned", () => {
    const grade = gradeCoding(fallKey, {
      diagnoses: [{ code: "S72.001A" }, { code: "W19.XXXD" }],
      procedures: [{ code: "99284", modifiers: [], units: 1, pointers: [1] }],
    });
    const external = summariseFamilies(familyCredits(grade)).find((row) => row.family.key === "icd10cm-20");
    expect(external).toMatchObject({ earned: 0.5, possible: 1 });
  });
});
