import { describe, expect, it } from "vitest";
import { loadCredentials } from "@/lib/certification/load-credentials";
import {
  assessReadiness,
  MIN_CHARTS_FOR_SCORE,
  MIN_LINES_FOR_FULL_CONFIDENCE,
  practiceHref,
  type LearnerMastery,
  type ModuleCompletion,
} from "@/lib/certification/readiness";
import type { CredentialSkill } from "@/lib/certification/schemas";
import type { FamilyAccuracy } from "@/lib/coding/code-family";

const credential = {
  code: "cpc",
  skills: [
    { id: "surgery", label: "Surgery", weight: 0.4, families: ["cpt-surgery"] },
    { id: "diagnoses", label: "Diagnoses", weight: 0.3, families: ["icd10cm-*"] },
    { id: "modifiers", label: "Modifiers", weight: 0.1, families: ["modifiers"] },
    { id: "rules", label: "Rules", weight: 0.2, modules: ["code-sets"] },
  ] satisfies CredentialSkill[],
};

const LABELS: Record<string, string> = {
  "cpt-surgery": "CPT Surgery",
  "icd10cm-19": "ICD-10-CM ch. 19: Injury",
  "icd10cm-9": "ICD-10-CM ch. 9: Circulatory",
  modifiers: "Modifiers",
  "cpt-radiology": "CPT Radiology",
};

function family(key: string, earned: number, possible: number): FamilyAccuracy {
  return {
    family: { key, label: LABELS[key] ?? key, kind: key.startsWith("cpt") ? "cpt-section" : key.startsWith("icd") ? "icd10cm-chapter" : "modifiers" },
    earned,
    possible,
    accuracy: possible ? earned / possible : 0,
  };
}
const codeSets = (done: number, total = 3): ModuleCompletion => ({ slug: "code-sets", title: "The Code Sets", lessonsTotal: total, lessonsCompleted: done });
const mastery = (families: FamilyAccuracy[] = [], modules: ModuleCompletion[] = [codeSets(0)], casesAttempted = 0): LearnerMastery => ({
  families,
  modules,
  casesAttempted,
});
const perfect = () =>
  mastery([family("cpt-surgery", 10, 10), family("icd10cm-19", 6, 6), family("icd10cm-9", 4, 4), family("modifiers", 5, 5)], [codeSets(3)], 10);
const skill = (readiness: ReturnType<typeof assessReadiness>, id: string) => readiness.skills.find((candidate) => candidate.id === id)!;

