import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ancestorsOf, blockFor, chapterFor, compareIcd10cmCategories, loadIcd10cmChapters, seventhCharacterChoices } from "@/lib/codes/icd10cm-hierarchy";
import { parseIcd10cmOrderFile } from "@/lib/codes/parse-icd10cm-order";
import type { CodeRecord } from "@/lib/codes/types";
import { ContentError } from "@/lib/content/load-guide";

const FIXTURE = path.resolve("tests", "fixtures", "codes", "icd10cm-order-excerpt.txt");

let records: CodeRecord[] = [];
let recordsByCode = new Map<string, CodeRecord>();
beforeAll(async () => {
  records = [];
  for await (const record of parseIcd10cmOrderFile(FIXTURE)) records.push(record);
  recordsByCode = new Map(records.map((record) => [record.code, record]));
});

describe("the ICD-10-CM chapter table in content/codes/icd10cm-chapters.yaml", () => {
  it("has the 22 chapters with their blocks", () => {
    const table = loadIcd10cmChapters();
    expect(table.fiscalYear).toBe(2026);
    expect(table.chapters.map((chapter) => chapter.number)).toEqual(Array.from({ length: 22 }, (_, index) => index + 1));
    expect(table.chapters[9]).toMatchObject({ number: 10, title: "Diseases of the respiratory system", range: "J00-J99" });
  });

  it.each([
    ["J45.909", 10, "J40-J4A", "Chronic lower respiratory diseases"],
    ["J4A.0", 10, "J40-J4A", "Chronic lower respiratory diseases"],
    ["J47.9", 10, "J40-J4A", "Chronic lower respiratory diseases"],
    ["E11.9", 4, "E08-E13", "Diabetes mellitus"],
    ["C4A.9", 2, "C43-C44", "Melanoma and other malignant neoplasms of skin"],
    ["C7A.00", 2, "C7A", "Malignant neuroendocrine tumors"],
    ["C76.0", 2, "C76-C80", "Malignant neoplasms of ill-defined, other secondary and unspecified sites"],
    ["D3A.00", 2, "D3A", "Benign neuroendocrine tumors"],
    ["D49.9", 2, "D49", "Neoplasms of unspecified behavior"],
    ["M1A.00X0", 13, "M05-M14", "Inflammatory polyarthropathies"],
    ["M19.90", 13, "M15-M19", "Osteoarthritis"],
    ["I5A", 9, "I30-I5A", "Other forms of heart disease"],
    ["O9A.111", 15, "O94-O9A", "Other obstetric conditions, not elsewhere classified"],
    ["Z3A.39", 21, "Z30-Z39", "Persons encountering health services in circumstances related to reproduction"],
    ["QA0.0101", 17, "QA0", "Genetic disorders, not elsewhere classified"],
    ["S83.241A", 19, "S80-S89", "Injuries to the knee and lower leg"],
    ["T07.XXXA", 19, "T07", "Injuries involving multiple body regions"],
    ["U09.9", 22, "U00-U49", "Provisional assignment of new diseases of uncertain etiology or emergency use"],
  ])("%s is in chapter %i, block %s", (code, chapterNumber, blockRange, blockTitle) => {
    expect(chapterFor(code)?.number).toBe(chapterNumber);
    expect(blockFor(code)).toMatchObject({ range: blockRange, title: blockTitle });
  });

  it.each(["asthma", "99213", "D99.1"])("%s has no chapter", (code) => {
    expect(chapterFor(code)).toBeUndefined();
    expect(blockFor(code)).toBeUndefined();
  });

  it.each(["W80", "J50", "C42"])("%s, an unused category between blocks, has a chapter but no block", (code) => {
    expect(chapterFor(code)).toBeDefined();
    expect(blockFor(code)).toBeUndefined();
  });

  it("orders letter categories where the Tabular List prints them", () => {
    const categories = ["C44", "C4A", "C43", "M10", "M1A", "M08", "Z37", "Z3A", "Z36", "C76", "C7B", "C7A", "C75", "J45", "J4A", "J44"];
    expect([...categories].sort(compareIcd10cmCategories)).toEqual([
      "C43",
      "C4A",
      "C44",
      "C75",
      "C7A",
      "C7B",
      "C76",
      "J44",
      "J4A",
      "J45",
      "M08",
      "M1A",
      "M10",
      "Z36",
      "Z3A",
      "Z37",
    ]);
  });
});

