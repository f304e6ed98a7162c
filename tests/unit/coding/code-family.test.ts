import { describe, expect, it } from "vitest";
import { diagnosisFamily, familyCredits, procedureFamily, summariseFamilies } from "@/lib/coding/code-family";
import { gradeCoding } from "@/lib/coding/grade-coding";
import { loadCases } from "@/lib/content/load-cases";
import { submissionFromKey } from "./answer-key-builders";

const kneeScope = loadCases().find((chartCase) => chartCase.id === "ortho-knee-scope-medial-meniscus")!;

describe("code families", () => {
  it("puts diagnoses in their ICD-10-CM chapter", () => {
    expect(diagnosisFamily("S83.241A")).toMatchObject({ key: "icd10cm-19", kind: "icd10cm-chapter" });
    expect(diagnosisFamily("E11.9").key).toBe("icd10cm-4");
    expect(diagnosisFamily("J45.909").label).toContain("respiratory");
    expect(diagnosisFamily("U07.1").key).toBe("icd10cm-22");
  });

  it("puts CPT codes in their section, E/M before the medicine range it sits inside", () => {
    expect(procedureFamily("cpt", "29881").key).toBe("cpt-surgery");
    expect(procedureFamily("cpt", "99213").key).toBe("cpt-evaluation-and-management");
    expect(procedureFamily("cpt", "96372").key).toBe("cpt-medicine");
    expect(procedureFamily("cpt", "71046").key).toBe("cpt-radiology");
    expect(procedureFamily("cpt", "85025").key).toBe("cpt-pathology-laboratory");
    expect(procedureFamily("cpt", "00400").key).toBe("cpt-anesthesia");
    expect(procedureFamily("cpt", "3074F").key).toBe("cpt-category-ii");
  });

  it("puts HCPCS Level II codes under their letter", () => {
    expect(procedureFamily("hcpcs", "J1885")).toMatchObject({ key: "hcpcs-J", label: expect.stringContaining("drugs") });
    expect(procedureFamily("hcpcs", "E0114").key).toBe("hcpcs-E");
  });

  it("credits every key line once, and modifiers separately where the key has them", () => {
    const perfect = familyCredits(gradeCoding(kneeScope.key, submissionFromKey(kneeScope.key)));
    const keyLines = kneeScope.key.diagnoses.length + kneeScope.key.procedures.length;
    const withModifiers = kneeScope.key.procedures.filter((line) => line.modifiers.length > 0).length;
    expect(perfect).toHaveLength(keyLines + withModifiers);
    expect(perfect.every((credit) => credit.earned === 1)).toBe(true);
    expect(summariseFamilies(perfect).every((row) => row.accuracy === 1)).toBe(true);
  });

  it("counts a dropped modifier against modifiers and part of the line against its section", () => {
    const submission = submissionFromKey(kneeScope.key);
    submission.procedures = submission.procedures.map((line) => ({ ...line, modifiers: [] }));
    const rows = summariseFamilies(familyCredits(gradeCoding(kneeScope.key, submission)));
    expect(rows[0]).toMatchObject({ family: { key: "modifiers" }, accuracy: 0 });
    const surgery = rows.find((row) => row.family.key === "cpt-surgery")!;
    expect(surgery.accuracy).toBeGreaterThan(0);
    expect(surgery.accuracy).toBeLessThan(1);
    expect(rows.find((row) => row.family.key === "icd10cm-19")!.accuracy).toBe(1);
  });

  it("counts missing and extra lines as misses, sorted weakest first", () => {
    const grade = gradeCoding(kneeScope.key, { diagnoses: [{ code: "S83.241A" }, { code: "E11.9" }], procedures: [] });
    const rows = summariseFamilies(familyCredits(grade));
    expect(rows.find((row) => row.family.key === "icd10cm-4")).toMatchObject({ earned: 0, possible: 1 });
    expect(rows.find((row) => row.family.key === "cpt-surgery")).toMatchObject({ earned: 0 });
    expect(rows.map((row) => row.accuracy)).toEqual([...rows.map((row) => row.accuracy)].sort((a, b) => a - b));
  });
});
