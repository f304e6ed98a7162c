import { gradeDenialWork, type DenialWorkGrade } from "@/lib/claims/grade";
import { denialGradeFromStored, payerAnswerFromStored } from "@/lib/claims/stored-grade";
import type { ScrubResult } from "@/lib/claims/scrub";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import { passagesOf } from "@/lib/claims/passages";
import {
  initialRemittance,
  scrubCorrection,
  applyCorrection,
  sendToPayer,
  type ClaimCorrection,
  type DenialWork,
  type PayerAnswer,
} from "@/lib/claims/workbench";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { findScenarioByClaim } from "@/lib/denials/catalog";
import type { ClaimCorrectionInputSchema, SubmitDenialWorkSchema } from "@/lib/denials/schemas";
import { claimsWorldFor, scenarioCodes } from "@/lib/denials/world";
import { DomainError } from "@/lib/errors";
import type { z } from "zod";

export type DenialAttempt = {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  rootCause: string;
  resolution: DenialWork["resolution"];
  writeOffReason: string | null;
  appealLetter: string | null;
  payerAnswer: PayerAnswer;
  grade: DenialWorkGrade;
  score: number;
  createdAt: Date;
};

/** What happened when the learner sent their work: graded and stored, or stopped by the scrubber (nothing graded). */
export type DenialWorkResult = { kind: "graded"; attempt: DenialAttempt } | { kind: "blocked"; scrub: ScrubResult };

type Row = {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  rootCause: string;
  resolution: string;
  writeOffReason: string | null;
  appealLetter: string | null;
  payerAnswer: unknown;
  grade: unknown;
  score: number;
  createdAt: Date;
};
const toAttempt = (row: Row): DenialAttempt => ({
  ...row,
  resolution: row.resolution as DenialWork["resolution"],
  payerAnswer: payerAnswerFromStored(row.payerAnswer),
  grade: denialGradeFromStored(row.grade, { score: row.score }),
});

export function scenarioOrNotFound(claimNumber: string): DenialScenario {
  const scenario = findScenarioByClaim(claimNumber);
  if (!scenario) throw new DomainError("NOT_FOUND", "That claim is not on your worklist.");
  return scenario;
}

/** The editor's answer as a correction of the scenario's claim (service dates kept from the original lines). */
export function toCorrection(scenario: DenialScenario, input: z.output<typeof ClaimCorrectionInputSchema>): ClaimCorrection {
  const serviceDate = scenario.claim.lines[0]!.serviceDate;
  return {
    diagnoses: input.answer.diagnoses.map((diagnosis) => diagnosis.code),
    lines: input.answer.procedures.map((line) => ({ code: line.code, modifiers: line.modifiers, units: line.units, pointers: line.pointers, serviceDate })),
    memberId: input.memberId,
    renderingNpi: input.renderingNpi,
    placeOfService: input.placeOfService,
    priorAuthorization: input.priorAuthorization,
  };
}

/** Runs the scrubber on a corrected claim without sending it. */
export async function scrubDenialCorrection(db: Database, claimNumber: string, input: z.output<typeof ClaimCorrectionInputSchema>): Promise<ScrubResult> {
  const scenario = scenarioOrNotFound(claimNumber);
  const correction = toCorrection(scenario, input);
  const world = await claimsWorldFor(db, scenarioCodes(scenario, { diagnoses: correction.diagnoses, procedures: correction.lines.map((line) => line.code) }));
  const original = initialRemittance(scenario, world);
  return scrubCorrection(scenario, world, applyCorrection(scenario, world, correction, "corrected-claim", original));
}

/**
 * Sends the learner's denial work to the simulated payer, grades it and stores the attempt in one transaction.
 * A claim stopped by the scrubber is recorded as a submission that was not clean, and nothing is graded. The same
 * idempotency key twice returns the first result and records nothing more.
 */
