import { describe, expect, it } from "vitest";
import { loadCptSummaries, loadSynonyms } from "@/lib/content/load-code-content";
import { readCodeFile } from "@/lib/codes/import-code-set";
import { SHIPPED_CODE_FILES } from "@/lib/codes/seed-code-sets";

describe("code lookup content", () => {
  it("has a curated synonym list whose codes exist in the shipped official files", async () => {
    const synonyms = loadSynonyms();
    expect(synonyms.length).toBeGreaterThanOrEqual(80);
    for (const term of ["HTN", "CHF", "MI", "DVT", "broken wrist"]) expect(synonyms.map((synonym) => synonym.term)).toContain(term);
    const known = new Set<string>();
    for (const system of ["icd10cm", "hcpcs"] as const) {
      for (const record of await readCodeFile(system, SHIPPED_CODE_FILES[system].file)) known.add(record.code);
    }
    const missing = synonyms.flatMap((synonym) => (synonym.codes ?? []).filter((code) => !known.has(code.replace(".", ""))).map((code) => `${synonym.term}: ${code}`));
    expect(missing).toEqual([]);
  }, 30_000);

  it("summarises every CPT code in our own words, one entry each, within 200 characters", () => {
    const summaries = loadCptSummaries();
    expect(summaries.map((summary) => summary.code)).toEqual(expect.arrayContaining(["99213", "29881"]));
  });
});
