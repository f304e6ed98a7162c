import { describe, expect, it } from "vitest";
import { gradeCoding } from "@/lib/coding/grade-coding";
import type { AnswerKey, CodingSubmission, SubmittedProcedure } from "@/lib/coding/types";
import { keyDiagnosis, keyProcedure, submissionFromKey } from "./answer-key-builders";

// Two lines, 50 points each.
const kneeKey: AnswerKey = {
  diagnoses: [keyDiagnosis("d1", "S83.241A")],
  procedures: [keyProcedure("p1", "29881", { modifiers: ["RT"] })],
};

// Four lines, 25 points each.
const injectionKey: AnswerKey = {
  diagnoses: [keyDiagnosis("d1", "S39.012A")],
  procedures: [keyProcedure("p1", "99213", { modifiers: ["25"] }), keyProcedure("p2", "96372"), keyProcedure("p3", "J1885", { units: 2 })],
};

// Diagnoses only: two lines, 50 points each.
const diabetesKey: AnswerKey = { diagnoses: [keyDiagnosis("d1", "E11.65"), keyDiagnosis("d2", "I10")], procedures: [] };

const scopeLine = (fields: Partial<SubmittedProcedure> = {}): SubmittedProcedure => ({ code: "29881", modifiers: ["RT"], units: 1, pointers: [1], ...fields });
const knee = (diagnoses: string[], procedures: SubmittedProcedure[] = [scopeLine()]): CodingSubmission => ({
  diagnoses: diagnoses.map((code) => ({ code })),
  procedures,
});

const verdictFor = (grade: ReturnType<typeof gradeCoding>, keyLineId: string) => grade.verdicts.find((verdict) => verdict.keyLineId === keyLineId)!;

