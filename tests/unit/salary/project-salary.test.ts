import { describe, expect, it } from "vitest";
import { loadFacts } from "@/lib/content/load-guide";
import { DEFAULT_HORIZON_YEARS, projectSalary, salaryFactors } from "@/lib/salary/project-salary";
import {
  KNOWN_CREDENTIALS,
  SALARY_SETTINGS,
  type CareerPath,
  type CredentialCode,
  type SalaryProfile,
  type SalarySetting,
  type UsStateCode,
} from "@/lib/salary/types";

const facts = loadFacts();
const value = (key: string) => facts.figures.get(key)!.value!;
const range = (key: string) => ({ low: facts.figures.get(key)!.low!, high: facts.figures.get(key)!.high! });
const typical = (profile: SalaryProfile) => salaryFactors(profile, facts).salary.typical;

const stateKeys = [...facts.figures.keys()].filter((key) => /^state\.[a-z]{2}\.mean_annual$/.test(key));
const STATES_BY_PAY = stateKeys.sort((a, b) => value(b) - value(a)).map((key) => key.split(".")[1] as UsStateCode);
const LOCATIONS: { state?: UsStateCode; metro?: string }[] = [{}, ...STATES_BY_PAY.map((state) => ({ state })), { metro: "trenton-nj" }, { state: "oh" }];
const SETTINGS: (SalarySetting | undefined)[] = [undefined, ...SALARY_SETTINGS];
const CREDENTIAL_SETS: CredentialCode[][] = [
  ["cpc"],
  ["ccs"],
  ["coc"],
  ["rhit"],
  ["cpma"],
  ["cpc", "coc"],
  ["ccs", "cpc", "coc"],
  ["ccs", "cpc", "coc", "crc", "cic"],
];
const YEARS = [0, 1, 3, 6, 10, 14, 20, 30, 50];

/** Every combination of location, setting, credentials and experience a learner can pick (frontline, no role move). */
function* frontlineProfiles(): Generator<SalaryProfile> {
  for (const location of LOCATIONS)
    for (const setting of SETTINGS)
      for (const credentials of CREDENTIAL_SETS)
        for (const yearsOfExperience of YEARS) yield { ...location, ...(setting && { setting }), credentials, yearsOfExperience };
}

// Published figures the checks compare with (content/facts/figures.yaml).
const HIGHEST_FRONTLINE = value("credential.ccs.top_annual"); // top CCS earners exceed $90,000: the highest non-management figure
const BLS_P10 = value("bls.bottom10_annual");

