import { describe, expect, it } from "vitest";
import { adjudicate } from "@/lib/claims/adjudicate";
import { balanceProblems, type Remittance } from "@/lib/claims/remittance";
import type { ClaimInput, CoverageRule, MemberFileInput } from "@/lib/claims/schemas";
import { claim, coverage, line, member, payerContext } from "./claim-fixtures";

const medicareMember = (extra: Partial<MemberFileInput> = {}) =>
  member({ memberId: "1EG4TE5MK73", benefits: { deductible: 283, coinsurancePercent: 20 }, deductibleMet: 283, ...extra });
const summary = (remit: Remittance) =>
  remit.lines.map((remitLine) => ({
    line: remitLine.line,
    adjustments: remitLine.adjustments.map((adjustment) => `${adjustment.group}-${adjustment.reason}`),
    remarks: remitLine.remarks,
  }));

type Case = {
  name: string;
  payer?: string;
  claim: Partial<ClaimInput>;
  member?: Partial<MemberFileInput>;
  coverage?: CoverageRule[];
  status: Remittance["status"];
  line: number;
  denial: string;
  remarks?: string[];
  claimRemarks?: string[];
  appealable?: boolean;
};

// Each payer rule: the claim, the denial it draws on which line, and the remark codes.
const CASES: Case[] = [
  {
    name: "unprocessable (Medicare): invalid NPI → CO-16 N290, MA130, no appeal",
    payer: "medicare-b",
    claim: { renderingNpi: "1111111111", memberId: "1EG4TE5MK73" },
    member: { memberId: "1EG4TE5MK73" },
    status: "rejected",
    line: 1,
    denial: "CO-16",
    claimRemarks: ["N290", "MA130"],
    appealable: false,
  },
  {
    name: "line with a dangling pointer → the claim is returned",
    claim: { lines: [line("99213", { pointers: [3] })] },
    status: "rejected",
    line: 1,
    denial: "CO-16",
    remarks: ["M76"],
    appealable: false,
  },
  {
    name: "Medicare late filing → CO-29 without appeal rights",
    payer: "medicare-b",
    claim: { memberId: "1EG4TE5MK73", lines: [line("99213", { serviceDate: "2025-01-10" })], receivedOn: "2026-02-01" },
    member: { memberId: "1EG4TE5MK73" },
    status: "denied",
    line: 1,
    denial: "CO-29",
    appealable: false,
  },
  {
    name: "commercial late filing → CO-29, appealable with proof",
    claim: { lines: [line("99213", { serviceDate: "2025-06-10" })], receivedOn: "2026-02-01" },
    status: "denied",
    line: 1,
    denial: "CO-29",
    appealable: true,
  },
  {
    name: "same service already processed → OA-18",
    claim: { lines: [line("99213")] },
    member: { history: [{ claimNumber: "CW-1", payerClaimNumber: "PCN-9", serviceDate: "2026-03-02", lines: [{ code: "99213" }] }] },
    status: "denied",
    line: 1,
    denial: "OA-18",
  },
  { name: "member id not found → CO-31", claim: { memberId: "EVG000000" }, status: "denied", line: 1, denial: "CO-31" },
  { name: "service before coverage → CO-26", member: { coverageStart: "2026-04-01" }, claim: {}, status: "denied", line: 1, denial: "CO-26" },
  { name: "service after coverage ended → CO-27", member: { coverageEnd: "2026-02-28" }, claim: {}, status: "denied", line: 1, denial: "CO-27" },
  {
    name: "another payer is primary → CO-22 N479",
    member: { primaryCoverage: { payerName: "Acme Employer Plan", reason: "active employee coverage" } },
    claim: {},
    status: "denied",
    line: 1,
    denial: "CO-22",
    remarks: ["N479"],
  },
  {
    name: "Medicare secondary payer → CO-22 MA04",
    payer: "medicare-b",
    claim: { memberId: "1EG4TE5MK73" },
    member: { memberId: "1EG4TE5MK73", primaryCoverage: { payerName: "Acme", reason: "working aged, employer of 20 or more" } },
    status: "denied",
    line: 1,
    denial: "CO-22",
    remarks: ["MA04"],
    claimRemarks: ["MA01"],
  },
  {
    name: "no prior authorization → CO-197",
    claim: { diagnoses: ["S83.241A"], lines: [line("29881", { modifiers: ["RT"] })] },
    coverage: [coverage({ code: "29881", requiresAuthorization: true })],
    status: "denied",
    line: 1,
    denial: "CO-197",
  },
  {
    name: "authorization number not on file → CO-15 M62",
    claim: { priorAuthorization: "AUTH-999", diagnoses: ["S83.241A"], lines: [line("29881", { modifiers: ["RT"] })] },
    coverage: [coverage({ code: "29881", requiresAuthorization: true })],
    status: "denied",
    line: 1,
    denial: "CO-15",
    remarks: ["M62"],
  },
  {
    name: "procedure for the other sex → CO-7",
    claim: { patient: { name: "Cho, Min", birthDate: "1980-01-01", sex: "M" }, diagnoses: ["J06.9"], lines: [line("76805")] },
    status: "denied",
    line: 1,
    denial: "CO-7",
  },
  { name: "missing side modifier → CO-4", claim: { lines: [line("20610")] }, status: "denied", line: 1, denial: "CO-4" },
  {
    name: "diagnosis inconsistent with the procedure → CO-11",
    claim: { diagnoses: ["I10"], lines: [line("29881", { modifiers: ["RT"] })] },
    coverage: [coverage({ code: "29881", consistentDiagnoses: ["S83", "M23"] })],
    status: "denied",
    line: 1,
    denial: "CO-11",
  },
  {
    name: "not covered for the diagnosis, no ABN (Medicare) → CO-50 N115",
    payer: "medicare-b",
    claim: { memberId: "1EG4TE5MK73", diagnoses: ["R53.83"], lines: [line("82306")] },
    member: { memberId: "1EG4TE5MK73" },
    coverage: [coverage({ code: "82306", coveredDiagnoses: ["E55"] })],
    status: "denied",
    line: 1,
    denial: "CO-50",
    remarks: ["N115"],
    claimRemarks: ["MA01"],
  },
  {
    name: "not covered with a valid ABN (GA) → PR-50 M38",
    payer: "medicare-b",
    claim: { memberId: "1EG4TE5MK73", diagnoses: ["R53.83"], lines: [line("82306", { modifiers: ["GA"] })] },
    member: { memberId: "1EG4TE5MK73" },
    coverage: [coverage({ code: "82306", coveredDiagnoses: ["E55"] })],
    status: "denied",
    line: 1,
    denial: "PR-50",
    remarks: ["M38"],
  },
  {
    name: "not covered, GZ (no ABN) → CO-50",
    payer: "medicare-b",
    claim: { memberId: "1EG4TE5MK73", diagnoses: ["R53.83"], lines: [line("82306", { modifiers: ["GZ"] })] },
    member: { memberId: "1EG4TE5MK73" },
    coverage: [coverage({ code: "82306", coveredDiagnoses: ["E55"] })],
    status: "denied",
    line: 1,
    denial: "CO-50",
  },
  {
    name: "prepayment review → CO-50 until records are reviewed",
    claim: { diagnoses: ["M54.16"], lines: [line("64483", { modifiers: ["RT"] })] },
    coverage: [coverage({ code: "64483", prepaymentReview: true })],
    status: "denied",
    line: 1,
    denial: "CO-50",
    remarks: ["N130"],
  },
  {
    name: "benefit exclusion (commercial) → PR-204",
    claim: { diagnoses: ["L82.1"], lines: [line("17000")] },
    coverage: [coverage({ code: "17000", excluded: true })],
    status: "denied",
    line: 1,
    denial: "PR-204",
    remarks: ["N130"],
  },
  {
    name: "NCCI pair indicator 1 without modifier → CO-97 on column 2",
    claim: {
      diagnoses: ["S83.241A", "M25.561"],
      lines: [line("29881", { modifiers: ["RT"], charge: 1500 }), line("20610", { modifiers: ["RT"], pointers: [2] })],
    },
    status: "partly-paid",
    line: 2,
    denial: "CO-97",
    remarks: ["M15"],
  },
  {
    name: "NCCI pair on a CARC-236 payer",
    payer: "northstar-hmo",
    claim: { diagnoses: ["M54.16"], lines: [line("64483", { modifiers: ["RT"], charge: 600 }), line("77003")] },
    status: "partly-paid",
    line: 2,
    denial: "CO-236",
    remarks: ["M15"],
  },
  {
    name: "E/M without 25 beside a minor procedure → CO-97",
    claim: { lines: [line("99213"), line("20610", { modifiers: ["RT"] })] },
    status: "partly-paid",
    line: 1,
    denial: "CO-97",
    remarks: ["M15"],
  },
  {
    name: "visit inside a global period → CO-97",
    claim: { diagnoses: ["S52.531D"] },
    member: { history: [{ claimNumber: "CW-0", payerClaimNumber: "PCN-0", serviceDate: "2026-02-10", lines: [{ code: "25600", modifiers: ["RT"] }] }] },
    status: "denied",
    line: 1,
    denial: "CO-97",
  },
  {
    name: "units over the MUE → CO-151 N362",
    claim: { lines: [line("J1885", { units: 60 })] },
    status: "denied",
    line: 1,
    denial: "CO-151",
    remarks: ["N362"],
  },
  {
    name: "add-on without primary → CO-107 N122",
    claim: { diagnoses: ["M54.16"], lines: [line("64484", { modifiers: ["RT"] })] },
    status: "denied",
    line: 1,
    denial: "CO-107",
    remarks: ["N122"],
  },
];

