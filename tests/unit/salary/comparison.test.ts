import { describe, expect, it } from "vitest";
import { loadFacts } from "@/lib/content/load-guide";
import {
  CareerEventSchema,
  ComparisonSchema,
  PATH_PRESETS,
  careerPathsOf,
  defaultPaths,
  describeEvent,
  factsFromSalaryFacts,
  goalReachedYear,
  metroOptionsOf,
  noOpEvents,
  presetPath,
  salaryFactsOf,
  statesWithFigures,
  type Comparison,
} from "@/lib/salary/comparison";
import { profileInYear } from "@/lib/salary/career-path";
import { projectSalary, salaryFactors } from "@/lib/salary/project-salary";
import type { CareerEvent, CareerPath } from "@/lib/salary/types";

const facts = loadFacts();

describe("goalReachedYear", () => {
  const years = [0, 1, 2, 3].map((year) => ({ year, typical: 50_000 + year * 5_000 }));
  it.each([
    [undefined, null],
    [45_000, 0],
    [50_000, 0],
    [55_001, 2],
    [65_000, 3],
    [65_001, null],
  ])("goal %s → year %s", (goal, expected) => {
    expect(goalReachedYear(years, goal)).toBe(expected);
  });
});

describe("profileInYear", () => {
  const path: CareerPath = {
    profile: { yearsOfExperience: 2, credentials: ["cpc"] },
    events: [
      { year: 4, kind: "credential", credential: "coc" },
      { year: 1, kind: "setting", setting: "hospital" },
      { year: 4, kind: "credential", credential: "cpc" },
    ],
  };
  it("applies events up to the year, in year order, and grows experience", () => {
    expect(profileInYear(path, 0)).toEqual({ yearsOfExperience: 2, credentials: ["cpc"] });
    expect(profileInYear(path, 1)).toEqual({ yearsOfExperience: 3, credentials: ["cpc"], setting: "hospital" });
    expect(profileInYear(path, 10)).toEqual({ yearsOfExperience: 12, credentials: ["cpc", "coc"], setting: "hospital" });
  });

  it("a move to a state leaves the metro area behind; a full CPC replaces the apprentice designation", () => {
    const moving: CareerPath = {
      profile: { yearsOfExperience: 0, credentials: ["cpc-a"], metro: "trenton-nj" },
      events: [
        { year: 2, kind: "state", state: "al" },
        { year: 2, kind: "credential", credential: "cpc" },
      ],
    };
    expect(profileInYear(moving, 2)).toEqual({ yearsOfExperience: 2, credentials: ["cpc"], state: "al" });
  });

  it("finds the changes that change nothing: a credential already held, a setting already chosen", () => {
    const redundant: CareerPath = {
      profile: { yearsOfExperience: 0, credentials: ["ccs"], setting: "hospital" },
      events: [
        { year: 1, kind: "credential", credential: "ccs" },
        { year: 1, kind: "setting", setting: "hospital" },
        { year: 2, kind: "credential", credential: "cpc" },
        { year: 3, kind: "credential", credential: "cpc" },
      ],
    };
    expect(noOpEvents(redundant)).toEqual([0, 1, 3]);
  });

  it("gives the same typical figure as the projection for that year", () => {
    const projection = projectSalary(path, facts);
    for (const year of [0, 1, 4, 9, 25]) {
      expect(salaryFactors(profileInYear(path, year), facts).salary.typical).toBe(projection.years[year]!.typical);
    }
  });
});

describe("presets", () => {
  it("are valid paths, copied fresh each time", () => {
    for (const id of Object.keys(PATH_PRESETS) as (keyof typeof PATH_PRESETS)[]) {
      const path = presetPath(id);
      expect(ComparisonSchema.safeParse({ profile: { yearsOfExperience: 0, credentials: [] }, paths: [path] }).success).toBe(true);
      path.events.push({ year: 2, kind: "remote", remote: true });
      expect(presetPath(id).events).toHaveLength(PATH_PRESETS[id].events.length);
    }
  });

  it("CPC in year 1 raises typical pay from year 1 on, over no credential", () => {
    const comparison: Comparison = {
      profile: { state: "nj", yearsOfExperience: 0, credentials: [] },
      paths: [presetPath("as-now"), presetPath("cpc-then-coc")],
    };
    const [none, cpc] = careerPathsOf(comparison).map((path) => projectSalary(path, facts).years);
    expect(cpc![0]!.typical).toBe(none![0]!.typical);
    for (const year of [1, 2, 5, 25]) expect(cpc![year]!.typical).toBeGreaterThan(none![year]!.typical);
    expect(cpc![4]!.typical).toBeGreaterThan(cpc![3]!.typical);
  });
});

describe("defaultPaths", () => {
  const today = new Date("2026-01-01T00:00:00Z");
  it("is the learner's path alone without a target credential", () => {
    expect(defaultPaths({ yearsOfExperience: 0, credentials: [] })).toEqual([{ label: "No new credential", events: [] }]);
    expect(defaultPaths({ yearsOfExperience: 0, credentials: ["cpc"] }, { credential: "cpc" })).toEqual([{ label: "As you are now", events: [] }]);
  });

  it.each([
    ["2026-05-01", 1],
    [undefined, 1],
    ["2027-06-01", 2],
    ["2020-01-01", 1],
  ])("adds the target credential from the year of an exam on %s (year %i)", (examDate, year) => {
    const [, target] = defaultPaths({ yearsOfExperience: 0, credentials: [] }, { credential: "coc", examDate }, today);
    expect(target).toEqual({ label: `COC in year ${year}`, events: [{ year, kind: "credential", credential: "coc" }] });
  });

  it("adds no second path for a target the learner already holds (CPC-A when they hold the CPC)", () => {
    expect(defaultPaths({ yearsOfExperience: 0, credentials: ["cpc"] }, { credential: "cpc-a" })).toHaveLength(1);
  });
});

