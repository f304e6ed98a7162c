import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adjudicate } from "@/lib/claims/adjudicate";
import { adjudicateAppeal, amountsIn } from "@/lib/claims/appeal";
import { gradeDenialWork } from "@/lib/claims/grade";
import { loadDenialScenarios } from "@/lib/claims/load-content";
import { DenialScenarioSchema, type AppealRequirement, type ChartDocument, type DenialScenarioInput } from "@/lib/claims/scenario-schema";
import { initialRemittance, payerOf, sendToPayer, type DenialWork } from "@/lib/claims/workbench";
import { workStart } from "@/lib/claims/work-start";
import { claim, line, member, payerContext } from "./claim-fixtures";
import { scenarioWorld } from "./scenario-world";

describe("amounts in an appeal letter", () => {
  it.each([
    ["allowed $650.00 under the contract", [65_000]],
    ["$1,300.50 and 125% of 520", [130_050, 12_500, 52_000]],
    ["650.", [65_000]],
    ["date 2026-10-14", [202_600, 1_000, 1_400]],
    ["no numbers here", []],
  ] as const)("%s", (text, cents) => {
    expect([...amountsIn(text)]).toEqual(cents);
  });
});

// One 29881 line at Evergreen (125% of the $520 schedule = $650 allowed), loaded by the payer at $520.
const chart: ChartDocument[] = [
  { id: "contract", kind: "registration", title: "Contract", text: "Rates: 125% of the fee schedule.\n\nDisputes within 180 days." },
];
const requirements: AppealRequirement[] = [
  { id: "rate", label: "The contract rate", lines: [1], edit: "underpayment", evidence: ["125% of the fee schedule"] },
];
const scope = claim({ diagnoses: ["S83.241A"], lines: [line("29881", { modifiers: ["RT"], charge: 2450 })] });
const file = member({ benefits: { deductible: 0, coinsurancePercent: 20 } });
const context = payerContext("evergreen-ppo", { member: file, misloadedFees: { "29881": 52_000 } });
const original = adjudicate(scope, context);
const dispute = (letter: string, passages: number[] = [0]) =>
  adjudicateAppeal({
    claim: scope,
    original,
    context,
    requirements,
    chart,
    appeal: { filedOn: "2026-04-01", letter, attachments: passages.map((passage) => ({ documentId: "contract", passage })) },
  });

describe("the reviewer's check of an underpayment", () => {
  it("starts from a paid line with no denial, allowed below the contract", () => {
    expect(original.status).toBe("paid");
    expect(original.lines[0]).toMatchObject({ allowed: 52_000, paid: 41_600 });
  });

  it("reprices the line when the contract is attached and the letter states the contracted allowed amount", () => {
    const decision = dispute("Underpaid: the contract allows 125% of $520.00 = $650.00 for line 1; you allowed $520.00.");
    expect(decision.outcome).toBe("overturned");
    expect(decision.remittance!.lines[0]).toMatchObject({ allowed: 65_000, paid: 52_000 });
    expect(decision.reasons[0]).toMatch(/contract allows \$650\.00/);
    expect(decision.met).toEqual(["The contract rate", "The calculation: the contracted allowed amount for the line"]);
  });

  it.each([
    [
      "no calculation in the letter",
      "The payment is too low, please reprocess it at the contract rate.",
      [0],
      "The calculation: the contracted allowed amount for the line",
    ],
    [
      "the wrong amount",
      "The contract allows $624.00 for line 1, not $520.00. Please reprocess.",
      [0],
      "The calculation: the contracted allowed amount for the line",
    ],
    ["the contract not attached", "The contract allows $650.00 for line 1, not $520.00. Please reprocess.", [1], "The contract rate"],
  ] as const)("upholds the payment with %s", (_name, letter, passages, missing) => {
    const decision = dispute(letter, [...passages]);
    expect(decision.outcome).toBe("upheld");
    expect(decision.missing).toEqual([missing]);
    expect(decision.reasons[0]).toMatch(/the payment stands/);
  });
});

