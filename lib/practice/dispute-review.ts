import type { z } from "zod";
import { canReviewDisputes, type Actor } from "@/lib/auth/policy";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { teachesLearnerAt } from "@/lib/cohorts/cohort-access";
import { diagnosisStatus, procedureStatus } from "@/lib/coding/key-policy";
import type { KeyLineStatus } from "@/lib/content/schemas";
import { findCase } from "@/lib/practice/case-catalog";
import type { DisputeStatus } from "@/lib/practice/disputes";
import type { MissingLineDisputeSchema, ReviewDisputeSchema } from "@/lib/practice/dispute-schemas";

/** The keyLineId a missing-line dispute is stored under: one per learner, case version and proposed code. */
export const missingLineId = (code: string) => `+${code}`;

/**
 * Records a learner's argument that the key lacks a code. Refused when the key already has the code (as a line
 * or an accepted alternate): that line can be disputed instead.
 */
export async function disputeMissingLine(db: Database, userId: string, input: z.output<typeof MissingLineDisputeSchema>) {
  const chartCase = findCase(input.caseId);
  if (!chartCase) throw new DomainError("NOT_FOUND", "That case does not exist.");
  const inKey = [...chartCase.key.diagnoses, ...chartCase.key.procedures].find(
    (line) => line.code === input.code || line.alternates.some((alternate) => (typeof alternate === "string" ? alternate : alternate.code) === input.code),
  );
  if (inKey)
    throw new DomainError("INVALID", `The key already has ${input.code} (line ${inKey.id}); dispute that line instead.`, {
      fieldErrors: { code: [`Already in the key as line ${inKey.id}.`] },
    });
  if (input.attemptId) {
    const attempt = await db.codingAttempt.findFirst({ where: { id: input.attemptId, userId, caseId: input.caseId }, select: { id: true } });
    if (!attempt) throw new DomainError("NOT_FOUND", "That attempt does not exist.");
  }
  try {
    return await db.keyDispute.create({
      data: {
        userId,
        caseId: chartCase.id,
        caseVersion: chartCase.version,
        keyLineId: missingLineId(input.code),
        kind: "MISSING_LINE",
        missingCode: input.code,
        note: input.note,
        attemptId: input.attemptId ?? null,
      },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", `You have already argued for ${input.code} on this version of the key.`);
    }
    throw error;
  }
}

export type DisputeReplyView = { status: DisputeStatus; body: string; createdAt: Date; authorName: string | null; seenAt: Date | null };
export type ReviewableDispute = {
  id: string;
  caseId: string;
  caseTitle: string;
  caseVersion: number;
  currentVersion: number | null;
  kind: "KEY_LINE" | "MISSING_LINE";
  keyLineId: string;
  /** The key line's code in the version disputed, or the code argued for. */
  code: string | null;
  /** How the grader treats the disputed line in that version (required, optional or alternate); null for a missing line. */
  lineStatus: KeyLineStatus | null;
  note: string;
  status: DisputeStatus;
  learnerName: string | null;
  learnerEmail: string;
  createdAt: Date;
  replies: DisputeReplyView[];
};

const disputeInclude = {
  user: { select: { name: true, email: true } },
  replies: { orderBy: { createdAt: "asc" }, select: { status: true, body: true, createdAt: true, seenAt: true, author: { select: { name: true } } } },
} as const;

type DisputeRow = Prisma.KeyDisputeGetPayload<{ include: typeof disputeInclude }>;

function toView(row: DisputeRow): ReviewableDispute {
  const chartCase = findCase(row.caseId);
  const diagnosis = chartCase?.key.diagnoses.find((candidate) => candidate.id === row.keyLineId);
  const procedure = chartCase?.key.procedures.find((candidate) => candidate.id === row.keyLineId);
  const line = diagnosis ?? procedure;
  const sameVersion = line !== undefined && chartCase?.version === row.caseVersion;
  const lineStatus =
    !sameVersion || row.kind === "MISSING_LINE" ? null : diagnosis ? diagnosisStatus(diagnosis, chartCase?.payer) : procedureStatus(procedure!);
  return {
    id: row.id,
    caseId: row.caseId,
    caseTitle: chartCase?.title ?? row.caseId,
    caseVersion: row.caseVersion,
    currentVersion: chartCase?.version ?? null,
    kind: row.kind,
    keyLineId: row.keyLineId,
    code: row.kind === "MISSING_LINE" ? row.missingCode : sameVersion ? line.code : null,
    lineStatus,
    note: row.note,
    status: row.status,
    learnerName: row.user.name,
    learnerEmail: row.user.email,
    createdAt: row.createdAt,
    replies: row.replies.map((reply) => ({
      status: reply.status,
      body: reply.body,
      createdAt: reply.createdAt,
      seenAt: reply.seenAt,
      authorName: reply.author?.name ?? null,
    })),
  };
}

/**
 * The disputes the actor may review: every dispute for an admin; for an instructor, those raised by active
 * members of their cohorts after joining. Anyone else gets none.
 */
export async function listReviewableDisputes(db: Database, actor: Actor, filter: { status?: DisputeStatus } = {}): Promise<ReviewableDispute[]> {
  const status = filter.status ? { status: filter.status } : {};
  if (canReviewDisputes(actor)) {
    const rows = await db.keyDispute.findMany({ where: status, orderBy: { createdAt: "desc" }, take: 500, include: disputeInclude });
    return rows.map(toView);
  }
  if (actor.role !== "INSTRUCTOR") return [];
  const members = await db.cohortMember.findMany({ where: { removedAt: null, cohort: { ownerId: actor.id } }, select: { userId: true, joinedAt: true } });
  if (!members.length) return [];
  const rows = await db.keyDispute.findMany({
    where: { ...status, OR: members.map((member) => ({ userId: member.userId, createdAt: { gte: member.joinedAt } })) },
    orderBy: { createdAt: "desc" },
    take: 500,
    include: disputeInclude,
  });
  return rows.map(toView);
}

export type DisputeGroup = {
  caseId: string;
  caseTitle: string;
  keyLineId: string;
  code: string | null;
  kind: ReviewableDispute["kind"];
  lineStatus: KeyLineStatus | null;
  open: number;
  disputes: ReviewableDispute[];
};

/** Disputes grouped by case and line, the most disputed (then most open) first, so repeated complaints stand out. */
export function groupDisputesByLine(disputes: ReviewableDispute[]): DisputeGroup[] {
  const groups = new Map<string, DisputeGroup>();
  for (const dispute of disputes) {
    const key = `${dispute.caseId}|${dispute.keyLineId}`;
    const group = groups.get(key) ?? {
      caseId: dispute.caseId,
      caseTitle: dispute.caseTitle,
      keyLineId: dispute.keyLineId,
      code: dispute.code,
      kind: dispute.kind,
      lineStatus: dispute.lineStatus,
      open: 0,
      disputes: [],
    };
    group.disputes.push(dispute);
    group.code ??= dispute.code;
    group.lineStatus ??= dispute.lineStatus;
    if (dispute.status === "OPEN") group.open += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.disputes.length - a.disputes.length || b.open - a.open || a.caseTitle.localeCompare(b.caseTitle) || a.keyLineId.localeCompare(b.keyLineId),
  );
}

/**
 * A reviewer's decision with a written reply, in one transaction with the audit entry. The reviewer must be an
 * admin or the learner's instructor; to anyone else the dispute does not exist.
 */
export async function reviewDispute(db: Database, actor: Actor, input: z.output<typeof ReviewDisputeSchema>, now = new Date()) {
  const dispute = await db.keyDispute.findUnique({
    where: { id: input.disputeId },
    select: { id: true, userId: true, createdAt: true, caseId: true, keyLineId: true },
  });
  const teachesLearner = dispute !== null && actor.role === "INSTRUCTOR" && (await teachesLearnerAt(db, actor.id, dispute.userId, dispute.createdAt));
  if (!dispute || !canReviewDisputes(actor, { teachesLearner })) throw new DomainError("NOT_FOUND", "That dispute does not exist.");
  await db.$transaction(async (tx) => {
    await tx.keyDispute.update({ where: { id: dispute.id }, data: { status: input.status } });
    await tx.disputeReply.create({ data: { disputeId: dispute.id, authorId: actor.id, status: input.status, body: input.reply, createdAt: now } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "dispute.review",
        targetId: dispute.id,
        detail: { status: input.status, caseId: dispute.caseId, keyLineId: dispute.keyLineId },
      },
    });
  });
}

/** The learner's own disputes on a case (every version), newest first, with the replies. */
export async function listLearnerCaseDisputes(db: Database, userId: string, caseId: string): Promise<ReviewableDispute[]> {
  const rows = await db.keyDispute.findMany({ where: { userId, caseId }, orderBy: { createdAt: "desc" }, include: disputeInclude });
  return rows.map(toView);
}

/** Marks the replies on the learner's disputes about a case as read. Only their own. */
export async function markRepliesSeen(db: Database, userId: string, caseId: string, now = new Date()) {
  await db.disputeReply.updateMany({ where: { seenAt: null, dispute: { userId, caseId } }, data: { seenAt: now } });
}

/** Replies the learner has not read yet, newest first, for the notice on /progress. */
export async function listUnseenReplies(db: Database, userId: string) {
  const rows = await db.disputeReply.findMany({
    where: { seenAt: null, dispute: { userId } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      id: true,
      status: true,
      body: true,
      createdAt: true,
      dispute: { select: { caseId: true, keyLineId: true, missingCode: true, kind: true, attemptId: true } },
    },
  });
  return rows.map((row) => ({ ...row, caseTitle: findCase(row.dispute.caseId)?.title ?? row.dispute.caseId }));
}
