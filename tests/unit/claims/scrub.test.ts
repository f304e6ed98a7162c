import { describe, expect, it } from "vitest";
import { isValidNpi } from "@/lib/claims/npi";
import type { ClaimInput } from "@/lib/claims/schemas";
import { scrubClaim, SCRUBBER_EDITS } from "@/lib/claims/scrub";
import { claim, coverage, line, scrubContext, VALID_NPI, OTHER_VALID_NPI } from "./claim-fixtures";

const surgeryHistory = [
  { claimNumber: "CW-OLD", payerClaimNumber: "PCN-OLD", serviceDate: "2026-02-10", lines: [{ code: "25600", modifiers: ["RT"], units: 1 }] },
];

type Case = {
  name: string;
  claim: Partial<ClaimInput>;
  context?: Parameters<typeof scrubContext>[1];
  payer?: string;
  edit: string;
  line?: number;
  severity?: "error" | "warning";
  wouldDeny: string;
};

// Each case breaks one rule; the matching fixed claim must come back clean.
const CASES: Case[] = [
  { name: "blank member id", claim: { memberId: "" }, edit: "required-fields", wouldDeny: "CO-16 N382" },
  { name: "rendering NPI failing its check digit", claim: { renderingNpi: "1234567890" }, edit: "required-fields", wouldDeny: "CO-16 N290" },
  {
    name: "billing NPI of nine digits",
    claim: { billingProvider: { name: "X", npi: "123456789", taxId: "84-1234567", address: "A" } },
    edit: "required-fields",
    wouldDeny: "CO-16 N290",
  },
  { name: "blank place of service", claim: { placeOfService: "" }, edit: "required-fields", wouldDeny: "CO-16 M77" },
  {
    name: "Medicare adds MA130 to an unprocessable claim",
    payer: "medicare-b",
    claim: { memberId: "" },
    edit: "required-fields",
    wouldDeny: "CO-16 N382 MA130",
  },
  { name: "diagnosis that is a header", claim: { diagnoses: ["M17.1"] }, edit: "code-validity", wouldDeny: "CO-16 M81" },
  { name: "diagnosis that does not exist", claim: { diagnoses: ["M17.99"] }, edit: "code-validity", wouldDeny: "CO-16 M76" },
  { name: "terminated HCPCS code", claim: { lines: [line("G0001")] }, edit: "code-validity", line: 1, wouldDeny: "CO-16 M51" },
  { name: "line with no pointer", claim: { lines: [line("99213", { pointers: [] })] }, edit: "diagnosis-pointer", line: 1, wouldDeny: "CO-16 M76" },
  { name: "pointer to an empty slot", claim: { lines: [line("99213", { pointers: [2] })] }, edit: "diagnosis-pointer", line: 1, wouldDeny: "CO-16 M76" },
  {
    name: "indicator-1 PTP pair without a modifier",
    claim: { diagnoses: ["S83.241A", "M17.12"], lines: [line("29881", { modifiers: ["RT"] }), line("20610", { pointers: [2], modifiers: ["RT"] })] },
    edit: "ptp",
    line: 2,
    wouldDeny: "CO-97 M15",
  },
  {
    name: "indicator-0 PTP pair, even with 59",
    claim: { diagnoses: ["M54.16"], lines: [line("64483", { modifiers: ["RT"] }), line("77003", { modifiers: ["59"] })] },
    edit: "ptp",
    line: 2,
    wouldDeny: "CO-97 M15",
  },
  {
    name: "PTP pair on a payer that uses CARC 236",
    payer: "northstar-hmo",
    claim: { diagnoses: ["M54.16"], lines: [line("64483", { modifiers: ["RT"] }), line("77003")] },
    edit: "ptp",
    line: 2,
    wouldDeny: "CO-236 M15",
  },
  { name: "MUE per line (MAI 1)", claim: { lines: [line("20610", { units: 3, modifiers: ["RT"] })] }, edit: "mue", line: 1, wouldDeny: "CO-151 N362" },
  {
    name: "MUE per day (MAI 3) summed over lines",
    claim: { lines: [line("J1885", { units: 6 }), line("J1885", { units: 4 })] },
    edit: "mue",
    line: 1,
    wouldDeny: "CO-151 N362",
  },
  {
    name: "add-on code without its primary",
    claim: { diagnoses: ["M54.16"], lines: [line("64484", { modifiers: ["RT"] })] },
    edit: "add-on",
    line: 1,
    wouldDeny: "CO-107 N122",
  },
  { name: "sided procedure with no side", claim: { lines: [line("20610")] }, edit: "modifier", line: 1, wouldDeny: "CO-4" },
  { name: "50 together with RT", claim: { lines: [line("20610", { modifiers: ["50", "RT"] })] }, edit: "modifier", line: 1, wouldDeny: "CO-4" },
  {
    name: "50 on a code whose bilateral indicator is 0",
    claim: { lines: [line("73562", { modifiers: ["50"] })] },
    edit: "modifier",
    line: 1,
    wouldDeny: "CO-4",
  },
  { name: "59 and XS on one line", claim: { lines: [line("73562", { modifiers: ["59", "XS"] })] }, edit: "modifier", line: 1, wouldDeny: "CO-4" },
  { name: "25 on a procedure code", claim: { lines: [line("73562", { modifiers: ["25"] })] }, edit: "modifier", line: 1, wouldDeny: "CO-4" },
  {
    name: "E/M with a minor procedure and no 25",
    claim: { lines: [line("99213"), line("20610", { modifiers: ["RT"] })] },
    edit: "em-same-day",
    line: 1,
    wouldDeny: "CO-97 M15",
  },
  {
    name: "E/M with a major procedure and no 57",
    claim: { diagnoses: ["S52.531A"], lines: [line("99203"), line("25600", { modifiers: ["RT"] })] },
    edit: "em-same-day",
    line: 1,
    wouldDeny: "CO-97 M15",
  },
  {
    name: "visit inside a 90-day global without 24",
    claim: { diagnoses: ["S52.531D"], lines: [line("99213")] },
    context: { history: surgeryHistory },
    edit: "global-period",
    line: 1,
    wouldDeny: "CO-97 M15",
  },
  {
    name: "diagnosis the policy does not cover (no ABN)",
    claim: { diagnoses: ["R53.83"], lines: [line("82306")] },
    context: { coverage: [coverage({ code: "82306", coveredDiagnoses: ["E55"] })] },
    edit: "medical-necessity",
    line: 1,
    wouldDeny: "CO-50 N130",
  },
  {
    name: "not covered but an ABN is on file (GA): a warning",
    claim: { diagnoses: ["R53.83"], lines: [line("82306", { modifiers: ["GA"] })] },
    context: { coverage: [coverage({ code: "82306", coveredDiagnoses: ["E55"] })] },
    edit: "medical-necessity",
    line: 1,
    severity: "warning",
    wouldDeny: "PR-50 M38",
  },
  {
    name: "diagnosis inconsistent with the procedure",
    claim: { diagnoses: ["I10"], lines: [line("29881", { modifiers: ["RT"] })] },
    context: { coverage: [coverage({ code: "29881", consistentDiagnoses: ["S83", "M23", "M17"] })] },
    edit: "diagnosis-consistency",
    line: 1,
    wouldDeny: "CO-11",
  },
  {
    name: "procedure needing prior authorization, box 23 blank",
    claim: { diagnoses: ["S83.241A"], lines: [line("29881", { modifiers: ["RT"] })] },
    context: { coverage: [coverage({ code: "29881", requiresAuthorization: true })] },
    edit: "authorization",
    line: 1,
    wouldDeny: "CO-197",
  },
  {
    name: "female-only procedure for a male patient",
    claim: { patient: { name: "Cho, Min", birthDate: "1980-01-01", sex: "M" }, diagnoses: ["J06.9"], lines: [line("76805")] },
    edit: "age-sex",
    line: 1,
    wouldDeny: "CO-7",
  },
  {
    name: "pregnancy diagnosis for a male patient",
    claim: { patient: { name: "Cho, Min", birthDate: "1980-01-01", sex: "M" }, diagnoses: ["Z3A.20"] },
    edit: "age-sex",
    line: 1,
    wouldDeny: "CO-10",
  },
  {
    name: "benefit exclusion",
    claim: { diagnoses: ["L82.1"], lines: [line("17000")] },
    context: { coverage: [coverage({ code: "17000", excluded: true })] },
    edit: "excluded-service",
    line: 1,
    severity: "warning",
    wouldDeny: "PR-204 N130",
  },
  {
    name: "Medicare claim past 12 months",
    payer: "medicare-b",
    claim: { lines: [line("99213", { serviceDate: "2025-02-10" })] },
    edit: "timely-filing",
    line: 1,
    wouldDeny: "CO-29",
  },
];