describe("the simulated payer's rules", () => {
  it.each(CASES)(
    "$name",
    ({
      payer = "evergreen-ppo",
      claim: overrides,
      member: memberOverrides,
      coverage: rules = [],
      status,
      line: lineNumber,
      denial,
      remarks,
      claimRemarks,
      appealable,
    }) => {
      const file = member({ ...(payer === "medicare-b" ? { benefits: { deductible: 283, coinsurancePercent: 20 } } : {}), ...memberOverrides });
      const remit = adjudicate(claim({ payerId: payer, ...overrides }), payerContext(payer, { member: file, history: file.history, coverage: rules }));
      expect(balanceProblems(remit)).toEqual([]);
      expect(remit.status).toBe(status);
      const remitLine = remit.lines.find((candidate) => candidate.line === lineNumber)!;
      expect(`${remitLine.adjustments[0]!.group}-${remitLine.adjustments[0]!.reason}`, JSON.stringify(summary(remit))).toBe(denial);
      expect(remitLine.adjustments[0]!.amount).toBe(remitLine.billed);
      expect(remitLine.paid).toBe(0);
      if (remarks) expect(remitLine.remarks).toEqual(remarks);
      if (claimRemarks) expect(remit.remarks).toEqual(expect.arrayContaining(claimRemarks));
      if (appealable !== undefined) expect(remit.appealable).toBe(appealable);
    },
  );

  it("does not treat a Medicare reopening as a duplicate of the claim it reopens", () => {
    const file = medicareMember({ history: [{ claimNumber: "CW-1", payerClaimNumber: "PCN-9", serviceDate: "2026-03-02", lines: [{ code: "99213" }] }] });
    const base = claim({ payerId: "medicare-b", memberId: "1EG4TE5MK73" });
    expect(adjudicate(base, payerContext("medicare-b", { member: file, history: file.history })).lines[0]!.deniedBy).toBe("duplicate");
    expect(adjudicate(base, payerContext("medicare-b", { member: file, history: file.history, reopens: "PCN-9" })).lines[0]!.deniedBy).toBeUndefined();
  });

  it("takes a commercial replacement claim (frequency 7) but treats one sent to Medicare Part B as a duplicate", () => {
    const history = [{ claimNumber: "CW-1", payerClaimNumber: "PCN-9", serviceDate: "2026-03-02", lines: [{ code: "99213", modifiers: [], units: 1 }] }];
    const commercial = member({ history });
    expect(adjudicate(claim({ frequency: "7", originalReference: "PCN-9" }), payerContext("evergreen-ppo", { member: commercial, history })).status).toBe(
      "paid",
    );
    const medicare = medicareMember({ history });
    expect(
      adjudicate(
        claim({ payerId: "medicare-b", memberId: "1EG4TE5MK73", frequency: "7", originalReference: "PCN-9" }),
        payerContext("medicare-b", { member: medicare, history }),
      ).lines[0]!.deniedBy,
    ).toBe("duplicate");
  });

  it("lifts a waived denial (an appeal won) and prices the line", () => {
    const rules = [coverage({ code: "64483", prepaymentReview: true })];
    const base = claim({ diagnoses: ["M54.16"], lines: [line("64483", { modifiers: ["RT"], charge: 600 })] });
    const remit = adjudicate(base, payerContext("evergreen-ppo", { coverage: rules, waivers: [{ line: 1, edit: "medical-necessity" }] }));
    expect(remit.status).toBe("paid");
    expect(remit.lines[0]!.allowed).toBe(24_500);
  });
});

