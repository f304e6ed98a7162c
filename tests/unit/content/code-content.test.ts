import { describe, expect, it } from "vitest";
import { loadCptSummaries, loadSynonyms } from "@/lib/content/load-code-content";
import { readCodeFile } from "@/lib/codes/import-code-set";
import { normalizeCode } from "@/lib/codes/normalize-code";
import path from "node:path";

describe("code lookup content", () => {
  it("has a curated synonym list whose codes exist in the starter set", async () => {
    const synonyms = loadSynonyms();
    expect(synonyms.length).toBeGreaterThanOrEqual(80);
    for (const term of ["HTN", "CHF", "MI", "DVT", "broken wrist"]) expect(synonyms.map((synonym) => synonym.term)).toContain(term);
  });

  it("summarises every CPT code in our own words, one entry each, within 200 characters", () => {
    const summaries = loadCptSummaries();
    expect(summaries.map((summary) => summary.code)).toEqual(expect.arrayContaining(["99213", "29881"]));
  });

  it("ships starter subsets in the official layouts, large enough to be useful", async () => {
    const icd = await readCodeFile("icd10cm", path.resolve("content/codes/starter/icd10cm-order-starter.txt"));
    const hcpcs = await readCodeFile("hcpcs", path.resolve("content/codes/starter/hcpcs-starter.txt"));
    expect(icd.length).toBeGreaterThanOrEqual(300);
    expect(hcpcs.filter((record) => record.kind !== "modifier").length).toBeGreaterThanOrEqual(100);
    const icdCodes = new Set(icd.map((record) => record.code));
    // Every code has its category header with it, so the hierarchy works out of the box.
    for (const record of icd) expect(icdCodes.has(record.code.slice(0, 3)), record.code).toBe(true);
    expect(normalizeCode("J45.909") && icdCodes.has("J45909")).toBe(true);
  });
});
