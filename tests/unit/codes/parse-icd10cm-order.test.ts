import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { CodeFileError } from "@/lib/codes/code-file-error";
import { parseIcd10cmOrder, parseIcd10cmOrderFile } from "@/lib/codes/parse-icd10cm-order";
import type { CodeRecord } from "@/lib/codes/types";

const FIXTURE = path.resolve("tests", "fixtures", "codes", "icd10cm-order-excerpt.txt");
// Split on LF only, so each line keeps its CR as it would from a naive reader.
const fixtureLines = fs.readFileSync(FIXTURE, "ascii").split("\n");

async function collect(records: AsyncIterable<CodeRecord>): Promise<CodeRecord[]> {
  const all: CodeRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

function setColumn(line: string, column: number, value: string): string {
  return line.slice(0, column - 1) + value + line.slice(column - 1 + value.length);
}

async function parseError(lines: string[]): Promise<CodeFileError> {
  const error = await collect(parseIcd10cmOrder(lines)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CodeFileError);
  return error as CodeFileError;
}

describe("parseIcd10cmOrder on a CRLF excerpt of the FY2026 order file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-icd-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("yields every line, headers and billable codes, without the CR", async () => {
    expect(fixtureLines[0]!.endsWith("\r")).toBe(true);
    expect(fixtureLines.at(-1)).toBe("");
    const records = await collect(parseIcd10cmOrder(fixtureLines));
    expect(records).toHaveLength(63);
    expect(records[0]).toEqual({ system: "icd10cm", code: "A00", description: "Cholera", shortDescription: "Cholera", billable: false });
    const byCode = new Map(records.map((record) => [record.code, record]));
    expect(byCode.get("J45909")).toEqual({
      system: "icd10cm",
      code: "J45909",
      description: "Unspecified asthma, uncomplicated",
      shortDescription: "Unspecified asthma, uncomplicated",
      billable: true,
    });
    expect(byCode.get("S83241A")).toMatchObject({
      shortDescription: "Oth tear of medial meniscus, current injury, r knee, init",
      description: "Other tear of medial meniscus, current injury, right knee, initial encounter",
    });
    expect(byCode.get("QA0")).toMatchObject({ billable: false, description: "Neurodevelopmental disorders related to specific genetic pathogenic variants" });
    expect(records.every((record) => !/\s$/.test(record.description) && !record.description.includes("\r"))).toBe(true);
  });

  it("reads a plain or gzip file from a path, and reports progress", async () => {
    const gzFile = path.join(dir, "order.txt.gz");
    fs.writeFileSync(gzFile, gzipSync(fs.readFileSync(FIXTURE)));
    const progress: number[] = [];
    const fromGzip = await collect(parseIcd10cmOrderFile(gzFile, { progressEvery: 20, onProgress: (lines) => progress.push(lines) }));
    expect(fromGzip).toEqual(await collect(parseIcd10cmOrderFile(FIXTURE)));
    expect(fromGzip).toHaveLength(63);
    expect(progress).toEqual([20, 40, 60, 63]);
  });

  it("names the file and line when a file breaks the layout", async () => {
    const file = path.join(dir, "broken.txt");
    fs.writeFileSync(file, [fixtureLines[0], setColumn(fixtureLines[1]!, 15, "2")].join("\n"));
    await expect(collect(parseIcd10cmOrderFile(file))).rejects.toThrow(`${file}: line 2: column 15 must be 0 (header) or 1 (billable), found '2'`);
  });
});

describe("parseIcd10cmOrder rejects lines that break the layout, with the line number", () => {
  const line10 = fixtureLines[9]!;

  it.each([
    ["an order number with a letter", setColumn(line10, 1, "1357O"), "columns 1–5 must be a zero-padded order number, found '1357O'"],
    ["text in column 6", setColumn(line10, 6, "-"), "column 6 must be blank, found '-'"],
    [
      "a code in lower case",
      setColumn(line10, 7, "j"),
      "columns 7–13 must hold a code such as J45909 or QA0 (3 to 7 letters and digits, left-aligned), found 'j44    '",
    ],
    ["a code shifted right", setColumn(line10, 7, " J449  "), "columns 7–13 must hold a code such as J45909 or QA0"],
    ["text in column 14", setColumn(line10, 14, "x"), "column 14 must be blank, found 'x'"],
    ["a flag other than 0 or 1", setColumn(line10, 15, "x"), "column 15 must be 0 (header) or 1 (billable), found 'x'"],
    ["text in column 16", setColumn(line10, 16, "1"), "column 16 must be blank, found '1'"],
    ["text in column 77", setColumn(line10, 77, "C"), "column 77 must be blank, found 'C'"],
    ["no long description", line10.slice(0, 77) + "  \r", "the long description (column 78 onwards) is blank"],
    ["a long description that starts late", setColumn(line10, 78, " "), "the long description must start at column 78"],
    ["a cut-off line", line10.slice(0, 40), "is 40 characters long; an order-file line has at least 78"],
  ])("%s", async (_case, brokenLine, message) => {
    const lines = [...fixtureLines];
    lines[9] = brokenLine;
    const error = await parseError(lines);
    expect(error.line).toBe(10);
    expect(error.message).toContain(`line 10: ${message}`);
  });

  it("a blank short description", async () => {
    const lines = [...fixtureLines];
    lines[9] = line10.slice(0, 16) + " ".repeat(60) + line10.slice(76);
    expect((await parseError(lines)).message).toContain("line 10: columns 17–76 must hold the short description");
  });

  it("an empty line before the end, but not an empty final line", async () => {
    const error = await parseError([...fixtureLines.slice(0, 5), "\r", ...fixtureLines.slice(5)]);
    expect(error.line).toBe(6);
    expect(error.message).toBe("line 6: is empty, but only the last line of the file may be");
    await expect(collect(parseIcd10cmOrder([...fixtureLines, ""]))).resolves.toHaveLength(63);
  });

  it("order numbers that go backwards, and a code listed twice", async () => {
    const swapped = [...fixtureLines];
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    const backwards = await parseError(swapped);
    expect(backwards.line).toBe(5);
    expect(backwards.message).toBe("line 5: order number 4 does not follow 1540; order numbers must increase");

    const twice = await parseError([fixtureLines[0]!, setColumn(fixtureLines[1]!, 7, "A00    ")]);
    expect(twice.message).toBe("line 2: code A00 appears a second time");
  });
});