export async function submitDenialWork(
  db: Database,
  userId: string,
  input: z.output<typeof SubmitDenialWorkSchema>,
  now = new Date(),
): Promise<DenialWorkResult> {
  const scenario = scenarioOrNotFound(input.claimNumber);
  if (!scenario.rootCause.options.some((option) => option.id === input.rootCause))
    throw new DomainError("INVALID", "Choose one of the root causes listed.", { fieldErrors: { rootCause: ["Choose one of the root causes listed."] } });
  const unknownPassage = input.appeal?.attachments.find((ref) => {
    const document = scenario.chart.find((candidate) => candidate.id === ref.documentId);
    return !document || ref.passage >= passagesOf(document).length;
  });
  if (unknownPassage)
    throw new DomainError("INVALID", "Attach passages from this claim's own chart documents.", {
      fieldErrors: { appeal: ["Attach passages from this claim's own chart documents."] },
    });
  const correction = input.correction ? toCorrection(scenario, input.correction) : undefined;
  const work: DenialWork = {
    rootCause: input.rootCause,
    resolution: input.resolution,
    writeOffReason: input.writeOffReason,
    correction,
    appeal: input.appeal ? { filedOn: scenario.workedOn, letter: input.appeal.letter, attachments: input.appeal.attachments } : undefined,
  };
  const world = await claimsWorldFor(db, scenarioCodes(scenario, { diagnoses: correction?.diagnoses, procedures: correction?.lines.map((line) => line.code) }));
  const original = initialRemittance(scenario, world);
  const answer = sendToPayer(scenario, world, work);
  const sentClaim = answer.kind === "blocked" || answer.kind === "remittance";

  const record = () =>
    db.$transaction(async (tx): Promise<DenialWorkResult> => {
      const previous = await tx.denialAttempt.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } } });
      if (previous) {
        if (previous.scenarioId !== scenario.id) throw new DomainError("CONFLICT", "That submission key was already used for another claim.");
        return { kind: "graded", attempt: toAttempt(previous) };
      }
      const blockedBefore = await tx.claimSubmission.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } } });
      if (answer.kind === "blocked") {
        if (!blockedBefore)
          await tx.claimSubmission.create({
            data: { userId, scenarioId: scenario.id, kind: input.resolution, idempotencyKey: input.idempotencyKey, clean: false, paid: false, createdAt: now },
          });
        return { kind: "blocked", scrub: answer.scrub };
      }
      if (blockedBefore) throw new DomainError("CONFLICT", "That submission key was already used; reload the page and try again.");
      const grade = gradeDenialWork(scenario, work, original, answer);
      if (sentClaim) {
        const paid = answer.kind === "remittance" && answer.remittance.lines.every((line) => line.deniedBy === undefined);
        await tx.claimSubmission.create({
          data: { userId, scenarioId: scenario.id, kind: input.resolution, idempotencyKey: input.idempotencyKey, clean: true, paid, createdAt: now },
        });
      }
      const created = await tx.denialAttempt.create({
        data: {
          userId,
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          idempotencyKey: input.idempotencyKey,
          rootCause: input.rootCause,
          resolution: input.resolution,
          writeOffReason: input.writeOffReason ?? null,
          correction: correction ? (correction as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
          appealLetter: input.appeal?.letter ?? null,
          appealAttachments: input.appeal ? (input.appeal.attachments as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
          payerAnswer: answer as unknown as Prisma.InputJsonValue,
          grade: grade as unknown as Prisma.InputJsonValue,
          score: grade.score,
          rootCauseCorrect: grade.rootCauseCorrect,
          resolutionCorrect: grade.resolutionCorrect,
          appealOverturned: grade.appealOverturned,
          recoveredCents: grade.recovered,
          createdAt: now,
        },
      });
      return { kind: "graded", attempt: toAttempt(created) };
    });

  try {
    return await record();
  } catch (error) {
    // Two sends with the same key racing: the unique index lets one in; the other reads its result.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return record();
    throw error;
  }
}

const attemptSelect = {
  id: true,
  scenarioId: true,
  scenarioVersion: true,
  rootCause: true,
  resolution: true,
  writeOffReason: true,
  appealLetter: true,
  payerAnswer: true,
  grade: true,
  score: true,
  createdAt: true,
} as const;

/** The learner's attempts at one claim, newest first. */
export async function listDenialAttempts(db: Database, userId: string, scenarioId: string): Promise<DenialAttempt[]> {
  const rows = await db.denialAttempt.findMany({ where: { userId, scenarioId }, orderBy: { createdAt: "desc" }, select: attemptSelect });
  return rows.map(toAttempt);
}

/** One of the learner's own attempts; another learner's is "not found". */
export async function getDenialAttempt(db: Database, userId: string, attemptId: string): Promise<DenialAttempt> {
  const row = await db.denialAttempt.findFirst({ where: { id: attemptId, userId }, select: attemptSelect });
  if (!row) throw new DomainError("NOT_FOUND", "That attempt does not exist.");
  return toAttempt(row);
}