describe("pricing", () => {
  it("prices the research notes' worked example: Medicare, deductible met, $150 billed, $100 allowed → $78.40", () => {
    const rules = new Map([
      ["99213", { code: "99213", summary: "visit", fee: 10_000, globalDays: null, bilateral: 9 as const, sided: false, multipleProcedure: false }],
    ]);
    const file = medicareMember();
    const remit = adjudicate(
      claim({ payerId: "medicare-b", memberId: "1EG4TE5MK73", lines: [line("99213", { charge: 150 })] }),
      payerContext("medicare-b", { member: file, tables: { ...payerContext().tables, codes: rules } }),
    );
    expect(summary(remit)[0]!.adjustments).toEqual(["CO-45", "PR-2", "CO-253"]);
    expect(remit.lines[0]!.adjustments.map((adjustment) => adjustment.amount)).toEqual([5_000, 2_000, 160]);
    expect(remit.paid).toBe(7_840);
    expect(remit.patientResponsibility).toBe(2_000);
    expect(balanceProblems(remit)).toEqual([]);
  });

  it("applies the deductible across lines before coinsurance (PR-1 then PR-2)", () => {
    const file = member({ benefits: { deductible: 200, coinsurancePercent: 20 }, deductibleMet: 50 });
    // 99214 allowed 128 × 125% = 160; 73562 allowed 41 × 125% = 51.25.
    const remit = adjudicate(
      claim({ lines: [line("99214", { charge: 300 }), line("73562", { charge: 90 })] }),
      payerContext("evergreen-ppo", { member: file }),
    );
    expect(remit.lines.map((remitLine) => remitLine.allowed)).toEqual([16_000, 5_125]);
    // Line 1: $150 of deductible left, then 20% of the remaining $10.00; line 2: deductible met, 20% of $51.25.
    expect(summary(remit).map((entry) => entry.adjustments)).toEqual([
      ["CO-45", "PR-1", "PR-2"],
      ["CO-45", "PR-2"],
    ]);
    expect(remit.lines[0]!.adjustments.map((adjustment) => adjustment.amount)).toEqual([14_000, 15_000, 200]);
    expect(remit.lines[1]!.adjustments.map((adjustment) => adjustment.amount)).toEqual([3_875, 1_025]);
    expect(remit.patientResponsibility).toBe(15_000 + 200 + 1_025);
    expect(balanceProblems(remit)).toEqual([]);
  });

  it("charges an office-visit copay (PR-3) instead of deductible and coinsurance", () => {
    const file = member({ benefits: { deductible: 1000, coinsurancePercent: 20, officeVisitCopay: 30 } });
    const remit = adjudicate(claim({ lines: [line("99213", { charge: 150 })] }), payerContext("evergreen-ppo", { member: file }));
    expect(summary(remit)[0]!.adjustments).toEqual(["CO-45", "PR-3"]);
    expect(remit.lines[0]!.paid).toBe(11_250 - 3_000);
  });

  it("pays the bilateral rate (150%) for modifier 50 on indicator-1 codes and reduces the second procedure by half", () => {
    const remit = adjudicate(
      claim({ diagnoses: ["M17.11"], lines: [line("20610", { modifiers: ["50"], charge: 500 }), line("64483", { modifiers: ["RT"], charge: 900 })] }),
      payerContext(),
    );
    // 20610 at 125% = 80.00, bilateral 120.00; 64483 at 125% = 245.00 ranks first, so 20610 is reduced to 60.00.
    expect(remit.lines.map((remitLine) => remitLine.allowed)).toEqual([6_000, 24_500]);
  });

  it("never allows more than the charge", () => {
    const remit = adjudicate(claim({ lines: [line("99213", { charge: 50 })] }), payerContext());
    expect(remit.lines[0]!.allowed).toBe(5_000);
    expect(remit.lines[0]!.adjustments).toEqual([]);
  });

  it("uses a misloaded rate when the payer has one (an underpayment to catch)", () => {
    const remit = adjudicate(claim({ lines: [line("99213", { charge: 150 })] }), payerContext("evergreen-ppo", { misloadedFees: { "99213": 8_000 } }));
    expect(remit.lines[0]!.allowed).toBe(8_000);
  });
});
