import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { findCase } from "@/lib/practice/case-catalog";
import type { DisputeSchema } from "@/lib/practice/schemas";

export type DisputeStatus = "OPEN" | "ACCEPTED" | "REJECTED";

/**
 * Records a learner's objection to one line of the current version of a case's key. One dispute per
 * learner, line and case version; an attempt it refers to must be the learner's own.
 */
export async function disputeKeyLine(db: Database, userId: string, input: z.output<typeof DisputeSchema>) {
  const chartCase = findCase(input.caseId);
  if (!chartCase) throw new DomainError("NOT_FOUND", "That case does not exist.");
  const lines = [...chartCase.key.diagnoses, ...chartCase.key.procedures];
  if (!lines.some((line) => line.id === input.keyLineId)) throw new DomainError("INVALID", "That line is not in this case's answer key.");
  if (input.attemptId) {
    const attempt = await db.codingAttempt.findFirst({ where: { id: input.attemptId, userId, caseId: chartCase.id }, select: { id: true } });
    if (!attempt) throw new DomainError("NOT_FOUND", "That attempt does not exist.");
  }
  try {
    return await db.keyDispute.create({
      data: { userId, caseId: chartCase.id, caseVersion: chartCase.version, keyLineId: input.keyLineId, note: input.note, attemptId: input.attemptId ?? null },
      select: { id: true, createdAt: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", "You have already disputed this line of this version of the key. An editor will review it.");
    }
    throw error;
  }
}

/** Key lines of a case the learner has already disputed (current version), so the page can say so. */
export async function disputedLineIds(db: Database, userId: string, caseId: string): Promise<string[]> {
  const chartCase = findCase(caseId);
  if (!chartCase) return [];
  const rows = await db.keyDispute.findMany({ where: { userId, caseId: chartCase.id, caseVersion: chartCase.version }, select: { keyLineId: true } });
  return rows.map((row) => row.keyLineId);
}
