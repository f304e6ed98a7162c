import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { blockFor, chapterFor, compareIcd10cmCategories, loadIcd10cmChapters } from "@/lib/codes/icd10cm-hierarchy";
import { parseHcpcsFile } from "@/lib/codes/parse-hcpcs";
import { parseIcd10cmOrderFile } from "@/lib/codes/parse-icd10cm-order";
import type { CodeRecord } from "@/lib/codes/types";

// The official CDC/CMS files are never committed; they sit beside the project in ../shared/data/.
const DATA_DIR = path.resolve("..", "shared", "data");
const ICD10CM_ORDER_FILE = "icd10cm_order_2026.txt.gz";
const HCPCS_FILE = "HCPC2025_JAN_ANWEB_12172024.txt";

function officialFile(name: string): { file: string; exists: boolean } {
  const file = path.join(DATA_DIR, name);
  const exists = fs.existsSync(file);
  if (!exists) console.log(`skipped: ../shared/data/${name} not found (official CDC/CMS file, not committed)`);
  return { file, exists };
}

async function collect(records: AsyncIterable<CodeRecord>): Promise<CodeRecord[]> {
  const all: CodeRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

const icd10cm = officialFile(ICD10CM_ORDER_FILE);
const hcpcs = officialFile(HCPCS_FILE);

describe.skipIf(!icd10cm.exists)(`ICD-10-CM FY2026 order file (${ICD10CM_ORDER_FILE})`, () => {
  let records: CodeRecord[] = [];
  let linesRead = 0;
  beforeAll(async () => {
    records = await collect(parseIcd10cmOrderFile(icd10cm.file, { onProgress: (lines) => (linesRead = lines) }));
  });

  it("parses all 98,186 lines: 74,719 billable codes and 23,467 headers", () => {
    expect(linesRead).toBe(98_186);
    expect(records).toHaveLength(98_186);
    expect(records.filter((record) => record.billable)).toHaveLength(74_719);
    expect(records.filter((record) => !record.billable)).toHaveLength(23_467);
  });

  it("reads the entries the data README lists", () => {
    const byCode = new Map(records.map((record) => [record.code, record]));
    expect(records[0]).toEqual({ system: "icd10cm", code: "A00", billable: false, shortDescription: "Cholera", description: "Cholera" });
    expect(records.at(-1)).toMatchObject({ code: "U099", billable: true, description: "Post COVID-19 condition, unspecified" });
    expect(byCode.get("J45")).toMatchObject({ billable: false, description: "Asthma" });
    expect(byCode.get("J45909")).toMatchObject({ billable: true, description: "Unspecified asthma, uncomplicated" });
    expect(byCode.get("E119")).toMatchObject({ billable: true, description: "Type 2 diabetes mellitus without complications" });
    expect(byCode.get("S83241A")).toMatchObject({
      billable: true,
      shortDescription: "Oth tear of medial meniscus, current injury, r knee, init",
      description: "Other tear of medial meniscus, current injury, right knee, initial encounter",
    });
    const billableByLength = new Map<number, number>();
    for (const record of records) if (record.billable) billableByLength.set(record.code.length, (billableByLength.get(record.code.length) ?? 0) + 1);
    expect(Object.fromEntries(billableByLength)).toEqual({ 3: 214, 4: 5_398, 5: 7_143, 6: 10_479, 7: 51_485 });
  });

  it("places every category in a chapter and a block of content/codes/icd10cm-chapters.yaml whose range names it", () => {
    const table = loadIcd10cmChapters();
    const categories = records.filter((record) => record.code.length === 3).map((record) => record.code);
    expect(categories).toHaveLength(1_918);
    const misplaced: string[] = [];
    const categoriesByBlock = new Map<string, string[]>();
    for (const category of categories) {
      const block = blockFor(category);
      if (!chapterFor(category) || !block) {
        misplaced.push(`${category}: no ${chapterFor(category) ? "block" : "chapter"}`);
        continue;
      }
      // A range names its categories in Tabular order, or, like J40-J4A, by their characters.
      const byPosition = compareIcd10cmCategories(block.first, category) <= 0 && compareIcd10cmCategories(category, block.last) <= 0;
      const byCharacters = block.first <= category && category <= block.last;
      if (!byPosition && !byCharacters) misplaced.push(`${category}: outside its block ${block.range}`);
      categoriesByBlock.set(block.range, [...(categoriesByBlock.get(block.range) ?? []), category]);
    }
    expect(misplaced).toEqual([]);
    const blocks = table.chapters.flatMap((chapter) => chapter.blocks);
    expect(blocks.filter((block) => !categoriesByBlock.has(block.range)).map((block) => block.range)).toEqual([]);
  });

  it("orders categories as the file does, chapter by chapter (the Tabular List prints chapter 22, U00-U85, last)", () => {
    const categories = records.filter((record) => record.code.length === 3).map((record) => record.code);
    const tabular = [...categories].sort((a, b) => chapterFor(a)!.number - chapterFor(b)!.number || compareIcd10cmCategories(a, b));
    expect(tabular).toEqual(categories);
  });
});

describe.skipIf(!hcpcs.exists)(`HCPCS Level II January 2025 file (${HCPCS_FILE})`, () => {
  let records: CodeRecord[] = [];
  beforeAll(async () => {
    records = await collect(parseHcpcsFile(hcpcs.file));
  });

  it("reads 8,259 codes, 7,114 of them not terminated, and 383 modifiers", () => {
    const codes = records.filter((record) => record.kind === "code");
    expect(codes).toHaveLength(8_259);
    expect(codes.filter((record) => !record.terminated)).toHaveLength(7_114);
    expect(codes.every((record) => record.billable)).toBe(true);
    expect(records.filter((record) => record.kind === "modifier")).toHaveLength(383);
    expect(codes.filter((record) => record.terminated).every((record) => record.terminationDate! <= "2024-12-31")).toBe(true);
    expect(new Set(codes.map((record) => record.code[0])).size).toBe(17);
  });

  it("reads the entries the data README lists, continuation lines joined", () => {
    const byCode = new Map(records.filter((record) => record.kind === "code").map((record) => [record.code, record]));
    expect(byCode.get("J1885")).toMatchObject({ description: "Injection, ketorolac tromethamine, per 15 mg", shortDescription: "Ketorolac tromethamine inj" });
    expect(byCode.get("E0114")).toMatchObject({
      description: "Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips",
      shortDescription: "Crutch underarm pair no wood",
    });
    expect(byCode.get("A0427")).toMatchObject({
      description: "Ambulance service, advanced life support, emergency transport, level 1 (als 1 - emergency)",
      shortDescription: "Als1-emergency",
    });
    expect(byCode.get("G0008")).toMatchObject({ description: "Administration of influenza virus vaccine", shortDescription: "Admin influenza virus vac" });
  });
});
