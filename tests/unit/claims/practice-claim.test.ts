import { describe, expect, it } from "vitest";
import { chartFacts, practiceClaim, scrubPracticeCoding } from "@/lib/claims/practice-claim";
import { ClaimSchema } from "@/lib/claims/schemas";
import type { CodingSubmission } from "@/lib/coding/types";
import { codeCheck, payers, tables } from "./claim-fixtures";

const world = { payers, tables, codeCheck };
const coding = (procedures: CodingSubmission["procedures"], diagnoses = ["S83.241A"]): CodingSubmission => ({
  diagnoses: diagnoses.map((code) => ({ code })),
  procedures,
});
const px = (code: string, modifiers: string[] = [], pointers = [1], units = 1) => ({ code, modifiers, units, pointers });
const edits = (result: ReturnType<typeof scrubPracticeCoding>) => result.findings.map((finding) => `${finding.edit}:${finding.line ?? "-"}`);

describe("what a chart says about its claim", () => {
  it("reads the date of service, the birth date and the sex from the chart header", () => {
    const text = "PATIENT: E. Tanaka (synthetic)   DOB: 12/24/1959   MRN: SYN-1\nDATE: 12/15/2026   PROVIDER: W. Osei\nHPI: 66 y/o F with cough.";
    expect(chartFacts(text)).toEqual({ serviceDate: "2026-12-15", birthDate: "1959-12-24", sex: "F" });
  });

  it.each([
    ["a 41-year-old man", "41-year-old male with knee pain", { sex: "M" }],
    ["no header at all", "Knee pain after a fall.", {}],
    ["an impossible date", "DOB: 13/45/1980", {}],
  ] as const)("%s", (_name, text, facts) => {
    expect(chartFacts(text)).toMatchObject(facts);
    if (!("sex" in facts)) expect(chartFacts(text).sex).toBeUndefined();
  });
});

describe("the learner's coding as a claim", () => {
  it("is a valid claim with the learner's codes, on the chart's date of service", () => {
    const claim = practiceClaim(coding([px("29881", ["RT"])]), { serviceDate: "2026-10-06" }, "2026-11-28");
    expect(ClaimSchema.safeParse({ ...claim, lines: claim.lines.map((line) => ({ ...line, charge: 0 })) }).success).toBe(true);
    expect(claim.lines).toEqual([{ serviceDate: "2026-10-06", code: "29881", modifiers: ["RT"], units: 1, charge: 0, pointers: [1] }]);
    expect(claim.patient.sex).toBe("U");
  });
});

describe("Check claim on chart practice", () => {
  const facts = { serviceDate: "2026-10-06", birthDate: "1979-03-14", sex: "M" as const };

  it("passes clean coding, with no findings about the placeholder header or the filing limit", () => {
    expect(scrubPracticeCoding(coding([px("29881", ["RT"])]), facts, world, "2027-12-01")).toEqual({ findings: [], clean: true });
  });

  it.each([
    ["an NCCI pair without a modifier", coding([px("29881", ["RT"]), px("20610", ["RT"])]), ["ptp:2"]],
    ["a side missing on a sided code", coding([px("29881")]), ["modifier:1"]],
    ["an add-on without its primary", coding([px("64484", ["LT"])], ["M54.16"]), ["add-on:1"]],
    ["a dangling pointer", coding([px("29881", ["RT"], [2])]), ["diagnosis-pointer:1"]],
    ["a diagnosis that is a header", coding([px("29881", ["RT"])], ["M17.1"]), ["code-validity:-"]],
    ["units over a per-day MUE", coding([px("29881", ["RT"], [1], 2)]), ["mue:1"]],
    ["a female-only service for a male patient", coding([px("76805")], ["Z3A.20"]), ["age-sex:1", "age-sex:1"]],
  ] as const)("finds %s, with the rule named", (_name, submission, expected) => {
    const result = scrubPracticeCoding(submission, facts, world, "2026-11-28");
    expect(edits(result)).toEqual(expected);
    expect(result.clean).toBe(false);
    for (const finding of result.findings) expect(finding.source.length).toBeGreaterThan(10);
  });

  it("leaves out age/sex findings when the chart does not give the patient's birth date and sex", () => {
    expect(scrubPracticeCoding(coding([px("76805")], ["Z3A.20"]), { serviceDate: "2026-10-06" }, world, "2026-11-28").findings).toEqual([]);
  });
});
