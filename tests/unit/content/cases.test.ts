import { describe, expect, it } from "vitest";
import { readCodeFile } from "@/lib/codes/import-code-set";
import { SHIPPED_CODE_FILES } from "@/lib/codes/seed-code-sets";
import type { CodeRecord } from "@/lib/codes/types";
import { findCaseProblems, loadCases } from "@/lib/content/load-cases";

const cases = loadCases();
// The official files shipped in content/codes/official/, the ones `npm start` loads.
const SHIPPED = { icd10cm: SHIPPED_CODE_FILES.icd10cm.file, hcpcs: SHIPPED_CODE_FILES.hcpcs.file };

async function codeMap(system: "icd10cm" | "hcpcs", file: string): Promise<Map<string, CodeRecord>> {
  return new Map((await readCodeFile(system, file)).map((record) => [record.code, record]));
}

/** Every ICD-10-CM and HCPCS code a key names (alternates too) that is not billable and active in `sets`. */
function invalidCodes(sets: { icd10cm: Map<string, CodeRecord>; hcpcs: Map<string, CodeRecord> }): string[] {
  const problems: string[] = [];
  for (const chartCase of cases) {
    for (const diagnosis of chartCase.key.diagnoses) {
      for (const code of [diagnosis.code, ...diagnosis.alternates]) {
        const record = sets.icd10cm.get(code.replace(".", ""));
        if (!record?.billable) problems.push(`${chartCase.id}: ${code} ${record ? "is a header, not billable" : "does not exist"}`);
      }
    }
    for (const procedure of chartCase.key.procedures.filter((line) => line.system === "hcpcs")) {
      const record = sets.hcpcs.get(procedure.code);
      if (!record || record.terminated) problems.push(`${chartCase.id}: HCPCS ${procedure.code} ${record ? "is terminated" : "does not exist"}`);
    }
  }
  return problems;
}

describe("the chart-coding case library", () => {
  it("has at least 40 cases over at least 8 specialties and all three levels", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((chartCase) => chartCase.specialty)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((chartCase) => chartCase.difficulty))).toEqual(new Set(["beginner", "intermediate", "advanced"]));
  });

  it("names only billable ICD-10-CM and active HCPCS codes of the shipped official files", async () => {
    expect(invalidCodes({ icd10cm: await codeMap("icd10cm", SHIPPED.icd10cm), hcpcs: await codeMap("hcpcs", SHIPPED.hcpcs) })).toEqual([]);
  }, 30_000);

  it("catches a pointer to a missing diagnosis, evidence not in the chart, and a CPT code without our summary", () => {
    const knee = structuredClone(cases.find((chartCase) => chartCase.id === "ortho-knee-scope-medial-meniscus")!);
    knee.key.procedures[0]!.pointers = ["d9"];
    knee.key.diagnoses[0]!.evidence = ["words the surgeon never wrote"];
    knee.cptSummaries = {};
    expect(findCaseProblems(knee, "content/cases/orthopaedics/ortho-knee-scope-medial-meniscus.yaml")).toEqual([
      'd1: the evidence "words the surgeon never wrote" is not in the chart',
      "p1: points to d9, which is not a diagnosis of this case",
      "p1: CPT 29881 needs our own summary in cptSummaries",
    ]);
  });
});