describe("gradeCoding: diagnoses", () => {
  it.each([
    ["exact code", "S83.241A", "correct", [], 100],
    ["wrong 7th character (subsequent for initial)", "S83.241D", "partial", ["wrong-seventh-character"], 75],
    ["wrong 7th character (sequela)", "S83.241S", "partial", ["wrong-seventh-character"], 75],
    ["right category, unspecified knee", "S83.249A", "partial", ["wrong-specificity"], 75],
    ["right category, other side (laterality counts as specificity)", "S83.242A", "partial", ["wrong-specificity"], 75],
    ["right category, other side and encounter", "S83.242D", "partial", ["wrong-specificity"], 75],
    ["same family, other category", "S86.011A", "wrong", ["wrong-code"], 50],
  ])("%s: %s is %s", (_, code, status, reasons, score) => {
    const grade = gradeCoding(kneeKey, knee([code]));
    expect(verdictFor(grade, "d1")).toMatchObject({ status, reasons });
    expect(grade.score).toBe(score);
  });

  it("explains a wrong 7th character in terms of the encounter", () => {
    const verdict = verdictFor(gradeCoding(kneeKey, knee(["S83.241D"])), "d1");
    expect(verdict.message).toBe(
      "Right code, wrong 7th character: S83.241D is a subsequent encounter (healing or recovery), but this visit is an initial encounter (active treatment), so S83.241A.",
    );
    expect(verdict).toMatchObject({
      points: 25,
      maxPoints: 50,
      submitted: { code: "S83.241D" },
      expected: { code: "S83.241A" },
      rationale: "Why S83.241A.",
      evidence: ["evidence for S83.241A"],
    });
  });

  it("gives half credit for E11.9 where the chart supports E11.65", () => {
    const grade = gradeCoding(diabetesKey, { diagnoses: [{ code: "E11.9" }, { code: "I10" }], procedures: [] });
    expect(verdictFor(grade, "d1")).toMatchObject({ status: "partial", reasons: ["wrong-specificity"], points: 25 });
    expect(verdictFor(grade, "d1").message).toContain("Right category (E11)");
    expect(grade.score).toBe(75);
  });

  it("accepts an alternate the key lists", () => {
    const key: AnswerKey = { diagnoses: [keyDiagnosis("d1", "R07.9", ["R07.89"])], procedures: [] };
    const grade = gradeCoding(key, { diagnoses: [{ code: "R07.89" }], procedures: [] });
    expect(grade.verdicts).toMatchObject([{ status: "correct", reasons: ["accepted-alternate"], points: 100 }]);
    expect(grade.score).toBe(100);
  });

  it("takes a quarter off the first-listed diagnosis when the right codes are in the wrong order", () => {
    const grade = gradeCoding(diabetesKey, { diagnoses: [{ code: "I10" }, { code: "E11.65" }], procedures: [] });
    expect(grade.verdicts).toMatchObject([
      { keyLineId: "d1", status: "partial", reasons: ["wrong-sequence"], submittedLine: 2, points: 37.5 },
      { keyLineId: "d2", status: "correct", reasons: [], submittedLine: 1, points: 50 },
    ]);
    expect(grade.score).toBe(88);
  });

  it("does not mind the order of secondary diagnoses", () => {
    const key: AnswerKey = { diagnoses: [keyDiagnosis("d1", "S01.01XA"), keyDiagnosis("d2", "S61.411A"), keyDiagnosis("d3", "Z79.01")], procedures: [] };
    const grade = gradeCoding(key, { diagnoses: [{ code: "S01.01XA" }, { code: "Z79.01" }, { code: "S61.411A" }], procedures: [] });
    expect(grade.score).toBe(100);
    expect(grade.verdicts.every((verdict) => verdict.status === "correct")).toBe(true);
  });

  it("combines a wrong 7th character with the wrong position multiplicatively", () => {
    const grade = gradeCoding(diabetesKey, { diagnoses: [{ code: "I10" }, { code: "E11.69" }], procedures: [] });
    expect(verdictFor(grade, "d1")).toMatchObject({ reasons: ["wrong-specificity", "wrong-sequence"], points: 18.75 });
    expect(verdictFor(grade, "d1").message).toContain("It should also be listed first.");
  });

  it("matches near misses to the closest key line rather than by position", () => {
    const key: AnswerKey = { diagnoses: [keyDiagnosis("d1", "E11.65"), keyDiagnosis("d2", "E11.42")], procedures: [] };
    const grade = gradeCoding(key, { diagnoses: [{ code: "E11.649" }, { code: "E11.40" }], procedures: [] });
    expect(grade.verdicts).toMatchObject([
      { keyLineId: "d1", status: "partial", submitted: { code: "E11.649" } },
      { keyLineId: "d2", status: "partial", submitted: { code: "E11.40" } },
    ]);
  });

  it("uses one submitted line for at most one key line", () => {
    const key: AnswerKey = { diagnoses: [keyDiagnosis("d1", "S83.241A"), keyDiagnosis("d2", "S83.242A")], procedures: [] };
    const grade = gradeCoding(key, { diagnoses: [{ code: "S83.241A" }], procedures: [] });
    expect(grade.verdicts).toMatchObject([
      { keyLineId: "d1", status: "correct" },
      { keyLineId: "d2", status: "missing", reasons: [], points: 0, message: "Missing: S83.242A was not coded." },
    ]);
  });

  it("counts a repeated diagnosis as an extra line", () => {
    const grade = gradeCoding(kneeKey, knee(["S83.241A", "s83.241a"]));
    expect(grade.verdicts.map((verdict) => [verdict.kind, verdict.status, verdict.reasons, verdict.submittedLine])).toEqual([
      ["diagnosis", "correct", [], 1],
      ["diagnosis", "extra", ["duplicate"], 2],
      ["procedure", "correct", [], 1],
    ]);
    expect(grade.score).toBe(95);
  });

  it("takes 5 points off for an extra diagnosis the chart does not support", () => {
    const grade = gradeCoding(kneeKey, knee(["S83.241A", "M25.561"]));
    expect(grade.verdicts[1]).toMatchObject({ kind: "diagnosis", status: "extra", reasons: ["not-in-key"], points: -5, maxPoints: 0, submittedLine: 2 });
    expect(grade).toMatchObject({ score: 95, earnedPoints: 100, penaltyPoints: 5 });
  });

  it("grades an unknown but well-shaped code as not matching, without throwing", () => {
    const grade = gradeCoding(kneeKey, knee(["U99.99XA"], [scopeLine({ code: "0000T", pointers: [] })]));
    expect(grade.verdicts.map((verdict) => [verdict.kind, verdict.status])).toEqual([
      ["diagnosis", "missing"],
      ["diagnosis", "extra"],
      ["procedure", "missing"],
      ["procedure", "extra"],
    ]);
    expect(grade.score).toBe(0);
  });
});

