import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { gradeDenialWork, initialRemittance, RESOLUTION_KINDS, RESOLUTION_LABELS, sendToPayer, WRITE_OFF_LABELS, WRITE_OFF_REASONS, carc, rarcMeaning, passagesOf, payerOf } from "@/lib/claims";
import type { ClaimsWorld, DenialScenario, DenialWork } from "@/lib/claims";
import { loadCodeRules, loadDenialScenarios, loadPayers, loadTeachingTables } from "@/lib/claims/load-content";
import type { CodeCheck } from "@/lib/claims/tables";
import { CONTENT_DIR } from "@/lib/content/load-guide";
import { loadCptSummaries } from "@/lib/content/load-code-content";
import type { DenialOutcome, DenialTask } from "@/lib/simulation/types";

/**
 * The denials workbench (lib/claims) seen from the workday: its denial scenarios as tasks judged by its own
 * payer and grading, and its synthetic fee schedule. Nothing here re-implements a payer rule.
 */

/** A billable-code check from the starter code set shipped in content/codes/starter and the CPT summaries. */
function starterCodeCheck(root = CONTENT_DIR): CodeCheck {
  const icd = new Map<string, boolean>();
  for (const line of fs.readFileSync(path.join(root, "codes", "starter", "icd10cm-order-starter.txt"), "utf8").split("\n")) {
    const code = line.slice(6, 13).trim();
    if (code) icd.set(code, line[14] === "1");
  }
  const hcpcs = new Set(fs.readFileSync(path.join(root, "codes", "starter", "hcpcs-starter.txt"), "utf8").split("\n").map((line) => line.slice(0, 5).trim()).filter((code) => code.length === 5));
  const cpt = new Set([...loadCptSummaries(root).map((summary) => summary.code), ...loadCodeRules(root).keys()]);
  return (system, code) => {
    const bare = code.replace(".", "").toUpperCase();
    if (system === "icd10cm") return icd.has(bare) ? (icd.get(bare) ? "billable" : "header") : "unknown";
    if (system === "hcpcs") return hcpcs.has(bare) ? "billable" : "unknown";
    return cpt.has(bare) ? "billable" : "unknown";
  };
}

const PassageRefSchema = z.object({ documentId: z.string().max(80), passage: z.number().int().min(0).max(200) });
/** The learner's work on one denial, as the day screen sends it. */
export const DenialWorkSchema = z.object({
  rootCause: z.string().max(80),
  resolution: z.enum(RESOLUTION_KINDS),
  writeOffReason: z.enum(WRITE_OFF_REASONS).optional(),
  correction: z
    .object({
      diagnoses: z.array(z.string().max(12)).max(12),
      lines: z.array(z.object({ code: z.string().max(12), modifiers: z.array(z.string().max(4)).max(4), units: z.number().int().min(1).max(999), pointers: z.array(z.number().int().min(1).max(12)).max(4) })).max(20),
    })
    .optional(),
  appeal: z.object({ letter: z.string().max(5000), attachments: z.array(PassageRefSchema).max(40) }).optional(),
});

/** What the day screen shows of a denial before it is worked: the remittance, the chart's passages and the choices. */
export type DenialBrief = {
  id: string;
  summary: string;
  policy: { title: string; text: string };
  lines: { line: number; code: string; modifiers: string[]; billed: number; paid: number; adjustments: string[]; remarks: string[] }[];
  diagnoses: string[];
  claimLines: { code: string; modifiers: string[]; units: number; pointers: number[] }[];
  chart: { id: string; title: string; passages: string[] }[];
  rootCauses: { id: string; text: string }[];
  resolutions: { id: (typeof RESOLUTION_KINDS)[number]; label: string; hint: string }[];
  writeOffReasons: { id: (typeof WRITE_OFF_REASONS)[number]; label: string }[];
};

type Workbench = { world: ClaimsWorld; scenarios: Map<string, DenialScenario> };
let cached: Workbench | undefined;

function workbench(): Workbench {
  if (!cached) {
    const dir = path.join(CONTENT_DIR, "denials", "scenarios");
    const scenarios = fs.existsSync(dir) ? loadDenialScenarios() : [];
    cached = { world: { payers: loadPayers(), tables: loadTeachingTables(), codeCheck: starterCodeCheck() }, scenarios: new Map(scenarios.map((scenario) => [scenario.id, scenario])) };
  }
  return cached;
}

const dollars = (cents: number) => Math.round(cents) / 100;

function judge(scenario: DenialScenario, world: ClaimsWorld, input: unknown): DenialOutcome {
  const parsed = DenialWorkSchema.safeParse(input);
  if (!parsed.success) return { resolved: false, overturned: false, recovered: 0, score: 0, summary: "the work could not be read" };
  const work: DenialWork = { ...parsed.data, appeal: parsed.data.appeal && { ...parsed.data.appeal, filedOn: scenario.workedOn } };
  const original = initialRemittance(scenario, world);
  const grade = gradeDenialWork(scenario, work, original, sendToPayer(scenario, world, work));
  const overturned = grade.appealOverturned === true || (grade.outcome === "paid" && grade.recovered > 0);
  const summary = !grade.rootCauseCorrect ? "the root cause was missed" : !grade.resolutionCorrect ? "the wrong next step" : overturned ? `overturned, $${dollars(grade.recovered).toFixed(2)} recovered` : grade.payerSucceeded === false ? `the payer said no (${grade.outcome.replace("-", " ")})` : "resolved";
  return { resolved: grade.rootCauseCorrect && grade.resolutionCorrect && grade.payerSucceeded !== false, overturned, recovered: dollars(grade.recovered), score: grade.score, summary };
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
          href: `/denials/${scenario.id}`,
          judge: (work: unknown) => judge(scenario, world, work),
        },
      ];
    }),
  );
}

/** The remittance and choices of one denial, for the day screen. */
export function denialBrief(id: string): DenialBrief | undefined {
  const { world, scenarios } = workbench();
  const scenario = scenarios.get(id);
  if (!scenario) return undefined;
  const original = initialRemittance(scenario, world);
  return {
    id,
    summary: scenario.summary,
    policy: { title: scenario.policy.title, text: scenario.policy.text },
    lines: original.lines.map((line) => ({ line: line.line, code: line.code, modifiers: line.modifiers, billed: dollars(line.billed), paid: dollars(line.paid), adjustments: line.adjustments.map((adjustment) => `${adjustment.group}-${adjustment.reason} ${carc(adjustment.reason).meaning}`), remarks: line.remarks.map((remark) => `${remark}: ${rarcMeaning(remark)}`) })),
    diagnoses: scenario.claim.diagnoses,
    claimLines: scenario.claim.lines.map((line) => ({ code: line.code, modifiers: line.modifiers, units: line.units, pointers: line.pointers })),
    chart: scenario.chart.map((document) => ({ id: document.id, title: document.title, passages: passagesOf(document) })),
    rootCauses: scenario.rootCause.options.map((option) => ({ id: option.id, text: option.text })),
    resolutions: RESOLUTION_KINDS.map((kind) => ({ id: kind, label: RESOLUTION_LABELS[kind].label, hint: RESOLUTION_LABELS[kind].hint })),
    writeOffReasons: WRITE_OFF_REASONS.map((reason) => ({ id: reason, label: WRITE_OFF_LABELS[reason] })),
  };
}

/** The synthetic fee schedule's amount for a code, in dollars (0 when the code is not on it). */
export function feeFor(code: string): number {
  const rule = workbench().world.tables.codes.get(code);
  return rule ? dollars(rule.fee) : 0;
}
