import { describe, expect, it } from "vitest";
import { csvCell, gradebookCsv } from "@/lib/cohorts/gradebook-csv";

describe("csvCell", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const dangerous of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
      expect(csvCell(dangerous).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("=1+1")).toBe("'=1+1");
  });

  it("quotes commas, quotes and line breaks, and leaves numbers and plain text alone", () => {
    expect(csvCell('Lee, "JJ"')).toBe('"Lee, ""JJ"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(87)).toBe("87");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(csvCell("Maya Torres")).toBe("Maya Torres");
  });
});

describe("gradebookCsv", () => {
  it("writes one row per learner: name, email, a score column per assignment, average and late work", () => {
    const csv = gradebookCsv({
      assignments: [
        { title: "Week 1: knee", dueAt: new Date("2026-12-04T23:59:00Z") },
        { title: "Week 2, visits", dueAt: new Date("2026-12-11T23:59:00Z") },
      ],
      learners: [
        { name: "=cmd|' /C calc'!A0", email: "evil@example.org", scores: [100, null], late: [false, false], average: 100 },
        { name: null, email: "sam@example.org", scores: [45, 80], late: [true, false], average: 63 },
      ],
    });
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe('Student,Email,Week 1: knee (due 2026-12-04) [100],"Week 2, visits (due 2026-12-11) [100]",Average,Late');
    expect(lines[1]).toBe("'=cmd|' /C calc'!A0,evil@example.org,100,,100,");
    expect(lines[2]).toBe("sam@example.org,sam@example.org,45,80,63,Week 1: knee");
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
