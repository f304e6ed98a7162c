import { describe, expect, it } from "vitest";
import { loadFacts, type Facts } from "@/lib/content/load-guide";
import { DEFAULT_HORIZON_YEARS, projectSalary, referenceExperienceYears, salaryFactors } from "@/lib/salary/project-salary";
import { KNOWN_CREDENTIALS, SALARY_SETTINGS, US_STATE_CODES, type CareerPath, type SalaryProfile, type SalarySetting } from "@/lib/salary/types";

const facts = loadFacts();
const REF_YEARS = referenceExperienceYears(facts);
const value = (key: string) => facts.figures.get(key)!.value!;
const typicalAt = (profile: SalaryProfile) => salaryFactors(profile, facts).salary.typical;

const stateKeys = [...facts.figures.keys()].filter((key) => /^state\.[a-z]{2}\.mean_annual$/.test(key));
const stateCode = (key: string) => key.split(".")[1]!;
const statesByPay = [...stateKeys].sort((a, b) => value(b) - value(a)).map(stateCode);
const TOP_STATE = statesByPay[0]!; // dc, $76,960 (BLS OEWS May 2023)
const LOW_STATE = statesByPay[statesByPay.length - 1]!; // al, $42,390

const PROFILES: [string, SalaryProfile][] = [
  ["new coder, no credential", { yearsOfExperience: 0, credentials: [] }],
  ["new CPC, national", { yearsOfExperience: 0, credentials: ["cpc"] }],
  ["CPC, COC and CPMA in a DC hospital", { yearsOfExperience: 0, credentials: ["cpc", "coc", "cpma"], state: "dc", setting: "hospital" }],
  ["RHIT in an Alabama physician office", { yearsOfExperience: 1, credentials: ["rhit"], state: "al", setting: "physician-office" }],
  ["remote CCS in the Trenton metro", { yearsOfExperience: 2, credentials: ["ccs"], metro: "trenton-nj", remote: true }],
  ["mid-career CPC in New Jersey", { yearsOfExperience: 5, credentials: ["cpc"], state: "nj" }],
  ["senior COC", { yearsOfExperience: 12, credentials: ["coc"] }],
  ["fractional experience", { yearsOfExperience: 2.5, credentials: ["cpc", "cca"] }],
  ["30 years, beyond the table", { yearsOfExperience: 30, credentials: ["cpc"] }],
  ["50 years", { yearsOfExperience: 50, credentials: [] }],
  ["state without a figure", { yearsOfExperience: 3, credentials: ["cpc"], state: "wy" }],
];

const PATHS: [string, CareerPath][] = [
  [
    "no credential, CPC in year 1, COC in year 4",
    { profile: { yearsOfExperience: 0, credentials: [] }, events: [{ year: 1, addCredential: "cpc" }, { year: 4, addCredential: "coc" }] },
  ],
  [
    "RHIT, then CCS, then CPMA and CPC",
    {
      profile: { yearsOfExperience: 0, credentials: ["rhit"], state: "md" },
      events: [{ year: 3, addCredential: "ccs" }, { year: 10, addCredential: "cpma" }, { year: 10, addCredential: "cpc" }],
    },
  ],
  ["physician office to hospital in year 2", { profile: { yearsOfExperience: 0, credentials: ["cpc"], setting: "physician-office" }, events: [{ year: 2, setting: "hospital" }] }],
  ["Alabama to New Jersey in year 3", { profile: { yearsOfExperience: 1, credentials: ["cpc"], state: "al" }, events: [{ year: 3, state: "nj" }] }],
  ["a credential in the last year", { profile: { yearsOfExperience: 20, credentials: [] }, events: [{ year: 25, addCredential: "cpc" }] }],
  [
    "events out of order, fractional and after the horizon",
    { profile: { yearsOfExperience: 0, credentials: [] }, events: [{ year: 40, addCredential: "cpma" }, { year: 2.5, addCredential: "coc" }, { year: 1, addCredential: "cpc" }] },
  ],
];