describe("the claim scrubber", () => {
  it("passes a clean claim", () => {
    expect(isValidNpi(VALID_NPI) && isValidNpi(OTHER_VALID_NPI)).toBe(true);
    expect(scrubClaim(claim(), scrubContext())).toEqual({ findings: [], clean: true });
  });

  it.each(CASES)("finds: $name", ({ claim: overrides, context, payer, edit, line: lineNumber, severity = "error", wouldDeny }) => {
    const result = scrubClaim(claim({ payerId: payer ?? "evergreen-ppo", ...overrides }), scrubContext(payer, context));
    const finding = result.findings.find((candidate) => candidate.edit === edit);
    expect(finding, JSON.stringify(result.findings, null, 1)).toBeDefined();
    expect(finding).toMatchObject({ severity, wouldDeny, ...(lineNumber ? { line: lineNumber } : {}) });
    for (const text of [finding!.what, finding!.why, finding!.fix, finding!.source]) expect(text.length).toBeGreaterThan(5);
    expect(result.clean).toBe(severity === "warning" ? result.findings.every((other) => other.severity === "warning") : false);
  });

  it("covers every scrubber edit with at least one case", () => {
    expect(new Set(CASES.map((testCase) => testCase.edit))).toEqual(new Set(SCRUBBER_EDITS));
  });

  it.each<[string, Partial<ClaimInput>]>([
    [
      "XS on the column-2 line of an indicator-1 pair (same side, another joint)",
      { diagnoses: ["S83.241A", "M17.12"], lines: [line("29881", { modifiers: ["RT"] }), line("20610", { pointers: [2], modifiers: ["RT", "XS"] })] },
    ],
    [
      "different sides (RT / LT) on an indicator-1 pair",
      { diagnoses: ["S83.241A", "M17.12"], lines: [line("29881", { modifiers: ["RT"] }), line("20610", { pointers: [2], modifiers: ["LT"] })] },
    ],
    ["25 on the visit with a minor procedure", { lines: [line("99213", { modifiers: ["25"] }), line("20610", { modifiers: ["RT"] })] }],
    ["units split across lines for MAI 1", { lines: [line("20610", { units: 1, modifiers: ["RT"] }), line("20610", { units: 1, modifiers: ["LT"] })] }],
    ["add-on with its primary", { diagnoses: ["M54.16"], lines: [line("64483", { modifiers: ["RT"] }), line("64484", { modifiers: ["RT"] })] }],
    ["a deleted PTP edit (indicator 9)", { diagnoses: ["L57.0"], lines: [line("11102"), line("11103")] }],
  ])("lets through the fix: %s", (_name, overrides) => {
    const result = scrubClaim(claim(overrides), scrubContext());
    expect(result.findings).toEqual([]);
  });

  it("accepts 24 on a visit inside the global period", () => {
    const result = scrubClaim(
      claim({ diagnoses: ["I10"], lines: [line("99213", { modifiers: ["24"] })] }),
      scrubContext("evergreen-ppo", { history: surgeryHistory }),
    );
    expect(result.clean).toBe(true);
  });

  it("does not apply a PTP edit outside its dates", () => {
    const result = scrubClaim(
      claim({
        diagnoses: ["S83.241A", "M17.12"],
        lines: [
          line("29881", { modifiers: ["RT"], serviceDate: "2009-06-01" }),
          line("20610", { pointers: [2], modifiers: ["RT"], serviceDate: "2009-06-01" }),
        ],
        receivedOn: "2009-06-05",
      }),
      scrubContext("evergreen-ppo", { asOf: "2009-06-05" }),
    );
    expect(result.findings.map((finding) => finding.edit)).not.toContain("ptp");
  });
});
