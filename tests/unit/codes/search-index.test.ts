import { describe, expect, it } from "vitest";
import { americanSpellings, boundedDistance, CodeSearchIndex, tokenize, type IndexedCode } from "@/lib/codes/search-index";

const code = (system: IndexedCode["system"], codeValue: string, description: string, billable = true, extra: Partial<IndexedCode> = {}): IndexedCode => ({
  system,
  code: codeValue,
  description,
  billable,
  terminated: false,
  kind: "code",
  ...extra,
});

const entries: IndexedCode[] = [
  code("icd10cm", "J45", "Asthma", false),
  code("icd10cm", "J459", "Other and unspecified asthma", false),
  code("icd10cm", "J4590", "Unspecified asthma", false),
  code("icd10cm", "J45909", "Unspecified asthma, uncomplicated"),
  code("icd10cm", "J45901", "Unspecified asthma with (acute) exacerbation"),
  code("icd10cm", "J4520", "Mild intermittent asthma, uncomplicated"),
  code("icd10cm", "I10", "Essential (primary) hypertension"),
  code("icd10cm", "I150", "Renovascular hypertension"),
  code("icd10cm", "E119", "Type 2 diabetes mellitus without complications"),
  code("icd10cm", "E11", "Type 2 diabetes mellitus", false),
  code("icd10cm", "J189", "Pneumonia, unspecified organism"),
  code("icd10cm", "S52501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture"),
  code("icd10cm", "S525", "Fracture of lower end of radius", false),
  code("hcpcs", "E0114", "Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips"),
  code("hcpcs", "J1885", "Injection, ketorolac tromethamine, per 15 mg"),
  code("hcpcs", "J1030", "Injection, methylprednisolone acetate, 40 mg", true, { terminated: true }),
  code("hcpcs", "RT", "Right side (used to identify procedures performed on the right side of the body)", false, { kind: "modifier" }),
  code("cpt", "99213", "Office visit, established patient, low-complexity decision making"),
];

const index = new CodeSearchIndex(entries, [
  { term: "HTN", means: ["hypertension"], codes: ["I10"] },
  { term: "broken wrist", means: ["fracture lower end radius"], codes: ["S52.5"] },
]);
const codes = (query: string, options = {}) => index.search(query, options).map((hit) => hit.entry.code);

describe("CodeSearchIndex", () => {
  it.each(["J45.909", "j45909", " J45.909 ", "j45.909"])("finds %j exactly, first", (query) => {
    const [first] = index.search(query);
    expect(first).toMatchObject({ match: "exact", entry: { code: "J45909" } });
  });

  it("puts the exact code before codes that start with it, in code order", () => {
    expect(codes("J45.9")).toEqual(["J459", "J4590", "J45901", "J45909"]);
    expect(index.search("J45")[0]!.match).toBe("exact");
    expect(index.search("J45")[1]!.match).toBe("prefix");
  });

  it("matches words in any order", () => {
    expect(codes("uncomplicated asthma")[0]).toBe("J45909");
    expect(codes("asthma uncomplicated").slice(0, 2).sort()).toEqual(["J4520", "J45909"]);
  });

  it("ranks billable codes before headers at equal score", () => {
    const hits = index.search("asthma");
    const headerIndex = hits.findIndex((hit) => !hit.entry.billable);
    const lastBillable = hits.map((hit) => hit.entry.billable).lastIndexOf(true);
    expect(hits.length).toBeGreaterThan(3);
    // "Asthma" (the J45 header) matches every word of the query and nothing else, so it leads on coverage; among
    // codes that cover the query equally, the billable one comes first.
    const equal = hits.filter((hit) => hit.score === hits[1]!.score);
    expect(equal.every((hit, position) => position === 0 || !hit.entry.billable || equal[position - 1]!.entry.billable)).toBe(true);
    expect(headerIndex).toBeGreaterThanOrEqual(0);
    expect(lastBillable).toBeGreaterThanOrEqual(0);
  });

  it("tolerates typos", () => {
    expect(codes("pnemonia")).toContain("J189");
    expect(codes("hypertenshun")).toEqual(expect.arrayContaining(["I10", "I150"]));
    expect(codes("asthmaa")[0]).toMatch(/^J45/);
  });

  it("completes the word being typed", () => {
    expect(codes("ketoro")).toEqual(["J1885"]);
    expect(codes("ketoro ")).toEqual([]);
  });

  it("understands chart shorthand from the synonym list, boosting its codes", () => {
    expect(codes("HTN")[0]).toBe("I10");
    expect(codes("htn")).toContain("I150");
    expect(codes("broken wrist")).toEqual(expect.arrayContaining(["S525", "S52501A"]));
  });

  it("filters by code set and billable-only", () => {
    expect(index.search("asthma", { billableOnly: true }).every((hit) => hit.entry.billable)).toBe(true);
    expect(codes("right", { system: "hcpcs" })).toEqual(["RT"]);
    expect(codes("office visit", { system: "icd10cm" })).toEqual([]);
    expect(codes("office visit", { system: "cpt" })).toEqual(["99213"]);
  });

  it("leaves terminated codes out unless asked", () => {
    expect(codes("methylprednisolone")).toEqual([]);
    expect(codes("methylprednisolone", { includeTerminated: true })).toEqual(["J1030"]);
    expect(codes("J1030")).toEqual([]);
  });

  it("caps the number of results and ignores empty queries", () => {
    expect(index.search("a", { limit: 2 }).length).toBeLessThanOrEqual(2);
    expect(index.search("   ")).toEqual([]);
  });

  it("keeps HCPCS and ICD-10-CM codes with the same characters apart", () => {
    const twins = new CodeSearchIndex([
      code("icd10cm", "E1100", "Type 2 diabetes mellitus with hyperosmolarity without coma"),
      code("hcpcs", "E1100", "Semi-reclining wheelchair"),
    ]);
    expect(
      twins
        .search("E1100")
        .map((hit) => hit.entry.system)
        .sort(),
    ).toEqual(["hcpcs", "icd10cm"]);
    expect(twins.get("E1100", "hcpcs")?.description).toBe("Semi-reclining wheelchair");
  });
});

