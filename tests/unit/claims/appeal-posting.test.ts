import { describe, expect, it } from "vitest";
import { adjudicate } from "@/lib/claims/adjudicate";
import { adjudicateAppeal, attachedText } from "@/lib/claims/appeal";
import { postRemittance } from "@/lib/claims/posting";
import type { AppealRequirement, ChartDocument } from "@/lib/claims/scenario-schema";
import type { CoverageRule } from "@/lib/claims/schemas";
import { claim, member, payerContext } from "./claim-fixtures";

const chart: ChartDocument[] = [
  {
    id: "note",
    kind: "visit-note",
    title: "Note",
    text: "Leg pain down the left leg.\n\nMRI: disc extrusion at L4-L5.\n\nSix weeks of physical therapy failed.",
  },
];
const requirements: AppealRequirement[] = [
  { id: "imaging", label: "Imaging", lines: [1], edit: "medical-necessity", evidence: ["disc extrusion at L4-L5"] },
  { id: "therapy", label: "Failed therapy", lines: [1], edit: "medical-necessity", evidence: ["six weeks of physical therapy"] },
];
const coverage: CoverageRule[] = [{ code: "64483", prepaymentReview: true, requiresAuthorization: false, excluded: false }];
const esi = claim({ diagnoses: ["M54.16"], lines: [{ serviceDate: "2026-03-02", code: "64483", modifiers: ["LT"], units: 1, charge: 600, pointers: [1] }] });
const context = payerContext("evergreen-ppo", { coverage });
const original = adjudicate(esi, context);
const appeal = (passages: number[], overrides: { filedOn?: string; letter?: string } = {}) =>
  adjudicateAppeal({
    claim: esi,
    original,
    context,
    requirements,
    chart,
    appeal: {
      filedOn: overrides.filedOn ?? "2026-04-01",
      letter: overrides.letter ?? "Please reconsider: the attached records meet each condition of your policy.",
      attachments: passages.map((passage) => ({ documentId: "note", passage })),
    },
  });

describe("the payer's appeal reviewer", () => {
  it.each([
    ["every requirement shown → overturned and paid", [1, 2], "overturned"],
    ["one requirement missing → upheld, saying which", [1], "upheld"],
    ["nothing attached → upheld", [], "upheld"],
  ] as const)("%s", (_name, passages, outcome) => {
    const decision = appeal([...passages]);
    expect(decision.outcome).toBe(outcome);
    if (outcome === "overturned") expect(decision.remittance!.paid).toBeGreaterThan(0);
    if (outcome === "upheld") expect(decision.reasons[0]).toMatch(/upheld/);
  });

  it("lists what is missing", () => {
    expect(appeal([1]).missing).toEqual(["Failed therapy"]);
  });

  it("dismisses a late appeal and an appeal without a letter", () => {
    expect(appeal([1, 2], { filedOn: "2027-03-01" }).outcome).toBe("dismissed");
    expect(appeal([1, 2], { letter: "pls pay" }).outcome).toBe("dismissed");
  });

  it("partly overturns when only some denied lines are answered", () => {
    const two = claim({
      diagnoses: ["M54.16"],
      lines: [
        { serviceDate: "2026-03-02", code: "64483", modifiers: ["LT"], units: 1, charge: 600, pointers: [1] },
        { serviceDate: "2026-03-02", code: "J1885", modifiers: [], units: 60, charge: 60, pointers: [1] },
      ],
    });
    const first = adjudicate(two, context);
    const decision = adjudicateAppeal({
      claim: two,
      original: first,
      context,
      requirements,
      chart,
      appeal: {
        filedOn: "2026-04-01",
        letter: "Please reconsider: the attached records meet each condition of your policy.",
        attachments: [1, 2].map((passage) => ({ documentId: "note", passage })),
      },
    });
    expect(decision.outcome).toBe("partly-overturned");
    expect(decision.reasons.some((reason) => reason.includes("CO-151"))).toBe(true);
  });

  it("reads attached passages by paragraph and ignores unknown references", () => {
    expect(
      attachedText(chart, [
        { documentId: "note", passage: 1 },
        { documentId: "nope", passage: 0 },
        { documentId: "note", passage: 9 },
      ]),
    ).toContain("MRI: disc extrusion");
  });
});

describe("posting a remittance", () => {
  it("posts the payment, the contractual adjustment and the patient's share, and leaves denials open", () => {
    const file = member({ benefits: { deductible: 100, coinsurancePercent: 20 } });
    const mixed = claim({
      diagnoses: ["S83.241A", "M25.561"],
      lines: [
        { serviceDate: "2026-03-02", code: "29881", modifiers: ["RT"], units: 1, charge: 1000, pointers: [1] },
        { serviceDate: "2026-03-02", code: "20610", modifiers: ["RT"], units: 1, charge: 200, pointers: [2] },
      ],
    });
    const remit = adjudicate(mixed, payerContext("evergreen-ppo", { member: file }));
    const posting = postRemittance(remit);
    // 29881 allowed 650 (520 × 125%): PR-1 100, PR-2 110, paid 440; 20610 denied CO-97.
    expect(posting.entries.map((entry) => [entry.kind, entry.amount])).toEqual([
      ["charge", 100_000],
      ["insurance-payment", -44_000],
      ["contractual-adjustment", -35_000],
      ["transfer-to-patient", -21_000],
      ["charge", 20_000],
    ]);
    expect(posting).toMatchObject({ patientBalance: 21_000, openDenied: 20_000, underpayments: [] });
  });

  it("catches an underpayment against the contract", () => {
    const visit = claim({ lines: [{ serviceDate: "2026-03-02", code: "99213", modifiers: [], units: 1, charge: 150, pointers: [1] }] });
    const paid = adjudicate(visit, payerContext("evergreen-ppo", { misloadedFees: { "99213": 8_000 } }));
    const contract = adjudicate(visit, payerContext());
    expect(postRemittance(paid, contract).underpayments).toEqual([{ line: 1, code: "99213", contractAllowed: 11_250, allowed: 8_000, short: 3_250 }]);
  });
});
