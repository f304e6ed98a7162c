import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { canReviewDisputes, type Actor } from "@/lib/auth/policy";
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

export type DisputeListItem = {
  id: string;
  caseId: string;
  caseTitle: string;
  caseVersion: number;
  currentVersion: number | null;
  keyLineId: string;
  keyLineCode: string | null;
  note: string;
  status: DisputeStatus;
  learnerEmail: string;
  createdAt: Date;
};

/** Disputes for reviewers, newest first, with the case version each was raised against. Callers authorise. */
export async function listDisputes(db: Database, filter: { status?: DisputeStatus } = {}): Promise<DisputeListItem[]> {
  const rows = await db.keyDispute.findMany({
    where: filter.status ? { status: filter.status } : {},
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { user: { select: { email: true } } },
  });
  return rows.map((row) => {
    const chartCase = findCase(row.caseId);
    const line = chartCase && [...chartCase.key.diagnoses, ...chartCase.key.procedures].find((candidate) => candidate.id === row.keyLineId);
    return {
      id: row.id,
      caseId: row.caseId,
      caseTitle: chartCase?.title ?? row.caseId,
      caseVersion: row.caseVersion,
      currentVersion: chartCase?.version ?? null,
      keyLineId: row.keyLineId,
      keyLineCode: line && chartCase?.version === row.caseVersion ? line.code : null,
      note: row.note,
      status: row.status,
      learnerEmail: row.user.email,
      createdAt: row.createdAt,
    };
  });
}

/** A reviewer's decision on a dispute, recorded in the audit log. Actions check canReviewDisputes; so does this. */
export async function setDisputeStatus(db: Database, actor: Actor, disputeId: string, status: DisputeStatus): Promise<void> {
  if (!canReviewDisputes(actor)) throw new DomainError("FORBIDDEN", "Only admins can review disputes.");
  const actorId = actor.id;
  await db.$transaction(async (tx) => {
    const updated = await tx.keyDispute.updateMany({ where: { id: disputeId }, data: { status } });
    if (updated.count === 0) throw new DomainError("NOT_FOUND", "That dispute does not exist.");
    await tx.auditEvent.create({ data: { actorId, action: "dispute.status", targetId: disputeId, detail: { status } } });
  });
}