describe("the underpayment scenario", () => {
  const world = scenarioWorld();
  const scenario = loadDenialScenarios().find((candidate) => candidate.id === "ortho-knee-scope-underpaid-fee-schedule")!;
  const remit = initialRemittance(scenario, world);
  const work = (resolution: DenialWork["resolution"], letter = "", attachments = [{ documentId: "contract", passage: 1 }]): DenialWork => ({
    rootCause: "underpaid-rate",
    resolution,
    appeal: { filedOn: scenario.workedOn, letter, attachments },
  });
  const grade = (input: DenialWork) => gradeDenialWork(scenario, input, remit, sendToPayer(scenario, world, input));

  it("quotes the shipped fee schedule in its contract summary, and the payer's contract percent", () => {
    const contract = scenario.chart.find((document) => document.id === "contract")!.text;
    const quoted = [...contract.matchAll(/\b(\d{5}) \$(\d+\.\d{2})/g)].map((match) => [match[1]!, Math.round(Number(match[2]) * 100)]);
    expect(quoted.length).toBeGreaterThanOrEqual(4);
    for (const [code, cents] of quoted) expect(world.tables.codes.get(code as string)?.fee, `${code} in fee-schedule.yaml`).toBe(cents);
    expect(contract).toContain(`${payerOf(scenario, world).feePercent}% of the Evergreen professional fee schedule`);
  });

  it("pays $416.00 on $520.00 allowed where the contract allows $650.00", () => {
    expect(remit.lines[0]).toMatchObject({ allowed: 52_000, paid: 41_600 });
  });

  it("recovers $104.00 with a dispute that states the calculation and attaches the contract", () => {
    const result = grade(work("appeal", "Evergreen allowed $520.00 for 29881. The contract pays 125% of the fee schedule: $520.00 × 125% = $650.00."));
    expect(result).toMatchObject({ outcome: "overturned", recovered: 10_400, score: 100 });
    expect(result.rule).toMatch(/CARC 45/);
    expect(result.rationale).toMatch(/\$650\.00/);
  });

  it("marks down posting it as closed, and says why", () => {
    const result = grade(work("no-action"));
    expect(result.resolutionCorrect).toBe(false);
    expect(result.feedback.find((item) => item.about === "resolution")!.message).toMatch(/\$104\.00 short/);
  });

  it("starts the dispute letter from the underpaid line", () => {
    const { appealFields } = workStart(scenario, payerOf(scenario, world), remit);
    expect(appealFields).toMatchObject({ services: "line 1 29881", denial: "paid below the contract: allowed $520.00", level: "Internal appeal (level 1)" });
  });
});

describe("the scenario schema for underpayments", () => {
  const raw = () =>
    parse(fs.readFileSync(path.resolve("content/denials/scenarios/ortho-knee-scope-underpaid-fee-schedule.yaml"), "utf8")) as DenialScenarioInput;
  const messages = (change: (scenario: DenialScenarioInput) => void) => {
    const scenario = raw();
    change(scenario);
    return DenialScenarioSchema.safeParse(scenario).error?.issues.map((issue) => issue.message) ?? [];
  };

  it("accepts the scenario as written", () => {
    expect(messages(() => {})).toEqual([]);
  });

  it("refuses a misloaded rate for a code that is not on the claim", () => {
    expect(messages((scenario) => void (scenario.remittance.misloadedFees = { "29881": 520, "20610": 50 }))).toEqual(["20610 is not on the claim"]);
  });

  it("refuses an underpayment requirement on a line the payer priced at the contract", () => {
    expect(messages((scenario) => void delete scenario.remittance.misloadedFees)).toEqual([
      "an underpayment requirement names line 1, which the payer did not price at a misloaded rate",
    ]);
  });
});
