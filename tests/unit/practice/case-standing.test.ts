import { describe, expect, it } from "vitest";
import type { FamilyAccuracy } from "@/lib/coding/code-family";
import { familiesOfCase, getCases, summariseCase } from "@/lib/practice/case-catalog";
import { filterCases, MASTERY_SCORE, recommendNextCase, statusOf, type CaseStanding } from "@/lib/practice/case-standing";

const cases = getCases().map(summariseCase);
const standing = (caseId: string, bestScore: number, attempts = 1): CaseStanding => ({
  caseId,
  attempts,
  bestScore,
  lastScore: bestScore,
  lastAttemptAt: new Date(0),
});
const family = (key: string, accuracy: number, possible = 4): FamilyAccuracy => ({
  family: { key, label: key, kind: "cpt-section" },
  earned: accuracy * possible,
  possible,
  accuracy,
});

describe("case status", () => {
  it("is new without attempts, mastered at the mastery score, attempted below it", () => {
    expect(statusOf(undefined)).toBe("new");
    expect(statusOf(standing("x", MASTERY_SCORE))).toBe("mastered");
    expect(statusOf(standing("x", MASTERY_SCORE - 1))).toBe("attempted");
  });
});

describe("the case library", () => {
  it("has at least 40 cases over at least 8 specialties at three levels", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.specialty)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((c) => c.difficulty))).toEqual(new Set(["beginner", "intermediate", "advanced"]));
  });

  it("knows each case's code families from its key", () => {
    const knee = getCases().find((c) => c.id === "ortho-knee-scope-medial-meniscus")!;
    expect(familiesOfCase(knee).map((f) => f.key)).toEqual(expect.arrayContaining(["icd10cm-19", "cpt-surgery", "modifiers"]));
  });
});

describe("filterCases", () => {
  const standings = new Map([
    [cases[0]!.id, standing(cases[0]!.id, 95)],
    [cases[1]!.id, standing(cases[1]!.id, 40)],
  ]);

  it("combines filters", () => {
    const ortho = filterCases(cases, standings, { specialty: "orthopaedics", difficulty: "beginner" });
    expect(ortho.length).toBeGreaterThan(0);
    expect(ortho.every((c) => c.specialty === "orthopaedics" && c.difficulty === "beginner")).toBe(true);
    expect(filterCases(cases, standings, { codeSet: "hcpcs" }).every((c) => c.codeSets.includes("hcpcs"))).toBe(true);
    expect(filterCases(cases, standings, { family: "hcpcs-J" }).every((c) => c.familyKeys.includes("hcpcs-J"))).toBe(true);
    const anyHcpcs = filterCases(cases, standings, { family: "hcpcs" });
    expect(anyHcpcs.length).toBeGreaterThan(filterCases(cases, standings, { family: "hcpcs-J" }).length);
    expect(anyHcpcs.every((c) => c.familyKeys.some((key) => key.startsWith("hcpcs-")))).toBe(true);
  });

  it("filters by status from the learner's standings", () => {
    expect(filterCases(cases, standings, { status: "mastered" }).map((c) => c.id)).toEqual([cases[0]!.id]);
    expect(filterCases(cases, standings, { status: "attempted" }).map((c) => c.id)).toEqual([cases[1]!.id]);
    expect(filterCases(cases, standings, { status: "new" })).toHaveLength(cases.length - 2);
  });
});

describe("recommendNextCase", () => {
  it("starts a newcomer on a beginner case", () => {
    const next = recommendNextCase(cases, new Map(), []);
    expect(next!.caseSummary).toMatchObject({ difficulty: "beginner", specialty: "family-medicine" });
    expect(next!.reason).toMatch(/first case/);
  });

  it("picks a case from the weakest family with enough evidence", () => {
    const families = [family("cpt-surgery", 0.9), family("hcpcs-J", 0.2), family("cpt-radiology", 0, 1)];
    const next = recommendNextCase(cases, new Map(), families)!;
    expect(next.caseSummary.familyKeys).toContain("hcpcs-J");
    expect(next.family!.key).toBe("hcpcs-J");
    expect(next.reason).toContain("20%");
  });

  it("never recommends a mastered case, and prefers new cases to retries", () => {
    const jCases = cases.filter((c) => c.familyKeys.includes("hcpcs-J"));
    const standings = new Map([
      [jCases[0]!.id, standing(jCases[0]!.id, 100)],
      [jCases[1]!.id, standing(jCases[1]!.id, 50)],
    ]);
    const next = recommendNextCase(cases, standings, [family("hcpcs-J", 0.5)])!;
    expect(next.caseSummary.id).not.toBe(jCases[0]!.id);
    if (jCases.length > 2) expect(standings.has(next.caseSummary.id)).toBe(false);
  });

  it("returns nothing when every case is mastered", () => {
    const all = new Map(cases.map((c) => [c.id, standing(c.id, 100)]));
    expect(recommendNextCase(cases, all, [family("hcpcs-J", 0.1)])).toBeUndefined();
  });
});
