import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { csvRecords, NcciFileError, parseMueCsv, parsePtpFile } from "@/lib/claims/ncci-files";

// Fixtures in the official CMS layouts, with rows we wrote: tests/fixtures/ncci.
const fixture = (name: string) => fs.readFileSync(`tests/fixtures/ncci/${name}`, "latin1");
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as NcciFileError;
  }
  throw new Error("expected the parser to refuse the file");
};

describe("the practitioner PTP file", () => {
  const parsed = parsePtpFile(fixture("ptp-practitioner-sample.txt"));

  it("skips the notice, the title and the four-row header, and reads every edit", () => {
    expect(parsed.rows).toBe(7);
    expect(parsed.edits.map((edit) => `${edit.column1}/${edit.column2}:${edit.indicator}`)).toEqual([
      "20610/20604:0",
      "29881/20610:0",
      "29881/29877:1",
      "64483/77003:0",
      "64483/64484:9",
      "99213/36415:9",
      "G0289/29881:1",
    ]);
  });

  it("reads YYYYMMDD dates, * as never deleted, and a deletion date as the last day the edit applies", () => {
    expect(parsed.edits[1]).toEqual({
      column1: "29881",
      column2: "20610",
      indicator: 0,
      effective: "2010-01-01",
      rationale: "Standards of medical/surgical practice",
    });
    expect(parsed.edits[2]).toMatchObject({ effective: "2010-01-01", deleted: "2024-01-01" });
  });

  it("refuses the whole file when any row is malformed, naming each line", () => {
    const error = failure(() => parsePtpFile(fixture("ptp-practitioner-malformed.txt")));
    expect(error).toBeInstanceOf(NcciFileError);
    expect(error.problems).toEqual(['line 8: effective date "2010-01-01" is not YYYYMMDD', 'line 9: modifier indicator "5" is not 0, 1 or 9']);
  });

  it("refuses a file that is not a PTP file", () => {
    expect(failure(() => parsePtpFile("code,description\n29881,knee\n")).message).toMatch(/not an NCCI practitioner PTP file/);
  });
});

describe("the practitioner MUE CSV", () => {
  it("skips the multi-line notice record and reads value and adjudication indicator from the first character", () => {
    const parsed = parseMueCsv(fixture("mue-practitioner-sample.csv"));
    expect(parsed.rows).toBe(4);
    expect(parsed.edits).toEqual([
      { code: "20610", value: 2, mai: 1, rationale: "Anatomic Consideration" },
      { code: "29881", value: 1, mai: 2, rationale: "Code Descriptor / CPT Instruction" },
      { code: "J1885", value: 8, mai: 3, rationale: "Clinical: Data, CMS Workgroup" },
      { code: "64483", value: 1, mai: 2, rationale: "Anatomic Consideration" },
    ]);
  });

  it("refuses the whole file when any row is malformed", () => {
    const error = failure(() => parseMueCsv(fixture("mue-practitioner-malformed.csv")));
    expect(error.problems).toEqual([
      'line 12: MUE value "two" is not a whole number',
      'line 13: adjudication indicator "4 Something" does not start with 1, 2 or 3',
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and newlines", () => {
    expect(csvRecords('a,"b, ""c""\nd",e\r\n\nf,g\n').map((record) => [record.line, record.cells])).toEqual([
      [1, ["a", 'b, "c"\nd', "e"]],
      [4, ["f", "g"]],
    ]);
  });
});