describe("reality checks against the published figures", () => {
  it("reproduces the career guide's experience bands for a nationally typical CPC", () => {
    for (const [band, years] of [
      ["entry", 1],
      ["mid", 6],
      ["senior", 14.5],
    ] as const) {
      const { low, high } = range(`experience.${band}`);
      const salary = salaryFactors({ yearsOfExperience: years, credentials: ["cpc"] }, facts).salary;
      expect(salary, band).toEqual({ low, typical: (low + high) / 2, high });
    }
  });

  it("never projects typical frontline pay above the highest published non-management figure, scaled to the location", () => {
    let checked = 0;
    for (const profile of frontlineProfiles()) {
      const { salary, location } = salaryFactors(profile, facts);
      expect(salary.typical, JSON.stringify(profile)).toBeLessThanOrEqual(HIGHEST_FRONTLINE * location.factor);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("keeps every national frontline projection at or below the highest published non-management figure", () => {
    for (const profile of frontlineProfiles()) {
      if (profile.state || profile.metro) continue;
      expect(typical(profile), JSON.stringify(profile)).toBeLessThanOrEqual(HIGHEST_FRONTLINE);
    }
  });

  it("never projects a credentialed full-time coder below the BLS 10th percentile", () => {
    for (const profile of frontlineProfiles()) expect(typical(profile), JSON.stringify(profile)).toBeGreaterThanOrEqual(BLS_P10);
  });

  it("keeps the order of states by their published mean wage", () => {
    for (const yearsOfExperience of [0, 6, 14]) {
      const pays = STATES_BY_PAY.map((state) => typical({ state, yearsOfExperience, credentials: ["cpc"], setting: "hospital" }));
      expect(pays).toEqual([...pays].sort((a, b) => b - a));
    }
  });

  it("keeps hospitals above physician offices, and credential counts in order", () => {
    for (const state of [undefined, "nj", "al"] as const) {
      const at = (profile: Partial<SalaryProfile>) => typical({ yearsOfExperience: 6, credentials: ["cpc"], ...(state && { state }), ...profile });
      expect(at({ setting: "hospital" })).toBeGreaterThan(at({ setting: "physician-office" }));
      const counts = [[], ["cpc"], ["cpc", "crc"], ["cpc", "crc", "cic"]].map((credentials) => at({ credentials: credentials as CredentialCode[] }));
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(new Set(counts).size).toBe(counts.length);
    }
  });

  // The cases measured in the issue, before and after: each must now sit inside published bounds.
  it.each<[string, SalaryProfile, number, number]>([
    ["a New Jersey hospital CPC with 5 years (was $92,875)", { state: "nj", setting: "hospital", yearsOfExperience: 5, credentials: ["cpc"] }, 75_000, 90_000],
    ["a new CCS in a New Jersey hospital (was $85,667)", { state: "nj", setting: "hospital", yearsOfExperience: 0, credentials: ["ccs"] }, 60_000, 75_000],
    [
      "an uncredentialed new coder in an Ohio physician office (was $34,196)",
      { state: "oh", setting: "physician-office", yearsOfExperience: 0, credentials: [] },
      BLS_P10,
      45_000,
    ],
  ])("%s is projected believably", (_name, profile, low, high) => {
    const pay = typical(profile);
    expect(pay).toBeGreaterThanOrEqual(low);
    expect(pay).toBeLessThanOrEqual(high);
  });

  it("no longer pays management money for years alone: a NJ hospital CPC after 20 years (was $165,623)", () => {
    const { years } = projectSalary({ state: "nj", setting: "hospital", yearsOfExperience: 5, credentials: ["cpc"] }, facts, { horizonYears: 20 });
    expect(years.at(-1)!.typical).toBeLessThanOrEqual(
      HIGHEST_FRONTLINE * salaryFactors({ state: "nj", yearsOfExperience: 0, credentials: ["cpc"] }, facts).location.factor,
    );
    expect(years.at(-1)!.typical).toBeLessThan(120_000);
  });

  it("three credentials in New Jersey stay frontline pay (was $214,646)", () => {
    const { years } = projectSalary({ state: "nj", yearsOfExperience: 0, credentials: ["cpc", "coc", "cpma"] }, facts);
    expect(Math.max(...years.map((entry) => entry.typical))).toBeLessThan(120_000);
  });
});

describe("career moves into auditing, CDI and management", () => {
  const start: SalaryProfile = { yearsOfExperience: 12, credentials: ["cpc"] };
  it.each([
    ["manager", "experience.expert"],
    ["cdi", "role.cdi.range"],
  ] as const)("a move to %s pays the published range from the year of the move", (role, key) => {
    const { years } = projectSalary({ profile: start, events: [{ year: 3, kind: "role", role }] }, facts);
    const { low, high } = range(key);
    expect(years[2]!.typical).toBeLessThan(low);
    expect(years[3]!.typical).toBe((low + high) / 2);
  });

  it("an auditing move pays the CPMA average", () => {
    const { years } = projectSalary({ profile: start, events: [{ year: 1, kind: "role", role: "auditor" }] }, facts);
    expect(years[1]!.typical).toBe(value("credential.cpma.avg_annual"));
  });

  it("a move before 10 years of experience waits, with a note", () => {
    const path: CareerPath = { profile: { yearsOfExperience: 2, credentials: ["cpc"] }, events: [{ year: 1, kind: "role", role: "manager" }] };
    const { years, notes } = projectSalary(path, facts);
    expect(notes).toContainEqual({ code: "role-deferred", role: "manager", minimumYears: 10 });
    expect(years[7]!.typical).toBeLessThan(range("experience.expert").low);
    expect(years[8]!.typical).toBeGreaterThanOrEqual(range("experience.expert").low);
  });

  it("20 years without a move is not management pay", () => {
    expect(typical({ yearsOfExperience: 25, credentials: ["cpc"] })).toBeLessThan(range("experience.expert").low);
  });
});

describe("projectSalary: shape of the projection", () => {
  const inputs: [string, SalaryProfile | CareerPath][] = [
    ["new coder, no credential", { yearsOfExperience: 0, credentials: [] }],
    ["CPC, COC and CPMA in a DC hospital", { yearsOfExperience: 0, credentials: ["cpc", "coc", "cpma"], state: "dc", setting: "hospital" }],
    ["RHIT in an Alabama physician office", { yearsOfExperience: 1, credentials: ["rhit"], state: "al", setting: "physician-office" }],
    ["remote CCS in the Trenton metro", { yearsOfExperience: 2, credentials: ["ccs"], metro: "trenton-nj", remote: true }],
    ["50 years", { yearsOfExperience: 50, credentials: [] }],
    [
      "no credential, CPC in year 1, COC in year 4",
      {
        profile: { yearsOfExperience: 0, credentials: [] },
        events: [
          { year: 1, kind: "credential", credential: "cpc" },
          { year: 4, kind: "credential", credential: "coc" },
        ],
      },
    ],
    [
      "office to hospital in year 2",
      { profile: { yearsOfExperience: 0, credentials: ["cpc"], setting: "physician-office" }, events: [{ year: 2, kind: "setting", setting: "hospital" }] },
    ],
    ["CPC, then a management move", { profile: { yearsOfExperience: 5, credentials: ["cpc"] }, events: [{ year: 6, kind: "role", role: "manager" }] }],
  ];

  it.each(inputs)("%s: years 0..25, low ≤ typical ≤ high in whole dollars, never falling", (_name, input) => {
    const { years } = projectSalary(input, facts);
    expect(years.map((row) => row.year)).toEqual(Array.from({ length: DEFAULT_HORIZON_YEARS + 1 }, (_, i) => i));
    years.forEach((row, i) => {
      for (const amount of [row.low, row.typical, row.high]) expect(Number.isInteger(amount) && amount > 0).toBe(true);
      expect(row.low).toBeLessThanOrEqual(row.typical);
      expect(row.typical).toBeLessThanOrEqual(row.high);
      if (i > 0) expect(row.typical).toBeGreaterThanOrEqual(years[i - 1]!.typical);
    });
  });

  it("moving to a lower-paying state lowers pay from the year of the move", () => {
    const { years } = projectSalary(
      { profile: { yearsOfExperience: 6, credentials: ["cpc"], state: "nj" }, events: [{ year: 3, kind: "state", state: "al" }] },
      facts,
    );
    expect(years[3]!.typical).toBeLessThan(years[2]!.typical);
  });

  it("lists exactly the figures it read, and a change after the horizon as a note", () => {
    const { sources, notes } = projectSalary(
      { profile: { yearsOfExperience: 0, credentials: [] }, events: [{ year: 30, kind: "credential", credential: "cpc" }] },
      facts,
    );
    for (const source of sources) expect(facts.figures.has(source.figureKey)).toBe(true);
    expect(sources.map((source) => source.figureKey)).toContain("experience.entry_uncertified");
    expect(notes).toContainEqual({ code: "events-after-horizon", count: 1, horizon: DEFAULT_HORIZON_YEARS });
  });
});

describe("salaryFactors: every factor compares like with like", () => {
  it("divides state and setting means by a national mean, never by the median", () => {
    const factors = salaryFactors({ yearsOfExperience: 6, credentials: ["cpc"], state: "nj", setting: "hospital" }, facts);
    const estimate = factors.notes.find((note) => note.code === "national-mean-estimated");
    const mean = estimate && "mean" in estimate ? estimate.mean : value("bls.mean_annual");
    expect(mean).toBeGreaterThan(value("bls.median_annual"));
    expect(factors.location.factor).toBeCloseTo(value("state.nj.mean_annual") / mean, 3);
    expect(factors.setting.factor).toBeCloseTo(value("setting.hospital.mean_annual") / mean, 3);
  });

  it("counts a CCS's hospital premium once in a hospital", () => {
    const factors = salaryFactors({ yearsOfExperience: 6, credentials: ["ccs"], setting: "hospital" }, facts);
    expect(factors.combinedFactor).toBeCloseTo(Math.max(factors.credential.factor, factors.setting.factor), 6);
    expect(factors.notes).toContainEqual({ code: "credential-overlaps-setting", credential: "ccs", setting: "hospital" });
  });

  it("compares each credential with the CPC of the same survey, and knows every credential", () => {
    const ccs = salaryFactors({ yearsOfExperience: 6, credentials: ["ccs"] }, facts).credential.factor;
    expect(ccs).toBeCloseTo(value("credential.ccs.avg_annual") / value("credential.cpc.payscale_avg_annual"), 6);
    for (const code of KNOWN_CREDENTIALS)
      expect(typical({ yearsOfExperience: 6, credentials: [code] })).toBeGreaterThan(typical({ yearsOfExperience: 6, credentials: [] }));
  });
});