const EVERYTHING: [string, SalaryProfile | CareerPath][] = [...PROFILES, ...PATHS];

describe("projectSalary: shape of the projection", () => {
  it.each(EVERYTHING)("%s: years 0..25, each low ≤ typical ≤ high, whole positive dollars", (_name, input) => {
    const { years } = projectSalary(input, facts);
    expect(years.map((row) => row.year)).toEqual(Array.from({ length: DEFAULT_HORIZON_YEARS + 1 }, (_, i) => i));
    for (const row of years) {
      for (const amount of [row.low, row.typical, row.high]) {
        expect(Number.isInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThan(0);
      }
      expect(row.low).toBeLessThanOrEqual(row.typical);
      expect(row.typical).toBeLessThanOrEqual(row.high);
    }
  });

  it.each(EVERYTHING)("%s: low, typical and high never fall from one year to the next", (_name, input) => {
    const { years } = projectSalary(input, facts);
    for (let i = 1; i < years.length; i += 1) {
      expect(years[i]!.low, `low, year ${i}`).toBeGreaterThanOrEqual(years[i - 1]!.low);
      expect(years[i]!.typical, `typical, year ${i}`).toBeGreaterThanOrEqual(years[i - 1]!.typical);
      expect(years[i]!.high, `high, year ${i}`).toBeGreaterThanOrEqual(years[i - 1]!.high);
    }
  });

  it.each([
    [0, 1],
    [10, 11],
    [50, 51],
    [80, 51], // capped at 50 years ahead
  ])("a horizon of %i years gives %i rows", (horizonYears, rows) => {
    expect(projectSalary({ yearsOfExperience: 0, credentials: [] }, facts, { horizonYears }).years).toHaveLength(rows);
  });

  it("applies a path's events from their year on, and notes events beyond the horizon", () => {
    const path: CareerPath = { profile: { yearsOfExperience: 0, credentials: [] }, events: [{ year: 4, addCredential: "cpc" }, { year: 30, addCredential: "coc" }] };
    const projected = projectSalary(path, facts).years;
    const plain = projectSalary(path.profile, facts).years;
    expect(projected.slice(0, 4)).toEqual(plain.slice(0, 4));
    expect(projected[4]!.typical).toBe(typicalAt({ yearsOfExperience: 4, credentials: ["cpc"] }));
    expect(projectSalary(path, facts).assumptions.some((note) => note.includes("after year 25"))).toBe(true);
  });

  it("lowers pay only when a path moves to a lower-paying setting (documented in model.md)", () => {
    const path: CareerPath = { profile: { yearsOfExperience: 0, credentials: ["cpc"], setting: "hospital" }, events: [{ year: 5, setting: "physician-office" }] };
    const { years } = projectSalary(path, facts);
    expect(years[5]!.typical).toBeLessThan(years[4]!.typical);
  });
});

describe("projectSalary: the anchors", () => {
  // Reference profile: national, no setting, not remote, at the experience where the experience curve
  // meets the AAPC certified average (about 8 years). Tolerance: exact, after rounding to whole dollars.
  it.each([
    ["aapc.avg_certified", ["cpc"], 64712],
    ["aapc.avg_uncertified", [], 51699],
    ["credential.coc.avg_annual", ["coc"], 70186],
    ["credential.cpma.avg_annual", ["cpma"], 81048],
    ["aapc.avg_two_credentials", ["cpc", "coc"], 74896],
    ["aapc.avg_three_plus_credentials", ["cpc", "coc", "cpma"], 83866],
  ])("the reference profile with %s's credentials %j earns $%i", (key, credentials, dollars) => {
    expect(value(key)).toBe(dollars);
    expect(typicalAt({ yearsOfExperience: REF_YEARS, credentials })).toBe(dollars);
    expect(projectSalary({ yearsOfExperience: REF_YEARS, credentials }, facts).years[0]!.typical).toBe(dollars);
  });

  it("places the AAPC average inside the mid-career band (3-9 years)", () => {
    expect(REF_YEARS).toBeGreaterThanOrEqual(3);
    expect(REF_YEARS).toBeLessThanOrEqual(9);
  });

  // Band midpoints: entry 0-2 → 1, mid 3-9 → 6, senior 10-19 → 14.5, expert 20+ → 24.5 (assumed 20-29).
  // Tolerance $1 (rounding); low/high reproduce the band's range.
  it.each([
    ["experience.entry", 1, 40000, 52000],
    ["experience.mid", 6, 53000, 68000],
    ["experience.senior", 14.5, 69000, 85000],
    ["experience.expert", 24.5, 85000, 120000],
  ])("%s: a CPC at %s years earns the band's midpoint, with its range as low-high", (key, years, low, high) => {
    expect(facts.figures.get(key)).toMatchObject({ low, high });
    const { salary } = salaryFactors({ yearsOfExperience: years, credentials: ["cpc"] }, facts);
    expect(Math.abs(salary.typical - (low + high) / 2)).toBeLessThanOrEqual(1);
    expect(salary.typical).toBeGreaterThanOrEqual(low);
    expect(salary.typical).toBeLessThanOrEqual(high);
    expect(Math.abs(salary.low - low)).toBeLessThanOrEqual(1);
    expect(Math.abs(salary.high - high)).toBeLessThanOrEqual(1);
  });

  // The table's bands leave gaps ($52,000 to $53,000 between entry and mid), so a smooth curve cannot
  // stay inside every band at its edges; it stays within 10% of the band for every whole year.
  it.each(Array.from({ length: 30 }, (_, year) => [year]))("a CPC at %i years stays within 10%% of that year's band", (year) => {
    const band = year <= 2 ? "entry" : year <= 9 ? "mid" : year <= 19 ? "senior" : "expert";
    const { low, high } = facts.figures.get(`experience.${band}`)!;
    const typical = typicalAt({ yearsOfExperience: year, credentials: ["cpc"] });
    expect(typical).toBeGreaterThanOrEqual(low! * 0.9);
    expect(typical).toBeLessThanOrEqual(high! * 1.1);
  });
});

describe("projectSalary: credentials, location and setting", () => {
  const CONTEXTS: [string, Omit<SalaryProfile, "credentials" | "yearsOfExperience">][] = [
    ["national", {}],
    ["DC hospital", { state: "dc", setting: "hospital" }],
    ["Alabama physician office", { state: "al", setting: "physician-office" }],
    ["San Jose metro, remote", { metro: "san-jose-ca", remote: true }],
  ];
  const certifiedCases = CONTEXTS.flatMap(([context, place]) =>
    [0, 8, 20].flatMap((years) => KNOWN_CREDENTIALS.map((credential) => [`${context}, ${years} years, ${credential}`, place, years, credential] as const)),
  );

  it.each(certifiedCases)("%s: certified is never below uncertified", (_name, place, years, credential) => {
    const uncertified = typicalAt({ ...place, yearsOfExperience: years, credentials: [] });
    expect(typicalAt({ ...place, yearsOfExperience: years, credentials: [credential] })).toBeGreaterThan(uncertified);
  });

  const STARTING_SETS = [[], ["cpc"], ["rhit"], ["ccs"], ["cpc", "coc"], ["cpma", "cca"], ["cpc", "coc", "cpma"]];
  const addCases = STARTING_SETS.flatMap((held) =>
    KNOWN_CREDENTIALS.filter((credential) => !held.includes(credential)).map((credential) => [held.join("+") || "none", credential, held] as const),
  );

  it.each(addCases)("holding %s, adding %s never lowers pay in any year", (_name, credential, held) => {
    const before = projectSalary({ yearsOfExperience: 0, credentials: [...held] }, facts).years;
    const after = projectSalary({ yearsOfExperience: 0, credentials: [...held, credential] }, facts).years;
    after.forEach((row, i) => {
      expect(row.low).toBeGreaterThanOrEqual(before[i]!.low);
      expect(row.typical).toBeGreaterThanOrEqual(before[i]!.typical);
      expect(row.high).toBeGreaterThanOrEqual(before[i]!.high);
    });
  });

  it.each([
    [[], 0],
    [["cpc"], 8],
    [["cpc", "coc"], 20],
  ])("credentials %j at %i years: the top-paying state beats the lowest-paying one", (credentials, years) => {
    expect([TOP_STATE, LOW_STATE]).toEqual(["dc", "al"]);
    expect(typicalAt({ state: TOP_STATE, yearsOfExperience: years, credentials })).toBeGreaterThan(typicalAt({ state: LOW_STATE, yearsOfExperience: years, credentials }));
  });

  it("ranks every state with a figure in the order of its BLS mean", () => {
    const pay = statesByPay.map((state) => typicalAt({ state, yearsOfExperience: 5, credentials: ["cpc"] }));
    expect([...pay].sort((a, b) => b - a)).toEqual(pay);
  });

  it.each([
    ["state.nj.mean_annual", { state: "nj" }, "location", 70860 / 48780],
    ["state.al.mean_annual", { state: "al" }, "location", 42390 / 48780],
    ["metro.trenton_nj.mean_annual", { metro: "trenton-nj", state: "ca" }, "location", 82490 / 48780],
    ["setting.hospital.mean_annual", { setting: "hospital" as SalarySetting }, "setting", 54260 / 48780],
    ["setting.physician_office.mean_annual", { setting: "physician-office" as SalarySetting }, "setting", 45390 / 48780],
  ] as const)("%s gives a %s factor of its mean over the BLS national median", (key, place, factor, expected) => {
    const breakdown = salaryFactors({ ...place, yearsOfExperience: 4, credentials: ["cpc"] }, facts);
    expect(breakdown[factor].factor).toBeCloseTo(expected, 10);
    expect(breakdown[factor].figureKeys).toEqual([key, "bls.median_annual"]);
  });

  it("combines the factors by multiplying them onto the experience base", () => {
    const breakdown = salaryFactors({ state: "nj", setting: "hospital", yearsOfExperience: 7, credentials: ["cpc", "coc"], remote: true }, facts);
    const { credential, location, setting, remote, base, salary } = breakdown;
    expect(breakdown.combinedFactor).toBeCloseTo(credential.factor * location.factor * setting.factor * remote.factor, 12);
    expect(Math.abs(salary.typical - base.typical * breakdown.combinedFactor)).toBeLessThanOrEqual(breakdown.combinedFactor);
    expect(base.band).toBe("mid");
  });

  it("leaves remote work at a factor of 1 (location-based pay, no figure) and says so", () => {
    const onSite = projectSalary({ state: "ok", yearsOfExperience: 0, credentials: ["cpc"] }, facts);
    const remote = projectSalary({ state: "ok", yearsOfExperience: 0, credentials: ["cpc"], remote: true }, facts);
    expect(remote.years).toEqual(onSite.years);
    expect(remote.assumptions.some((note) => /remote/i.test(note) && /local market/.test(note))).toBe(true);
  });
});

describe("projectSalary: unknown or out-of-range input", () => {
  const base: SalaryProfile = { yearsOfExperience: 4, credentials: ["cpc"] };
  it.each([
    ["a state code that does not exist", { ...base, state: "zz" }, /"zz" is not a two-letter state code/],
    ["a state without a BLS figure", { ...base, state: "wy" }, /no figure for WY/],
    ["an unknown setting", { ...base, setting: "spa" as SalarySetting }, /No figure for the work setting "spa"/],
    ["an unknown metro", { ...base, metro: "atlantis" }, /No figure for the metro area "atlantis"/],
    ["an unknown credential", { ...base, credentials: ["cpc", "xyz"] }, /Credential "xyz" is not one the model knows/],
  ])("%s is ignored with a note", (_name, profile, note) => {
    const projection = projectSalary(profile, facts);
    expect(projection.years).toEqual(projectSalary(base, facts).years);
    expect(projection.assumptions.some((text) => note.test(text))).toBe(true);
  });

  it("uses the state when the metro has no figure", () => {
    expect(typicalAt({ ...base, metro: "atlantis", state: "nj" })).toBe(typicalAt({ ...base, state: "nj" }));
  });

  it("counts a credential without a salary figure as a credential at the AAPC average", () => {
    const breakdown = salaryFactors({ yearsOfExperience: REF_YEARS, credentials: ["cca"] }, facts);
    expect(breakdown.credential.factor).toBe(1);
    expect(breakdown.assumptions.some((text) => text.startsWith("CCA has no salary figure"))).toBe(true);
  });

  it.each([[-3], [Number.NaN], [Number.POSITIVE_INFINITY]])("treats %s years of experience as 0, with a note", (years) => {
    const projection = projectSalary({ yearsOfExperience: years, credentials: [] }, facts);
    expect(projection.years).toEqual(projectSalary({ yearsOfExperience: 0, credentials: [] }, facts).years);
    expect(projection.assumptions[0]).toMatch(/Years of experience/);
  });

  it("tolerates duplicated and differently cased credentials", () => {
    expect(typicalAt({ yearsOfExperience: 5, credentials: ["CPC", "cpc", " cpc "] })).toBe(typicalAt({ yearsOfExperience: 5, credentials: ["cpc"] }));
  });
});

describe("projectSalary: sources", () => {
  function recordingFacts(): { facts: Facts; read: Set<string> } {
    const read = new Set<string>();
    const figures = new Map(facts.figures);
    const get = figures.get.bind(figures);
    figures.get = (key: string) => {
      const figure = get(key);
      if (figure) read.add(key);
      return figure;
    };
    return { facts: { ...facts, figures }, read };
  }

  it.each(EVERYTHING)("%s: lists exactly the figures the model read, each with its source", (_name, input) => {
    const recorder = recordingFacts();
    const { sources } = projectSalary(input, recorder.facts);
    expect(new Set(sources.map((source) => source.figureKey))).toEqual(recorder.read);
    for (const source of sources) {
      const figure = facts.figures.get(source.figureKey)!;
      expect(source).toEqual({
        figureKey: source.figureKey,
        label: figure.label,
        sourceId: figure.source,
        publisher: facts.sources.get(figure.source)!.publisher,
        year: figure.year,
      });
    }
  });

  it.each(PROFILES)("%s: the breakdown's sources cover every factor's figure keys", (_name, profile) => {
    const breakdown = salaryFactors(profile, facts);
    const listed = new Set(breakdown.sources.map((source) => source.figureKey));
    for (const key of [...breakdown.base.figureKeys, ...breakdown.credential.figureKeys, ...breakdown.location.figureKeys, ...breakdown.setting.figureKeys]) {
      expect(listed.has(key), key).toBe(true);
    }
  });

  it("throws a clear error when a figure the model needs is missing from the facts file", () => {
    const figures = new Map(facts.figures);
    figures.delete("experience.mid");
    expect(() => projectSalary({ yearsOfExperience: 0, credentials: [] }, { ...facts, figures })).toThrow(/has no low\/high for experience\.mid/);
  });
});

describe("the model's vocabularies match the facts file", () => {
  it.each(SALARY_SETTINGS.map((setting) => [setting]))("setting %s has a BLS figure", (setting) => {
    expect(facts.figures.get(`setting.${setting.replace(/-/g, "_")}.mean_annual`)?.value).toBeGreaterThan(0);
  });

  it("knows every credential with a salary figure and every state with a figure", () => {
    const credentialCodes = [...facts.figures.keys()].filter((key) => /^credential\.[a-z_]+\.avg_annual$/.test(key)).map((key) => key.split(".")[1]);
    expect(KNOWN_CREDENTIALS).toEqual(expect.arrayContaining(credentialCodes));
    expect(US_STATE_CODES).toEqual(expect.arrayContaining(stateKeys.map(stateCode)));
  });
});