describe("how coders type", () => {
  const coded: IndexedCode[] = [
    code("icd10cm", "E11", "Type 2 diabetes mellitus", false),
    code("icd10cm", "E119", "Type 2 diabetes mellitus without complications"),
    code("icd10cm", "E118", "Type 2 diabetes mellitus with unspecified complications"),
    code("icd10cm", "E10", "Type 1 diabetes mellitus", false),
    code("icd10cm", "E109", "Type 1 diabetes mellitus without complications"),
    code("icd10cm", "J690", "Pneumonitis due to inhalation of food and vomit"),
    code("icd10cm", "J189", "Pneumonia, unspecified organism"),
    code("icd10cm", "K209", "Esophagitis, unspecified", false),
    code("icd10cm", "K2090", "Esophagitis, unspecified without bleeding"),
    code("icd10cm", "S060X0A", "Concussion without loss of consciousness, initial encounter"),
    code("icd10cm", "S0003XA", "Contusion of scalp, initial encounter"),
    code("icd10cm", "S80811A", "Abrasion, right lower leg, initial encounter"),
    code("icd10cm", "S8001XA", "Contusion of right knee, initial encounter"),
    code("icd10cm", "G510", "Bell's palsy"),
    code("hcpcs", "J1885", "Injection, ketorolac tromethamine, per 15 mg"),
    code("hcpcs", "J1886", "Injection, ketorolac tromethamine (brandx), not therapeutically equivalent to j1885, per 15 mg"),
    code("hcpcs", "S0100", "Ketorolac tromethamine, oral, 10 mg"),
  ];
  const coder = new CodeSearchIndex(coded, [
    { term: "diabetes", means: ["type 2 diabetes mellitus without complications"], codes: ["E11.9"] },
    { term: "aspiration pneumonia", means: ["pneumonitis due to inhalation of food and vomit"], codes: ["J69.0"] },
    { term: "Toradol", means: ["ketorolac"], codes: ["J1885"] },
  ]);
  const top = (query: string) => coder.search(query)[0]?.entry.code;

  it("gives a main term's Index default only when the query is that term", () => {
    expect(top("diabetes")).toBe("E119");
    expect(top("type 1 diabetes without complications")).toBe("E109");
  });

  it("reads Alphabetic-Index order as well as plain order", () => {
    expect(top("pneumonia, aspiration")).toBe("J690");
    expect(top("aspiration pneumonia")).toBe("J690");
  });

  it("finds British spellings and the commonest slips", () => {
    expect(top("oesophagitis")).toBe("K2090");
    expect(top("concusion")).toBe("S060X0A");
    expect(top("bells palsy")).toBe("G510");
  });

  it("reads a dose apart and prefers the generic injection billed in that kind of amount", () => {
    expect(top("ketorolac 30 mg")).toBe("J1885");
    expect(top("toradol 60 mg")).toBe("J1885");
    expect(coder.search("ketorolac 30 mg").map((hit) => hit.entry.code)).toContain("S0100");
  });

  it("prefers the code that says it is the default when the words tie", () => {
    expect(top("type 2 diabetes")).toBe("E119");
  });
});

describe("tokenize and boundedDistance", () => {
  it("lower-cases, drops filler words and folds plurals", () => {
    expect(tokenize("Fractures of the Radius, initial encounter")).toEqual(["fracture", "radius", "initial", "encounter"]);
    expect(tokenize("Injuries")).toEqual(["injury"]);
  });

  it("offers the American spellings of a British word", () => {
    expect(americanSpellings("oesophagitis")).toContain("esophagitis");
    expect(americanSpellings("anaemia")).toContain("anemia");
    expect(americanSpellings("haemorrhoids")).toContain("hemorrhoids");
    expect(americanSpellings("tumour")).toContain("tumor");
    expect(americanSpellings("asthma")).toEqual([]);
  });

  it.each([
    ["pneumonia", "pnemonia", 1],
    ["asthma", "astmha", 1],
    ["diabetes", "diabetis", 1],
    ["kitten", "sitting", 3],
  ])("%s ~ %s = %i (capped at max + 1)", (a, b, expected) => {
    expect(boundedDistance(a, b, 2)).toBe(Math.min(expected, 3));
  });
});
