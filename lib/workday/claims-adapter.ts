import { z } from "zod";
import { carc, gradeDenialWork, initialRemittance, payerOf, RESOLUTION_KINDS, sendToPayer, WRITE_OFF_REASONS } from "@/lib/claims";
import type { ChartDocument, ClaimsWorld, DenialScenario, DenialWork, Payer, Remittance } from "@/lib/claims";
import { workStart, type AppealFields, type CorrectionState } from "@/lib/claims/work-start";
import type { CodeCheck } from "@/lib/claims/tables";
import { getCodeDirectory } from "@/lib/codes/code-directory";
import type { Database } from "@/lib/db/client";
import { toCorrection } from "@/lib/denials/attempts";
import { denialCatalog } from "@/lib/denials/catalog";
import { AppealInputSchema, ClaimCorrectionInputSchema } from "@/lib/denials/schemas";
import { codeCheckFrom, originalWorld } from "@/lib/denials/world";
import type { DenialOutcome, DenialTask } from "@/lib/simulation/types";

/**
 * The denials workbench (lib/claims, lib/denials) seen from the workday: its denial scenarios as tasks judged by its
 * own payer and grading, and its synthetic fee schedule. Nothing here re-implements a payer rule or loads content
 * of its own: the first remittances come from the workbench's original world, and the learner's work is judged with
 * the code sets in the database, as on the workbench.
 */

/**
 * Codes as the database's code sets hold them, answered by the process's code directory (the one code search
 * already keeps in memory) rather than a second copy of every code.
 */
export async function workdayCodeCheck(db: Database): Promise<CodeCheck> {
  const { index } = await getCodeDirectory(db);
  return codeCheckFrom((system, code) => index.get(code, system));
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

/** A denial as the day lists it, before the learner's work is judged. */
export type DenialListing = Omit<DenialTask, "judge">;

/** Every denial scenario in the workbench as the day lists it, with its first remittance (the workday's catalog keeps it). */
export function workbenchDenials(): Map<string, DenialListing> {
  const world = originalWorld();
  return new Map(
    denialCatalog().scenarios.map((scenario) => {
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
        },
      ];
    }),
  );
}

/** A listed denial as a task for the day: the learner's work on it judged with `codeCheck`. */
export function denialTask(listing: DenialListing, codeCheck: CodeCheck): DenialTask {
  const scenario = denialCatalog().byId.get(listing.id)!;
  const world: ClaimsWorld = { ...originalWorld(), codeCheck };
  return { ...listing, judge: (work: unknown) => judge(scenario, world, work) };
}

/** The remittance, policy, chart and editors' starting points of one denial, for the day screen (as the workbench's claim page builds them). */
export function denialBrief(id: string): DenialBrief | undefined {
  const world = originalWorld();
  const scenario = denialCatalog().byId.get(id);
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
  const rule = denialCatalog().teaching.codes.get(code);
  return rule ? dollars(rule.fee) : 0;
}