describe("assessReadiness", () => {
  it("gives 0 and 'not started' with no evidence at all, with a breakdown row per skill", () => {
    const readiness = assessReadiness(credential, mastery(), { passingScore: 70 });
    expect(readiness).toMatchObject({ score: 0, band: "not-started", bandLabel: "Not started", hasEvidence: false });
    expect(readiness.skills.map((row) => row.id)).toEqual(["surgery", "diagnoses", "modifiers", "rules"]);
    expect(skill(readiness, "surgery").evidence).toBe("No lines coded yet in CPT Surgery.");
    expect(skill(readiness, "rules").evidence).toBe("0 of 3 lessons complete in “The Code Sets”.");
  });

  it("gives 100 and 'ready' for perfect mastery with enough evidence everywhere", () => {
    const readiness = assessReadiness(credential, perfect(), { passingScore: 70 });
    expect(readiness.score).toBe(100);
    expect(readiness.band).toBe("ready");
    expect(readiness.skills.every((row) => row.mastery === 1 && !row.lowEvidence)).toBe(true);
  });

  it("respects the weights: each skill adds weight × mastery × 100 points", () => {
    const readiness = assessReadiness(credential, mastery([family("cpt-surgery", 10, 10)]), { passingScore: 70 });
    expect(readiness.score).toBe(40);
    expect(skill(readiness, "surgery")).toMatchObject({ points: 40, maxPoints: 40, mastery: 1 });
    const onlyLessons = assessReadiness(credential, mastery([], [codeSets(3)]), { passingScore: 70 });
    expect(onlyLessons.score).toBe(20);
  });

  it("sums the points shown in the breakdown to the score", () => {
    const readiness = assessReadiness(
      credential,
      mastery([family("cpt-surgery", 7.5, 10), family("icd10cm-19", 3, 6), family("modifiers", 1, 2)], [codeSets(2)]),
      { passingScore: 70 },
    );
    const sum = readiness.skills.reduce((total, row) => total + row.points, 0);
    expect(readiness.score).toBe(Math.round(sum));
  });

  it("damps a skill with fewer than 5 lines and says so", () => {
    const readiness = assessReadiness(credential, mastery([family("modifiers", 2, 2)]), { passingScore: 70 });
    const modifiers = skill(readiness, "modifiers");
    expect(modifiers).toMatchObject({ accuracy: 1, lines: 2, lowEvidence: true, confidence: 0.4 });
    expect(modifiers.mastery).toBeCloseTo(0.4);
    expect(modifiers.evidence).toBe("2 lines coded in Modifiers, 100% right. Only 2 lines so far: counted at 40% confidence until 5 are coded.");
  });

  it("counts a skill in full from the fifth line", () => {
    const readiness = assessReadiness(credential, mastery([family("modifiers", 4, 5)]), { passingScore: 70 });
    expect(skill(readiness, "modifiers")).toMatchObject({ lowEvidence: false, confidence: 1, mastery: 0.8 });
    expect(skill(readiness, "modifiers").evidence).toBe("5 lines coded in Modifiers, 80% right.");
  });

  it("lets minLines be changed", () => {
    const readiness = assessReadiness(credential, mastery([family("modifiers", 2, 2)]), { passingScore: 70, minLines: 2 });
    expect(skill(readiness, "modifiers")).toMatchObject({ lowEvidence: false, mastery: 1 });
  });

  it("gathers every family a whole-code-set skill names, and describes them", () => {
    const readiness = assessReadiness(credential, mastery([family("icd10cm-19", 5, 6), family("icd10cm-9", 3, 4)]), { passingScore: 70 });
    const diagnoses = skill(readiness, "diagnoses");
    expect(diagnoses).toMatchObject({ lines: 10, accuracy: 0.8, mastery: 0.8 });
    expect(diagnoses.evidence).toContain("10 lines coded in ICD-10-CM ch. 19: Injury and ICD-10-CM ch. 9: Circulatory, 80% right.");
  });

  it("ignores families a skill does not name", () => {
    const readiness = assessReadiness(credential, mastery([family("cpt-radiology", 9, 10)]), { passingScore: 70 });
    expect(readiness.score).toBe(0);
    expect(readiness.band).toBe("not-started");
  });

  it.each([
    ["more right answers on the same lines", (m: number) => mastery([family("cpt-surgery", m * 10, 10)])],
    ["more lines coded right", (m: number) => mastery([family("cpt-surgery", m * 10, m * 10)])],
    ["more lessons complete", (m: number) => mastery([], [codeSets(Math.round(m * 3))])],
  ])("never lowers the score with more mastery: %s", (_name, build) => {
    let previous = -1;
    for (const level of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]) {
      const { score } = assessReadiness(credential, build(level), { passingScore: 70 });
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
  });

  it("never raises the score when a wrong line is added", () => {
    for (let right = 0; right <= 8; right++) {
      const before = assessReadiness(credential, mastery([family("cpt-surgery", right, right)])).score;
      const after = assessReadiness(credential, mastery([family("cpt-surgery", right, right + 1)])).score;
      expect(after).toBeLessThanOrEqual(before);
    }
  });

  it.each([
    [69, "building"],
    [70, "nearly-ready"],
    [79, "nearly-ready"],
    [80, "ready"],
  ] as const)("ties the bands to a pass mark of 70: a score of %i is %s", (target, band) => {
    const lines = 100;
    const readiness = assessReadiness(
      { code: "x", skills: [{ id: "all", label: "All", weight: 1, families: ["cpt-surgery"] }] },
      mastery([family("cpt-surgery", (target / 100) * lines, lines)], [], 20),
      { passingScore: 70 },
    );
    expect(readiness.score).toBe(target);
    expect(readiness.band).toBe(band);
  });

  it("uses a 70% bar when the exam has no percentage pass mark, and says it is a default", () => {
    const readiness = assessReadiness(credential, perfect());
    expect(readiness).toMatchObject({ passingScore: 70, passingScoreIsDefault: true, readyAt: 80 });
    expect(assessReadiness(credential, perfect(), { passingScore: 75 })).toMatchObject({ passingScoreIsDefault: false, readyAt: 85 });
    expect(assessReadiness(credential, perfect(), { passingScore: 95 }).readyAt).toBe(100);
  });

  it("calls all-wrong coding 'building', not 'not started', once there is enough evidence", () => {
    const readiness = assessReadiness(
      credential,
      mastery([family("cpt-surgery", 0, 6), family("icd10cm-19", 0, 6), family("modifiers", 0, 5)], [codeSets(0)], 10),
      { passingScore: 70 },
    );
    expect(readiness).toMatchObject({ score: 0, band: "building", hasEvidence: true });
  });

  describe("not enough evidence yet", () => {
    const covered = [family("cpt-surgery", 5, 5), family("icd10cm-19", 5, 5), family("modifiers", 5, 5)];

    it("holds the score back with fewer than 10 charts, however good they were, and says how many more", () => {
      const readiness = assessReadiness(credential, mastery(covered, [codeSets(3)], 4), { passingScore: 70 });
      expect(readiness.score).toBe(100);
      expect(readiness.band).toBe("too-early");
      expect(readiness.bandLabel).toBe("Not enough evidence yet");
      expect(readiness.evidence).toMatchObject({ enough: false, charts: { coded: 4, needed: MIN_CHARTS_FOR_SCORE } });
      expect(readiness.evidence.missing).toEqual(["Code 6 more charts (4 of 10 so far)."]);
    });

    it("holds it back while a coding area has fewer than 5 lines, naming the area", () => {
      const readiness = assessReadiness(
        credential,
        mastery([family("cpt-surgery", 9, 10), family("icd10cm-19", 5, 5), family("modifiers", 2, 2)], [codeSets(3)], 12),
        { passingScore: 70 },
      );
      expect(readiness.band).toBe("too-early");
      expect(readiness.evidence.areas.find((area) => area.skillId === "modifiers")).toMatchObject({
        lines: 2,
        needed: MIN_LINES_FOR_FULL_CONFIDENCE,
        covered: false,
        practicable: true,
      });
      expect(readiness.evidence.missing).toEqual(["Code 3 more lines in Modifiers (2 of 5)."]);
    });

    it("does not wait for an area Chartwise has no practice charts for", () => {
      const practicableFamilies = new Set(["cpt-surgery", "icd10cm-19"]);
      const readiness = assessReadiness(credential, mastery(covered.slice(0, 2), [codeSets(3)], 10), { passingScore: 70, practicableFamilies });
      expect(readiness.evidence.areas.find((area) => area.skillId === "modifiers")).toMatchObject({ practicable: false, covered: true });
      expect(readiness.evidence.enough).toBe(true);
      expect(readiness.band).not.toBe("too-early");
    });

    it("shows the score once there are 10 charts and every area is covered", () => {
      const readiness = assessReadiness(credential, mastery(covered, [codeSets(3)], 10), { passingScore: 70 });
      expect(readiness.evidence).toMatchObject({ enough: true, missing: [] });
      expect(readiness.band).toBe("ready");
    });

    it("a learner with 3 or 4 charts never reads as nearly ready", () => {
      for (const charts of [3, 4]) {
        const readiness = assessReadiness(credential, mastery(covered, [codeSets(3)], charts), { passingScore: 70 });
        expect(["not-started", "too-early"]).toContain(readiness.band);
      }
    });
  });

  it("links coding skills to practice and lesson skills to the guide", () => {
    const readiness = assessReadiness(credential, mastery());
    expect(skill(readiness, "surgery").links).toEqual([{ kind: "family", key: "cpt-surgery", label: "CPT Surgery", href: "/practice?family=cpt-surgery" }]);
    expect(skill(readiness, "diagnoses").links[0]).toMatchObject({ label: "ICD-10-CM (all chapters)", href: "/practice?family=icd10cm" });
    expect(skill(readiness, "rules").links).toEqual([{ kind: "module", key: "code-sets", label: "The Code Sets", href: "/guide/code-sets" }]);
    expect(practiceHref("hcpcs-J")).toBe("/practice?family=hcpcs-J");
  });

  it("treats a module the learner has no row for as not started", () => {
    const readiness = assessReadiness(credential, mastery([], []));
    expect(skill(readiness, "rules")).toMatchObject({ mastery: 0, lessonsCompleted: 0 });
  });

  it("measures denial work like coding lines: credit over claims worked, damped below five", () => {
    const credential = { code: "cpb", skills: [{ id: "denials", label: "Denials", weight: 1, practice: "denials" as const }] };
    const none = assessReadiness(credential, mastery([], []));
    expect(none).toMatchObject({ score: 0, band: "not-started" });
    expect(none.skills[0]).toMatchObject({ kind: "denials", links: [{ kind: "practice", href: "/denials" }] });
    const two = assessReadiness(credential, { ...mastery([], []), denials: { claimsWorked: 2, earned: 1.5 } });
    expect(two.skills[0]).toMatchObject({ lowEvidence: true, accuracy: 0.75 });
    expect(two.score).toBe(30);
    expect(assessReadiness(credential, { ...mastery([], []), denials: { claimsWorked: 8, earned: 6 } }).score).toBe(75);
  });

  it("scores every real catalog entry 0 for a new learner and 100 for a perfect one", () => {
    const catalog = loadCredentials();
    const everyFamily = [
      "cpt-surgery",
      "cpt-radiology",
      "cpt-medicine",
      "cpt-pathology-laboratory",
      "cpt-anesthesia",
      "cpt-evaluation-and-management",
      "icd10cm-4",
      "icd10cm-9",
      "icd10cm-13",
      "icd10cm-19",
      "icd10cm-20",
      "hcpcs-J",
      "modifiers",
    ];
    const allModules = ["what-coders-do", "code-sets", "billers-day", "day-in-the-life", "salaries", "what-moves-pay", "job-outlook", "getting-started"].map(
      (slug) => ({ slug, title: slug, lessonsTotal: 3, lessonsCompleted: 3 }),
    );
    for (const entry of catalog.credentials) {
      expect(
        assessReadiness(
          entry,
          mastery(
            [],
            allModules.map((module) => ({ ...module, lessonsCompleted: 0 })),
          ),
        ).band,
        entry.code,
      ).toBe("not-started");
      const perfect = {
        ...mastery(
          everyFamily.map((key) => family(key, 5, 5)),
          allModules,
        ),
        denials: { claimsWorked: 5, earned: 5 },
      };
      expect(assessReadiness(entry, perfect).score, entry.code).toBe(100);
    }
  });
});
