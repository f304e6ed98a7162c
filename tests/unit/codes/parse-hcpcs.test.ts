import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CodeFileError } from "@/lib/codes/code-file-error";
import { parseHcpcs, parseHcpcsFile } from "@/lib/codes/parse-hcpcs";
import type { CodeRecord } from "@/lib/codes/types";

// Verbatim records of the January 2025 file: modifiers (one terminated, two continued), codes with
// continuation lines (A0427, E0114), a terminated code (A4397), CRLF endings and the empty final line.
const FIXTURE = path.resolve("tests", "fixtures", "codes", "hcpcs-excerpt.txt");
const fixtureLines = fs.readFileSync(FIXTURE, "ascii").split("\n");
const lineOf = (start: string) => fixtureLines.findIndex((line) => line.startsWith(start));

async function collect(records: AsyncIterable<CodeRecord>): Promise<CodeRecord[]> {
  const all: CodeRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

async function parseError(lines: string[]): Promise<CodeFileError> {
  const error = await collect(parseHcpcs(lines)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CodeFileError);
  return error as CodeFileError;
}

function setColumn(line: string, column: number, value: string): string {
  return line.slice(0, column - 1) + value + line.slice(column - 1 + value.length);
}

describe("parseHcpcs on a CRLF excerpt of the January 2025 HCPCS file", () => {
  it("yields one record per code and per modifier, in file order", async () => {
    const records = await collect(parseHcpcs(fixtureLines));
    expect(records.map((record) => `${record.kind}:${record.code}`)).toEqual([
      "modifier:A1",
      "modifier:AB",
      "modifier:CP",
      "code:A0427",
      "code:A4397",
      "code:E0114",
      "code:G0008",
      "code:J1885",
    ]);
  });

  it("joins continuation lines with one space", async () => {
    const byCode = new Map((await collect(parseHcpcsFile(FIXTURE))).map((record) => [record.code, record]));
    expect(byCode.get("E0114")).toEqual({
      system: "hcpcs",
      kind: "code",
      code: "E0114",
      description: "Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips",
      shortDescription: "Crutch underarm pair no wood",
      billable: true,
      terminated: false,
      effectiveDate: "1986-01-01",
    });
    expect(byCode.get("A0427")).toMatchObject({
      description: "Ambulance service, advanced life support, emergency transport, level 1 (als 1 - emergency)",
      shortDescription: "Als1-emergency",
    });
    expect(byCode.get("AB")?.description).toBe(
      "Audiology service furnished personally by an audiologist without a physician/npp order for non-acute hearing assessment " +
        "unrelated to disequilibrium, or hearing aids, or examinations for the purpose of prescribing, fitting, or changing " +
        "hearing aids; service may be performed once every 12 months, per beneficiary",
    );
    expect(byCode.get("J1885")).toMatchObject({ description: "Injection, ketorolac tromethamine, per 15 mg", shortDescription: "Ketorolac tromethamine inj" });
  });

  it("marks codes and modifiers with a termination date as terminated; modifiers are never billable", async () => {
    const byCode = new Map((await collect(parseHcpcs(fixtureLines))).map((record) => [record.code, record]));
    expect(byCode.get("A4397")).toMatchObject({ kind: "code", billable: true, terminated: true, terminationDate: "2021-12-31", effectiveDate: "1990-01-01" });
    expect(byCode.get("CP")).toMatchObject({ kind: "modifier", billable: false, terminated: true, terminationDate: "2017-12-31" });
    expect(byCode.get("A1")).toMatchObject({ kind: "modifier", billable: false, terminated: false, shortDescription: "Dressing for one wound" });
    expect(byCode.get("A1")).not.toHaveProperty("terminationDate");
  });

  it("with asOf, counts a code as terminated only once its termination date has passed", async () => {
    const asOf2021 = new Map((await collect(parseHcpcs(fixtureLines, { asOf: "2021-12-31" }))).map((record) => [record.code, record]));
    expect(asOf2021.get("A4397")?.terminated).toBe(false);
    const asOf2022 = new Map((await collect(parseHcpcs(fixtureLines, { asOf: "2022-01-01" }))).map((record) => [record.code, record]));
    expect(asOf2022.get("A4397")?.terminated).toBe(true);
  });
});

describe("parseHcpcs rejects records that break the layout, with the line number", () => {
  const e0114 = lineOf("E0114001003");
  const e0114Continued = lineOf("E0114002004");
  const abThird = lineOf("   AB003008");

  it.each([
    ["an unknown record id", e0114, (line: string) => setColumn(line, 11, "5"), "column 11 (record id) must be 3, 4, 7 or 8, found '5'"],
    ["a code record cut short", e0114, (line: string) => line.slice(0, 200), "is 200 characters long; a type-3 record needs at least 293"],
    ["a record wider than 320", e0114, (line: string) => line.replace("\r", "xx\r"), "is 322 characters long; HCPCS records are 320 wide"],
    ["a continuation cut short", e0114Continued, (line: string) => line.slice(0, 60), "is 60 characters long; a type-4 record needs at least 91"],
    [
      "a sequence number with a letter",
      e0114Continued,
      (line: string) => setColumn(line, 6, "0020O"),
      "columns 6–10 must be a sequence number such as 00100, found '0020O'",
    ],
    ["a malformed code", e0114, (line: string) => setColumn(line, 1, "e0114"), "columns 1–5 must be a HCPCS code such as A0427, found 'e0114'"],
    ["an impossible date", e0114, (line: string) => setColumn(line, 285, "20241332"), "columns 285–292 must be a date as YYYYMMDD or blank, found '20241332'"],
    ["a blank short description", e0114, (line: string) => setColumn(line, 92, " ".repeat(28)), "columns 92–119 (short description) are blank"],
    ["a blank continuation", e0114Continued, (line: string) => setColumn(line, 12, " ".repeat(80)), "columns 12–91 (long description) are blank"],
    [
      "a continuation for another code",
      e0114Continued,
      (line: string) => setColumn(line, 1, "E0115"),
      "continuation record (id 4) for 'E0115' does not follow a type-3 record for the same code",
    ],
    [
      "a modifier continuation after a code",
      e0114Continued,
      (line: string) => setColumn(line, 1, "   AB").replace(/^(.{10})4/, "$18"),
      "continuation record (id 8) for 'AB' does not follow a type-7 record for the same modifier",
    ],
  ])("%s", async (_case, index, breakLine, message) => {
    const lines = [...fixtureLines];
    lines[index] = breakLine(lines[index]!);
    const error = await parseError(lines);
    expect(error.line).toBe(index + 1);
    expect(error.message).toBe(`line ${index + 1}: ${message}`);
  });

  it("a continuation with no record before it", async () => {
    const error = await parseError([fixtureLines[e0114Continued]!]);
    expect(error.message).toBe("line 1: continuation record (id 4) for 'E0114' does not follow a type-3 record for the same code");
  });

  it("sequence numbers out of order for the same modifier", async () => {
    const lines = [...fixtureLines];
    [lines[abThird], lines[abThird + 1]] = [lines[abThird + 1]!, lines[abThird]!];
    const error = await parseError(lines);
    expect(error.line).toBe(abThird + 2);
    expect(error.message).toBe(`line ${abThird + 2}: sequence number 00300 for AB does not come after 00400`);
  });

  it("a code listed twice, and an empty line before the end", async () => {
    const twice = await parseError([fixtureLines[e0114]!, fixtureLines[e0114]!]);
    expect(twice.message).toBe("line 2: code E0114 appears a second time");
    const gap = await parseError([fixtureLines[e0114]!, "", fixtureLines[e0114 + 2]!]);
    expect(gap.message).toBe("line 2: is empty, but only the last line of the file may be");
  });
});
