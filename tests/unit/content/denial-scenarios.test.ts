import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CARCS, RARCS } from "@/lib/claims/adjustment-codes";
import type { Appeal, PassageRef } from "@/lib/claims/appeal";
import { gradeDenialWork } from "@/lib/claims/grade";
import { payerAnswerFromStored } from "@/lib/claims/stored-grade";
import { loadDenialScenarios } from "@/lib/claims/load-content";
import { formatCents } from "@/lib/claims/money";
import { balanceProblems } from "@/lib/claims/remittance";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import { passagesOf } from "@/lib/claims/passages";
import { RESOLUTION_KINDS, type ResolutionKind } from "@/lib/claims/resolutions";
import { initialRemittance, modelCorrectionOf, sendToPayer, type DenialWork } from "@/lib/claims/workbench";
import { loadFacts } from "@/lib/content/load-guide";
import { scenarioWorld, verifiedCodes } from "../claims/scenario-world";

const scenarios = loadDenialScenarios();
const world = scenarioWorld();
const OFFICIAL = { icd10cm: path.resolve("..", "shared", "data", "icd10cm_codes_2026.txt"), hcpcs: path.resolve("..", "shared", "data", "HCPC2025_JAN_ANWEB_12172024.txt") };

/** The chart passages that hold every phrase a requirement asks for. */
export function modelAttachments(scenario: DenialScenario): PassageRef[] {
  const refs: PassageRef[] = [];
  for (const requirement of scenario.policy.appealRequirements) {
    for (const phrase of requirement.evidence) {
      for (const document of scenario.chart) {
        passagesOf(document).forEach((passage, index) => {
          if (passage.toLowerCase().replace(/\s+/g, " ").includes(phrase.toLowerCase()) && !refs.some((ref) => ref.documentId === document.id && ref.passage === index)) refs.push({ documentId: document.id, passage: index });
        });
      }
    }
  }
  return refs;
}

/** The calculation a payment dispute states: each underpaid line's allowed amount under the contract (the claim priced without misloaded rates). */
function contractCalculation(scenario: DenialScenario): string {
  const misloaded = scenario.remittance.misloadedFees;
  if (!misloaded) return "";
  const contract = initialRemittance({ ...scenario, remittance: { ...scenario.remittance, misloadedFees: undefined } }, world);
  return contract.lines
    .filter((line) => misloaded[line.code] !== undefined)
    .map((line) => ` Line ${line.line} should be allowed ${formatCents(line.allowed)} under the contract.`)
    .join("");
}

export function modelWork(scenario: DenialScenario, kind: ResolutionKind): DenialWork {
  const letter = `We ask you to reconsider this claim: the attached records show the policy's conditions are met.${contractCalculation(scenario)}`;
  const appeal: Appeal = { filedOn: scenario.workedOn, letter, attachments: modelAttachments(scenario) };
  return {
    rootCause: scenario.rootCause.options.find((option) => option.correct)!.id,
    resolution: kind,
    writeOffReason: scenario.resolutions.writeOffReason,
    correction: modelCorrectionOf(scenario),
    appeal,
  };
}