describe("gradeCoding: procedure lines", () => {
  it.each([
    ["the key line", scopeLine(), "correct", [], 100],
    ["no modifier", scopeLine({ modifiers: [] }), "partial", ["missing-modifier"], 75],
    ["LT for RT", scopeLine({ modifiers: ["LT"] }), "partial", ["wrong-modifier"], 75],
    ["an extra modifier", scopeLine({ modifiers: ["RT", "59"] }), "partial", ["extra-modifier"], 75],
    ["two units", scopeLine({ units: 2 }), "partial", ["wrong-units"], 75],
    ["no pointer", scopeLine({ pointers: [] }), "partial", ["wrong-pointers"], 88],
    ["wrong modifier and units", scopeLine({ modifiers: ["LT"], units: 2 }), "partial", ["wrong-modifier", "wrong-units"], 63],
    ["same family (29880, both menisci)", scopeLine({ code: "29880" }), "wrong", ["wrong-code"], 50],
  ])("29881 with %s is %s", (_, line, status, reasons, score) => {
    const grade = gradeCoding(kneeKey, knee(["S83.241A"], [line]));
    expect(verdictFor(grade, "p1")).toMatchObject({ status, reasons });
    expect(grade.score).toBe(score);
  });

  it("says what is wrong with the modifiers in plain words", () => {
    expect(verdictFor(gradeCoding(kneeKey, knee(["S83.241A"], [scopeLine({ modifiers: [] })])), "p1").message).toBe("Right code (29881), but add modifier RT.");
    expect(verdictFor(gradeCoding(kneeKey, knee(["S83.241A"], [scopeLine({ modifiers: ["LT"] })])), "p1").message).toBe(
      "Right code (29881), but modifier LT should be RT.",
    );
  });

  it("bills J1885 ×1 where the key has ×2 as wrong units", () => {
    const submission = submissionFromKey(injectionKey);
    submission.procedures[2]!.units = 1;
    const grade = gradeCoding(injectionKey, submission);
    expect(verdictFor(grade, "p3")).toMatchObject({
      status: "partial",
      reasons: ["wrong-units"],
      points: 12.5,
      maxPoints: 25,
      expected: { code: "J1885", units: 2 },
    });
    expect(verdictFor(grade, "p3").message).toBe("Right code (J1885), but 1 unit billed where the chart supports 2.");
    expect(grade.score).toBe(88);
  });

  it("ignores the order of modifiers", () => {
    const key: AnswerKey = { diagnoses: [keyDiagnosis("d1", "N60.02")], procedures: [keyProcedure("p1", "77065", { modifiers: ["26", "LT"] })] };
    const grade = gradeCoding(key, { diagnoses: [{ code: "N60.02" }], procedures: [{ code: "77065", modifiers: ["LT", "26"], units: 1, pointers: [1] }] });
    expect(grade.score).toBe(100);
  });

  it.each([
    [["XS"], []],
    [["59"], ["accepted-alternate"]],
    [["51", "XS"], ["accepted-alternate"]],
    [["59", "51"], ["accepted-alternate"]],
  ])("accepts the modifier set %j", (modifiers, reasons) => {
    const key: AnswerKey = {
      diagnoses: [keyDiagnosis("d1", "S61.411A")],
      procedures: [
        keyProcedure("p1", "12002", {
          modifiers: ["XS"],
          alternates: [
            { code: "12002", modifiers: ["59"] },
            { code: "12002", modifiers: ["XS", "51"] },
            { code: "12002", modifiers: ["59", "51"] },
          ],
        }),
      ],
    };
    const grade = gradeCoding(key, { diagnoses: [{ code: "S61.411A" }], procedures: [{ code: "12002", modifiers, units: 1, pointers: [1] }] });
    expect(verdictFor(grade, "p1")).toMatchObject({ status: "correct", reasons });
    expect(grade.score).toBe(100);
  });

  it("accepts an alternate code with its own units", () => {
    const key: AnswerKey = {
      diagnoses: [keyDiagnosis("d1", "Z23")],
      procedures: [keyProcedure("p1", "G0008", { alternates: [{ code: "90471", modifiers: [], units: 2 }] })],
    };
    const grade = gradeCoding(key, { diagnoses: [{ code: "Z23" }], procedures: [{ code: "90471", modifiers: [], units: 2, pointers: [1] }] });
    expect(verdictFor(grade, "p1")).toMatchObject({ status: "correct", reasons: ["accepted-alternate"] });
  });

  describe("diagnosis pointers", () => {
    const key: AnswerKey = {
      diagnoses: [keyDiagnosis("d1", "S01.01XA"), keyDiagnosis("d2", "S61.411A"), keyDiagnosis("d3", "Z79.01")],
      procedures: [keyProcedure("p1", "99284", { modifiers: ["25"], pointers: ["d1", "d3"] })],
    };
    const diagnoses = [{ code: "S01.01XA" }, { code: "S61.411A" }, { code: "Z79.01" }];

    it.each([
      ["the key's pointers", [1, 3], "correct"],
      ["the secondary pointer first", [3, 1], "partial"],
      ["a missing pointer", [1], "partial"],
      ["an extra pointer", [1, 3, 2], "partial"],
      ["a diagnosis the key line does not use", [1, 2], "partial"],
      ["a pointer past the listed diagnoses", [1, 3, 9], "partial"],
    ])("%s (%j) is %s", (_, pointers, status) => {
      const grade = gradeCoding(key, { diagnoses, procedures: [{ code: "99284", modifiers: ["25"], units: 1, pointers }] });
      expect(verdictFor(grade, "p1").status).toBe(status);
      if (status === "partial") expect(verdictFor(grade, "p1").reasons).toEqual(["wrong-pointers"]);
    });

    it("names the diagnoses the line should point to, primary first", () => {
      const grade = gradeCoding(key, { diagnoses, procedures: [{ code: "99284", modifiers: ["25"], units: 1, pointers: [3, 1] }] });
      expect(verdictFor(grade, "p1")).toMatchObject({ expected: { pointers: ["d1", "d3"], pointerCodes: ["S01.01XA", "Z79.01"] } });
      expect(verdictFor(grade, "p1").message).toBe("Right code (99284), but point the line to S01.01XA and Z79.01, with S01.01XA first.");
    });

    it("follows pointers by what a diagnosis matched, wherever the learner listed it", () => {
      const reordered = [{ code: "S01.01XA" }, { code: "Z79.01" }, { code: "S61.411A" }];
      const grade = gradeCoding(key, { diagnoses: reordered, procedures: [{ code: "99284", modifiers: ["25"], units: 1, pointers: [1, 2] }] });
      expect(grade.score).toBe(100);
    });
  });

  it.each([
    ["a near miss", "S83.241D"],
    ["a wrong code in the same family", "S86.011A"],
  ])("does not take pointer credit away twice when the diagnosis pointed to is %s", (_, code) => {
    expect(verdictFor(gradeCoding(kneeKey, knee([code])), "p1").status).toBe("correct");
  });

  it("marks a pointer to a diagnosis the key does not have as wrong pointers", () => {
    const grade = gradeCoding(kneeKey, knee(["S83.241A", "M23.221"], [scopeLine({ pointers: [2] })]));
    expect(verdictFor(grade, "p1")).toMatchObject({ status: "partial", reasons: ["wrong-pointers"], points: 37.5 });
    expect(grade.score).toBe(83);
  });

  it("counts a repeated claim line as extra", () => {
    const grade = gradeCoding(kneeKey, knee(["S83.241A"], [scopeLine(), scopeLine()]));
    expect(grade.verdicts.map((verdict) => [verdict.kind, verdict.status, verdict.submittedLine])).toEqual([
      ["diagnosis", "correct", 1],
      ["procedure", "correct", 1],
      ["procedure", "extra", 2],
    ]);
    expect(grade.verdicts.at(-1)!.reasons).toEqual(["duplicate"]);
    expect(grade.score).toBe(95);
  });

  it("keeps the better of two repeated lines for the key line", () => {
    const grade = gradeCoding(kneeKey, knee(["S83.241A"], [scopeLine({ modifiers: [] }), scopeLine()]));
    expect(verdictFor(grade, "p1")).toMatchObject({ status: "correct", submittedLine: 2 });
    expect(grade.verdicts.at(-1)).toMatchObject({ status: "extra", submittedLine: 1 });
  });

  it("treats a code from another family as an extra line and the key line as missing", () => {
    const grade = gradeCoding(kneeKey, knee(["S83.241A"], [scopeLine({ code: "99213", modifiers: [] })]));
    expect(grade.verdicts.map((verdict) => verdict.status)).toEqual(["correct", "missing", "extra"]);
    expect(grade.score).toBe(45);
  });

  it("grades a key with no procedures, and any submitted line is extra", () => {
    const grade = gradeCoding(diabetesKey, {
      diagnoses: [{ code: "E11.65" }, { code: "I10" }],
      procedures: [{ code: "99213", modifiers: [], units: 1, pointers: [1] }],
    });
    expect(grade.score).toBe(95);
    expect(grade.verdicts.at(-1)).toMatchObject({ kind: "procedure", status: "extra" });
  });
});

