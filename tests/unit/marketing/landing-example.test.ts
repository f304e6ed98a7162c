import { describe, expect, it } from "vitest";
import { gradeCase } from "@/lib/coding/grade-coding";
import { LANDING_CASE_ID, landingExample } from "@/lib/marketing/landing-example";
import { findCase } from "@/lib/practice/case-catalog";

describe("the landing page's example", () => {
  const example = landingExample();
  const chartCase = findCase(LANDING_CASE_ID)!;
  const chart = chartCase.documents.map((document) => document.text).join("\n");

  it("shows the chart's own words, which the key quotes as evidence", () => {
    for (const line of example.chart) {
      expect(chart).toContain(`${line.before}${line.quote}${line.after}`.trim());
      expect([...chartCase.key.diagnoses, ...chartCase.key.procedures].some((key) => key.evidence.includes(line.quote))).toBe(true);
    }
    expect(example.chart[0]!.quote).toContain("horizontal flap pattern");
  });

  it("shows codes that grade 100 against the case's key, with the official ICD-10-CM title", () => {
    const [diagnosis, procedure, ...modifiers] = example.lines;
    expect(diagnosis).toEqual({
      system: "ICD-10-CM",
      code: "S83.241A",
      summary: "Other tear of medial meniscus, current injury, right knee, initial encounter",
    });
    const grade = gradeCase(chartCase, {
      diagnoses: [{ code: diagnosis!.code }],
      procedures: [{ code: procedure!.code, modifiers: modifiers.map((line) => line.code), units: 1, pointers: [1] }],
    });
    expect(grade.score).toBe(100);
  });

  it("never calls the tear complex: a complex tear would be S83.231A, which this chart does not support", () => {
    expect(JSON.stringify(example)).not.toMatch(/complex/i);
  });
});