describe("the denial scenario library", () => {
  it("has at least 20 scenarios over at least 10 CARCs, mixed specialties, at least four from Alex's orthopaedic practice", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
    const carcs = new Set(scenarios.flatMap((scenario) => scenario.remittance.expect.map((entry) => entry.reason)));
    expect(carcs.size).toBeGreaterThanOrEqual(10);
    expect(new Set(scenarios.map((scenario) => scenario.specialty)).size).toBeGreaterThanOrEqual(5);
    expect(scenarios.filter((scenario) => scenario.practice.includes("Alex's practice")).length).toBeGreaterThanOrEqual(4);
    expect(new Set(scenarios.map((scenario) => scenario.difficulty))).toEqual(new Set(["beginner", "intermediate", "advanced"]));
  });

  it.each(["CO-50", "CO-16", "CO-97", "CO-151", "CO-4", "CO-11", "CO-197", "CO-29", "OA-18", "CO-22", "CO-27", "PR-1", "PR-2", "PR-3", "CO-45", "PR-50"])("covers %s", (label) => {
    const [group, reason] = label.split("-");
    expect(scenarios.some((scenario) => scenario.remittance.expect.some((entry) => entry.group === group && entry.reason === reason))).toBe(true);
  });

  describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))("%s", (_id, scenario) => {
    const remit = initialRemittance(scenario, world);

    it("gets from the simulated payer the remittance the scenario describes, balanced", () => {
      expect(balanceProblems(remit)).toEqual([]);
      for (const entry of scenario.remittance.expect) {
        const line = remit.lines.find((candidate) => candidate.line === entry.line);
        expect(line, `line ${entry.line}`).toBeDefined();
        const found = line!.adjustments.some((adjustment) => adjustment.group === entry.group && adjustment.reason === entry.reason);
        expect(found, `line ${entry.line}: ${JSON.stringify(line!.adjustments)} has no ${entry.group}-${entry.reason}`).toBe(true);
        expect([...line!.remarks, ...remit.remarks]).toEqual(expect.arrayContaining(entry.remarks));
      }
      const expectedDenied = new Set(scenario.remittance.expect.filter((entry) => !["CO-45", "PR-1", "PR-2", "PR-3", "CO-253"].includes(`${entry.group}-${entry.reason}`)).map((entry) => entry.line));
      expect(remit.lines.filter((line) => line.deniedBy !== undefined).map((line) => line.line)).toEqual([...expectedDenied].sort());
    });

    it("uses only CARCs and RARCs from the reference list, and only verified codes", () => {
      for (const line of remit.lines) {
        for (const adjustment of line.adjustments) expect(CARCS.has(adjustment.reason), `CARC ${adjustment.reason}`).toBe(true);
        for (const remark of line.remarks) expect(RARCS.has(remark), `RARC ${remark}`).toBe(true);
      }
      for (const remark of [...remit.remarks, ...scenario.remittance.expect.flatMap((entry) => entry.remarks)]) expect(RARCS.has(remark), `RARC ${remark}`).toBe(true);
      for (const entry of scenario.remittance.expect) expect(CARCS.has(entry.reason), `CARC ${entry.reason}`).toBe(true);
      const codes = verifiedCodes();
      for (const code of [...scenario.claim.diagnoses, ...(scenario.modelCorrection?.diagnoses ?? [])]) expect(codes.has(`icd10cm:${code.replace(".", "")}`), `${code} in verified-codes.txt`).toBe(true);
      for (const line of [...scenario.claim.lines, ...(scenario.modelCorrection?.lines ?? [])]) {
        if (/^[A-Z]/.test(line.code)) expect(codes.has(`hcpcs:${line.code}`), `${line.code} in verified-codes.txt`).toBe(true);
        else {
          expect(world.tables.codes.has(line.code), `CPT ${line.code} in the fee schedule`).toBe(true);
          expect(scenario.cptSummaries[line.code], `CPT ${line.code} needs our own summary in cptSummaries`).toBeTruthy();
        }
      }
    });

    it("quotes appeal evidence that is in the chart, and correction checks name real lines", () => {
      const passages = scenario.chart.flatMap((document) => passagesOf(document).map((passage) => passage.toLowerCase().replace(/\s+/g, " ")));
      for (const requirement of scenario.policy.appealRequirements) for (const phrase of requirement.evidence) expect(passages.some((passage) => passage.includes(phrase.toLowerCase())), `"${phrase}" in one passage`).toBe(true);
      for (const check of scenario.correction) expect(scenario.claim.lines[check.line - 1], `correction line ${check.line}`).toBeDefined();
    });

    it.each(scenario.resolutions.accepted.map((accepted) => accepted.kind))("gives full marks to the model answer: %s", (kind) => {
      const work = modelWork(scenario, kind);
      const answer = sendToPayer(scenario, world, work);
      const grade = gradeDenialWork(scenario, work, remit, answer);
      expect(grade.feedback.filter((item) => !item.good), JSON.stringify(answer.kind === "remittance" ? answer.remittance.lines : answer)).toEqual([]);
      expect(grade.score).toBe(100);
    });

    it("stores every payer answer so that it reads back as it was sent", () => {
      for (const kind of RESOLUTION_KINDS) {
        const answer = sendToPayer(scenario, world, modelWork(scenario, kind));
        expect(payerAnswerFromStored(JSON.parse(JSON.stringify(answer))), kind).toEqual(JSON.parse(JSON.stringify(answer)));
      }
    });

    it("marks down every resolution it does not accept", () => {
      const accepted = new Set(scenario.resolutions.accepted.map((entry) => entry.kind));
      for (const kind of RESOLUTION_KINDS.filter((candidate) => !accepted.has(candidate))) {
        const work = modelWork(scenario, kind);
        const grade = gradeDenialWork(scenario, work, remit, sendToPayer(scenario, world, work));
        expect(grade.resolutionCorrect).toBe(false);
        expect(grade.score).toBeLessThanOrEqual(40);
      }
    });
  });

  it("gives every Medicare Part B member the 2026 deductible and coinsurance from the facts file (with their sources)", () => {
    const { figures } = loadFacts();
    const deductible = figures.get("medicare.part_b_deductible_2026")!;
    const coinsurance = figures.get("medicare.part_b_coinsurance")!;
    const medicare = scenarios.filter((scenario) => world.payers.get(scenario.claim.payerId)!.planType === "medicare-b");
    expect(medicare.length).toBeGreaterThan(5);
    for (const scenario of medicare) expect([scenario.id, scenario.member.benefits.deductible, scenario.member.benefits.coinsurancePercent]).toEqual([scenario.id, deductible.value! * 100, coinsurance.value]);
  });

  it("gives every scenario its own claim number", () => {
    expect(new Set(scenarios.map((scenario) => scenario.claim.claimNumber)).size).toBe(scenarios.length);
  });

  const hasOfficial = fs.existsSync(OFFICIAL.icd10cm) && fs.existsSync(OFFICIAL.hcpcs);
  if (!hasOfficial) console.log("skipped: the official ICD-10-CM/HCPCS files are not in ../shared/data (not committed)");
  it.skipIf(!hasOfficial)("verified-codes.txt matches the official files", () => {
    const billable = new Map(fs.readFileSync(OFFICIAL.icd10cm, "utf8").split(/\r?\n/).map((line) => /^(\S+)\s+(.*)$/.exec(line)).filter((match) => match !== null).map((match) => [match[1]!, match[2]!.trim()]));
    for (const [key, entry] of verifiedCodes()) {
      const code = key.split(":")[1]!;
      if (entry.system === "icd10cm") expect(billable.get(code), code).toBe(entry.description);
      else expect(fs.readFileSync(OFFICIAL.hcpcs, "latin1")).toContain(code);
    }
  });
});
