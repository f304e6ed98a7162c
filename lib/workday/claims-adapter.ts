import fs from "node:fs";
import zlib from "node:zlib";
import path from "node:path";
import { z } from "zod";
import { carc, gradeDenialWork, initialRemittance, payerOf, RESOLUTION_KINDS, sendToPayer, WRITE_OFF_REASONS } from "@/lib/claims";
import type { ChartDocument, ClaimsWorld, DenialScenario, DenialWork, Payer, Remittance } from "@/lib/claims";
import { workStart, type AppealFields, type CorrectionState } from "@/lib/claims/work-start";
import { toCorrection } from "@/lib/denials/attempts";
import { AppealInputSchema, ClaimCorrectionInputSchema } from "@/lib/denials/schemas";
import { loadCodeRules, loadDenialScenarios, loadPayers, loadTeachingTables } from "@/lib/claims/load-content";
import type { CodeCheck } from "@/lib/claims/tables";
import { CONTENT_DIR } from "@/lib/content/load-guide";
import { loadCptSummaries } from "@/lib/content/load-code-content";
import type { DenialOutcome, DenialTask } from "@/lib/simulation/types";

/**
 * The denials workbench (lib/claims) seen from the workday: its denial scenarios as tasks judged by its own
 * payer and grading, and its synthetic fee schedule. Nothing here re-implements a payer rule.
 */

const shippedLines = (root: string, file: string) =>
  zlib
    .gunzipSync(fs.readFileSync(path.join(root, "codes", "official", file)))
    .toString("latin1")
    .split("\n");

/** A billable-code check from the official code files shipped in content/codes/official and the CPT summaries. */
function shippedCodeCheck(root = CONTENT_DIR): CodeCheck {
  const icd = new Map<string, boolean>();
  for (const line of shippedLines(root, "icd10cm_order_2026.txt.gz")) {
    const code = line.slice(6, 13).trim();
    if (code) icd.set(code, line[14] === "1");
  }
  const hcpcs = new Set(
    shippedLines(root, "HCPC2025_JAN_ANWEB_12172024.txt.gz")
      .map((line) => line.slice(0, 5).trim())
      .filter((code) => code.length === 5),
  );
  const cpt = new Set([...loadCptSummaries(root).map((summary) => summary.code), ...loadCodeRules(root).keys()]);
  return (system, code) => {
    const bare = code.replace(".", "").toUpperCase();
    if (system === "icd10cm") return icd.has(bare) ? (icd.get(bare) ? "billable" : "header") : "unknown";
    if (system === "hcpcs") return hcpcs.has(bare) ? "billable" : "unknown";
    return cpt.has(bare) ? "billable" : "unknown";
  };
}

/** The learner's work on one denial, as the day screen sends it: the workbench's own correction and appeal inputs. */
export const DenialWorkSchema = z.object({
  rootCause: z.string().max(80),
  resolution: z.enum(RESOLUTION_KINDS),
  writeOffReason: z.enum(WRITE_OFF_REASONS).optional(),
  correction: ClaimCorrectionInputSchema.optional(),
  appeal: AppealInputSchema.optional(),
});

/** What the day screen shows of a denial before it is worked: the workbench's remittance, policy, chart and editors' starting points. */
export type DenialBrief = {
  id: string;
  claimNumber: string;
  summary: string;
  remit: Remittance;
  policy: DenialScenario["policy"];
  payer: Payer;
  documents: ChartDocument[];
  rootCauses: { id: string; text: string }[];
  initialCorrection: CorrectionState;
  appealFields: AppealFields;
};

type Workbench = { world: ClaimsWorld; scenarios: Map<string, DenialScenario> };
let cached: Workbench | undefined;

function workbench(): Workbench {
  if (!cached) {
    const dir = path.join(CONTENT_DIR, "denials", "scenarios");
    const scenarios = fs.existsSync(dir) ? loadDenialScenarios() : [];
    cached = {
      world: { payers: loadPayers(), tables: loadTeachingTables(), codeCheck: shippedCodeCheck() },
      scenarios: new Map(scenarios.map((scenario) => [scenario.id, scenario])),
    };
  }
  return cached;
}

const dollars = (cents: number) => Math.round(cents) / 100;

function judge(scenario: DenialScenario, world: ClaimsWorld, input: unknown): DenialOutcome {
  const parsed = DenialWorkSchema.safeParse(input);
  if (!parsed.success) return { resolved: false, overturned: false, recovered: 0, score: 0, summary: "the work could not be read" };
  const { correction, appeal, ...choice } = parsed.data;
  const work: DenialWork = {
    ...choice,
    correction: correction && toCorrection(scenario, correction),
    appeal: appeal && { ...appeal, filedOn: scenario.workedOn },
  };
  const original = initialRemittance(scenario, world);
  const grade = gradeDenialWork(scenario, work, original, sendToPayer(scenario, world, work));
  const overturned = grade.appealOverturned === true || (grade.outcome === "paid" && grade.recovered > 0);
  const summary = !grade.rootCauseCorrect
    ? "the root cause was missed"
    : !grade.resolutionCorrect
      ? "the wrong next step"
      : overturned
        ? `overturned, $${dollars(grade.recovered).toFixed(2)} recovered`
        : grade.payerSucceeded === false
          ? `the payer said no (${grade.outcome.replace("-", " ")})`
          : "resolved";
  return {
    resolved: grade.rootCauseCorrect && grade.resolutionCorrect && grade.payerSucceeded !== false,
    overturned,
    recovered: dollars(grade.recovered),
    score: grade.score,
    summary,
  };
}

/** Every denial scenario in the workbench as a task for the day. */
export function workbenchDenials(): Map<string, DenialTask> {
  const { world, scenarios } = workbench();
  return new Map(
    [...scenarios.values()].map((scenario) => {
      const original = initialRemittance(scenario, world);
      const first = original.lines.find((line) => line.deniedBy)?.adjustments[0];
      return [
        scenario.id,
        {
          id: scenario.id,
          title: scenario.title,
          payer: payerOf(scenario, world).name,
          reason: first ? `${first.group}-${first.reason}: ${carc(first.reason).meaning}` : original.status,
          billed: dollars(original.billed),
          href: `/denials/${scenario.claim.claimNumber}`,
          judge: (work: unknown) => judge(scenario, world, work),
        },
      ];
    }),
  );
}

/** The remittance, policy, chart and editors' starting points of one denial, for the day screen (as the workbench's claim page builds them). */
export function denialBrief(id: string): DenialBrief | undefined {
  const { world, scenarios } = workbench();
  const scenario = scenarios.get(id);
  if (!scenario) return undefined;
  const remit = initialRemittance(scenario, world);
  const payer = payerOf(scenario, world);
  const claim = scenario.claim;
  return {
    id,
    claimNumber: claim.claimNumber,
    summary: scenario.summary,
    remit,
    policy: scenario.policy,
    payer,
    documents: scenario.chart,
    rootCauses: scenario.rootCause.options.map((option) => ({ id: option.id, text: option.text })),
    ...workStart(scenario, payer, remit),
  };
}

/** The synthetic fee schedule's amount for a code, in dollars (0 when the code is not on it). */
export function feeFor(code: string): number {
  const rule = workbench().world.tables.codes.get(code);
  return rule ? dollars(rule.fee) : 0;
}