describe("gradeCoding: score and stability", () => {
  it("gives exactly 100 for the key itself", () => {
    for (const key of [kneeKey, injectionKey, diabetesKey])
      expect(gradeCoding(key, submissionFromKey(key))).toMatchObject({ score: 100, earnedPoints: 100, penaltyPoints: 0 });
  });

  it("reads codes and modifiers without regard to case, spaces or the dot", () => {
    const grade = gradeCoding(kneeKey, { diagnoses: [{ code: " s83241a " }], procedures: [{ code: " 29881", modifiers: ["rt"], units: 1, pointers: [1] }] });
    expect(grade.score).toBe(100);
    expect(grade.verdicts[0]).toMatchObject({ submitted: { code: "S83.241A" } });
  });

  it("never goes below 0", () => {
    const grade = gradeCoding(kneeKey, knee(["I10", "J45.909", "Z00.00", "E78.5"], [scopeLine({ code: "99213" }), scopeLine({ code: "J1885" })]));
    expect(grade).toMatchObject({ score: 0, earnedPoints: 0, penaltyPoints: 30 });
  });

  it("scores an empty answer 0 with every key line missing", () => {
    const grade = gradeCoding(injectionKey, { diagnoses: [], procedures: [] });
    expect(grade.score).toBe(0);
    expect(grade.verdicts.map((verdict) => [verdict.keyLineId, verdict.status, verdict.points, verdict.maxPoints])).toEqual([
      ["d1", "missing", 0, 25],
      ["p1", "missing", 0, 25],
      ["p2", "missing", 0, 25],
      ["p3", "missing", 0, 25],
    ]);
  });

  it("lists verdicts in key order, then extras in submission order, diagnoses before procedures", () => {
    const submission: CodingSubmission = {
      diagnoses: [{ code: "M54.50" }, { code: "S39.012A" }, { code: "R52" }],
      procedures: [
        { code: "J1100", modifiers: [], units: 1, pointers: [2] },
        { code: "J1885", modifiers: [], units: 2, pointers: [2] },
        { code: "99213", modifiers: ["25"], units: 1, pointers: [2] },
      ],
    };
    const grade = gradeCoding(injectionKey, submission);
    expect(grade.verdicts.map((verdict) => [verdict.kind, verdict.keyLineId ?? verdict.submitted?.code, verdict.status])).toEqual([
      ["diagnosis", "d1", "partial"],
      ["diagnosis", "M54.50", "extra"],
      ["diagnosis", "R52", "extra"],
      ["procedure", "p1", "correct"],
      ["procedure", "p2", "missing"],
      ["procedure", "p3", "correct"],
      ["procedure", "J1100", "extra"],
    ]);
  });

  it("gives deep-equal results when grading twice, and leaves its inputs alone", () => {
    const submission = knee(["S83.242D", "S83.241A", "M23.221"], [scopeLine({ modifiers: ["LT", "59"], pointers: [2, 1] }), scopeLine({ code: "29880" })]);
    const before = structuredClone({ kneeKey, submission });
    const first = gradeCoding(kneeKey, submission);
    expect(gradeCoding(kneeKey, submission)).toEqual(first);
    expect({ kneeKey, submission }).toEqual(before);
  });

  it("puts every verdict's points on the score's scale", () => {
    const grade = gradeCoding(injectionKey, {
      diagnoses: [{ code: "S39.011A" }, { code: "R52" }],
      procedures: [{ code: "99213", modifiers: [], units: 1, pointers: [1] }],
    });
    const total = grade.verdicts.reduce((sum, verdict) => sum + verdict.points, 0);
    expect(Math.round(total)).toBe(grade.score);
  });
});