describe("ComparisonSchema", () => {
  const valid = { profile: { yearsOfExperience: 0, credentials: [] }, paths: [{ label: "Mine", events: [] }] };
  it.each([
    ["no paths", { ...valid, paths: [] }],
    ["four paths", { ...valid, paths: Array.from({ length: 4 }, () => valid.paths[0]) }],
    ["a blank path name", { ...valid, paths: [{ label: " ", events: [] }] }],
    ["an unknown credential", { ...valid, paths: [{ label: "x", events: [{ year: 1, kind: "credential", credential: "phd" }] }] }],
    ["a year past 25", { ...valid, paths: [{ label: "x", events: [{ year: 26, kind: "credential", credential: "cpc" }] }] }],
    ["an unknown role", { ...valid, paths: [{ label: "x", events: [{ year: 2, kind: "role", role: "ceo" }] }] }],
    ["CPC and CPC-A together", { ...valid, profile: { yearsOfExperience: 0, credentials: ["cpc", "cpc-a"] } }],
    ["an unknown field", { ...valid, extra: 1 }],
    ["a pay goal below $10,000", { ...valid, payGoal: 5 }],
  ])("rejects %s", (_name, input) => {
    expect(ComparisonSchema.safeParse(input).success).toBe(false);
  });

  it("needs exactly one change per event, of a known kind", () => {
    expect(CareerEventSchema.safeParse({ year: 1 }).success).toBe(false);
    expect(CareerEventSchema.safeParse({ year: 1, kind: "credential", credential: "cpc", setting: "hospital" }).success).toBe(false);
    expect(CareerEventSchema.safeParse({ year: 1, kind: "remote", remote: false }).success).toBe(true);
  });

  it("reads scenarios saved before events had a kind", () => {
    const legacy = {
      ...valid,
      paths: [
        {
          label: "Old",
          events: [
            { year: 1, addCredential: "cpc" },
            { year: 2, setting: "hospital" },
            { year: 3, remote: true },
          ],
        },
      ],
    };
    expect(ComparisonSchema.parse(legacy).paths[0]!.events).toEqual([
      { year: 1, kind: "credential", credential: "cpc" },
      { year: 2, kind: "setting", setting: "hospital" },
      { year: 3, kind: "remote", remote: true },
    ]);
    expect(CareerEventSchema.safeParse({ year: 1, addCredential: "cpc", setting: "hospital" }).success).toBe(false);
  });

  it("drops a repeated credential rather than refusing the comparison", () => {
    expect(ComparisonSchema.parse({ ...valid, profile: { yearsOfExperience: 0, credentials: ["cpc", "cpc"] } }).profile.credentials).toEqual(["cpc"]);
  });
});

describe("facts for the client", () => {
  it("keeps only what the model reads and projects the same figures", () => {
    const slice = salaryFactsOf(facts);
    expect(JSON.stringify(slice).length).toBeLessThan(20_000);
    expect(slice.figures.some((figure) => figure.key.startsWith("exam."))).toBe(false);
    const path: CareerPath = {
      profile: { state: "ca", metro: "sacramento-ca", setting: "hospital", yearsOfExperience: 4, credentials: ["ccs", "cpc"] },
      events: [{ year: 3, kind: "credential", credential: "cpma" }],
    };
    expect(projectSalary(path, factsFromSalaryFacts(JSON.parse(JSON.stringify(slice))))).toEqual(projectSalary(path, facts));
  });

  it("lists metro areas and states with figures", () => {
    expect(metroOptionsOf(facts)).toContainEqual({ value: "trenton-nj", label: "Trenton, NJ" });
    expect(statesWithFigures(facts)).toEqual(expect.arrayContaining(["nj", "ca", "al"]));
  });
});

describe("describeEvent", () => {
  it.each<[CareerEvent, string]>([
    [{ year: 1, kind: "credential", credential: "cpc" }, "Add CPC in year 1"],
    [{ year: 0, kind: "setting", setting: "hospital" }, "Move to hospital (inpatient) now"],
    [{ year: 3, kind: "remote", remote: true }, "Work remotely in year 3"],
    [{ year: 2, kind: "state", state: "nj" }, "Move to NJ in year 2"],
    [{ year: 10, kind: "role", role: "cdi" }, "Become a cdi specialist in year 10"],
  ])("%o → %s", (event, text) => {
    expect(describeEvent(event)).toBe(text);
  });
});

describe("credential names", () => {
  it("match the credential catalog's names", async () => {
    const { CREDENTIAL_NAMES } = await import("@/lib/salary/comparison");
    const { loadCredentials } = await import("@/lib/certification/load-credentials");
    for (const credential of loadCredentials().credentials)
      expect(CREDENTIAL_NAMES[credential.code as keyof typeof CREDENTIAL_NAMES], credential.code).toBe(credential.name);
  });
});