describe("ancestorsOf", () => {
  it("walks J45.909 from chapter 10 through block, category and subcategories", () => {
    expect(ancestorsOf("J45.909", recordsByCode)).toEqual([
      { level: "chapter", number: 10, range: "J00-J99", title: "Diseases of the respiratory system" },
      { level: "block", range: "J40-J4A", title: "Chronic lower respiratory diseases" },
      { level: "category", code: "J45", title: "Asthma" },
      { level: "subcategory", code: "J459", title: "Other and unspecified asthma" },
      { level: "subcategory", code: "J4590", title: "Unspecified asthma" },
      { level: "code", code: "J45909", title: "Unspecified asthma, uncomplicated" },
    ]);
  });

  it("keeps only the prefixes that exist as codes (S83.241A), and takes a plain set", () => {
    const path = ancestorsOf("s83241a", new Set(recordsByCode.keys()));
    expect(path.slice(2)).toEqual([
      { level: "category", code: "S83" },
      { level: "subcategory", code: "S832" },
      { level: "subcategory", code: "S8324" },
      { level: "subcategory", code: "S83241" },
      { level: "code", code: "S83241A" },
    ]);
    expect(
      ancestorsOf("T07.XXXA", recordsByCode)
        .slice(2)
        .map((node) => "code" in node && node.code),
    ).toEqual(["T07", "T07XXXA"]);
  });

  it("stops at the category for a 3-character code, and gives nothing for a non-code", () => {
    expect(ancestorsOf("E11", recordsByCode).map((node) => node.level)).toEqual(["chapter", "block", "category"]);
    expect(ancestorsOf("asthma", recordsByCode)).toEqual([]);
  });
});

describe("seventhCharacterChoices", () => {
  it("lists A, D and S for S83.241 with their meanings from the descriptions", () => {
    expect(seventhCharacterChoices("S83.241", records)).toEqual([
      { character: "A", code: "S83241A", meaning: "initial encounter" },
      { character: "D", code: "S83241D", meaning: "subsequent encounter" },
      { character: "S", code: "S83241S", meaning: "sequela" },
    ]);
  });

  it("keeps commas inside a meaning (fracture families have 16 choices)", () => {
    const choices = seventhCharacterChoices("S72001", records);
    expect(choices.map((choice) => choice.character).join("")).toBe("ABCDEFGHJKMNPQRS");
    expect(choices.find((choice) => choice.character === "C")?.meaning).toBe("initial encounter for open fracture type IIIA, IIIB, or IIIC");
    expect(choices.find((choice) => choice.character === "K")?.meaning).toBe("subsequent encounter for closed fracture with nonunion");
  });

  it("fills a short family with the placeholder X (T07 → T07XXXA), and returns [] without 7th characters", () => {
    expect(seventhCharacterChoices("T07", records).map((choice) => `${choice.code} ${choice.meaning}`)).toEqual([
      "T07XXXA initial encounter",
      "T07XXXD subsequent encounter",
      "T07XXXS sequela",
    ]);
    expect(seventhCharacterChoices("J45.90", records)).toEqual([]);
    expect(seventhCharacterChoices("S83241A", records)).toEqual([]);
  });
});

describe("loadIcd10cmChapters rejects a broken table", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-chapters-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let fileCount = 0;

  function load(yaml: string) {
    fileCount += 1;
    const file = path.join(dir, `chapters-${fileCount}.yaml`);
    fs.writeFileSync(file, yaml);
    return () => loadIcd10cmChapters(file);
  }

  const chapter = (blocks: string, range = "J00-J99") =>
    `fiscalYear: 2026\nchapters:\n  - number: 1\n    title: Respiratory\n    range: ${range}\n    blocks:\n${blocks}`;

  it("accepts a small valid table", () => {
    const table = load(chapter("      - { range: J00-J06, title: Upper }\n      - { range: J09-J18, title: Flu }\n"))();
    expect(blockFor("J10.1", table)?.title).toBe("Flu");
  });

  it.each([
    [
      "overlapping blocks",
      chapter("      - { range: J00-J10, title: Upper }\n      - { range: J09-J18, title: Flu }\n"),
      "block J09-J18 must start after block J00-J10 ends",
    ],
    [
      "a block outside its chapter",
      chapter("      - { range: J00-J06, title: Upper }\n      - { range: J09-K18, title: Flu }\n"),
      "block J09-K18 is outside the chapter's range J00-J99",
    ],
    ["a first block that starts late", chapter("      - { range: J01-J06, title: Upper }\n"), "the first block must start at J00"],
    ["a range that is not one", chapter("      - { range: J00 to J06, title: Upper }\n"), "chapters.0.blocks.0.range: a category range such as J40-J4A"],
    ["an unknown key", chapter("      - { range: J00-J06, title: Upper, note: x }\n"), 'Unrecognized key: "note"'],
    ["a title split by an unquoted comma", chapter("      - { range: J00-J06, title: Upper, lower }\n"), 'Unrecognized key: "lower"'],
    [
      "placements that go round in a circle",
      `letterCategoriesFollow: { J4A: J4B, J4B: J4A }\n${chapter("      - { range: J00-J06, title: Upper }\n")}`,
      "goes round in a circle",
    ],
  ])("%s", (_case, yaml, message) => {
    const loadBroken = load(yaml);
    expect(loadBroken).toThrow(ContentError);
    expect(loadBroken).toThrow(message);
  });
});
