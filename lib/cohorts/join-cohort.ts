import { canJoinCohort, type Actor } from "@/lib/auth/policy";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { formatJoinCode, isWellFormedJoinCode, normaliseJoinCode } from "@/lib/cohorts/join-code";

export const JOIN_FAILURES_ALLOWED = 10;
export const JOIN_WINDOW_SECONDS = 15 * 60;

/** Seconds before this user may try another code, or 0: at most 10 failed codes in any 15 minutes. */
export async function secondsUntilJoinAllowed(db: Database, userId: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - JOIN_WINDOW_SECONDS * 1000);
  const failures = await db.cohortJoinFailure.findMany({
    where: { userId, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: JOIN_FAILURES_ALLOWED,
    select: { createdAt: true },
  });
  if (failures.length < JOIN_FAILURES_ALLOWED) return 0;
  return Math.max(1, Math.ceil((failures.at(-1)!.createdAt.getTime() + JOIN_WINDOW_SECONDS * 1000 - now.getTime()) / 1000));
}

async function refuse(db: Database, userId: string, now: Date, message: string): Promise<never> {
  await db.$transaction([
    db.cohortJoinFailure.create({ data: { userId, createdAt: now } }),
    db.cohortJoinFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } }),
  ]);
  throw new DomainError("INVALID", message, { fieldErrors: { code: [message] } });
}

export type JoinPreview =
  { status: "ok" | "expired"; code: string; cohortName: string; instructorName: string | null } | { status: "unknown" | "rate-limited" };

/**
 * What a join link shows before the learner confirms: the cohort's name, or why the code does not work. A link
 * that opens nothing counts toward the same rate limit as a typed code, so links cannot be used to guess codes.
 */
export async function previewJoinCode(db: Database, userId: string, rawCode: string, now = new Date()): Promise<JoinPreview> {
  if ((await secondsUntilJoinAllowed(db, userId, now)) > 0) return { status: "rate-limited" };
  const code = normaliseJoinCode(rawCode);
  const row = isWellFormedJoinCode(code)
    ? await db.cohortJoinCode.findUnique({
        where: { code },
        select: { expiresAt: true, revokedAt: true, cohort: { select: { name: true, archivedAt: true, owner: { select: { name: true } } } } },
      })
    : null;
  if (!row || row.revokedAt || row.cohort.archivedAt) {
    await db.cohortJoinFailure.create({ data: { userId, createdAt: now } });
    return { status: "unknown" };
  }
  return {
    status: row.expiresAt.getTime() <= now.getTime() ? "expired" : "ok",
    code: formatJoinCode(code),
    cohortName: row.cohort.name,
    instructorName: row.cohort.owner.name,
  };
}

/**
 * Puts a learner in the cohort a code belongs to, in one transaction. A code that is unknown, expired, revoked or
 * for an archived cohort is refused and counted toward the rate limit. Joining twice changes nothing. A learner the
 * instructor removed can come back only with a code issued after the removal.
 */
export async function joinCohort(db: Database, actor: Actor, rawCode: string, now = new Date()) {
  if (!canJoinCohort(actor)) throw new DomainError("FORBIDDEN", "Only learner accounts join cohorts; instructors create them.");
  const wait = await secondsUntilJoinAllowed(db, actor.id, now);
  if (wait > 0)
    throw new DomainError("RATE_LIMITED", `Too many codes that did not work. Try again in ${Math.ceil(wait / 60)} minutes.`, { retryAfterSeconds: wait });

  const code = normaliseJoinCode(rawCode);
  if (!isWellFormedJoinCode(code))
    return refuse(db, actor.id, now, "That is not a Chartwise join code. It has 20 letters and digits, like ABCD-EFGH-JKMN-PQRS-TVWX.");
  const row = await db.cohortJoinCode.findUnique({
    where: { code },
    select: {
      id: true,
      cohortId: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      cohort: { select: { name: true, archivedAt: true, ownerId: true } },
    },
  });
  if (!row || row.revokedAt || row.cohort.archivedAt)
    return refuse(db, actor.id, now, "That code does not open any cohort. Check it with your instructor; they may have replaced it.");
  if (row.expiresAt.getTime() <= now.getTime()) return refuse(db, actor.id, now, "That code has expired. Ask your instructor for a new one.");
  if (row.cohort.ownerId === actor.id) throw new DomainError("CONFLICT", "You teach this cohort.");

  const join = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: row.cohortId, userId: actor.id } } });
      if (existing && !existing.removedAt) return { cohortId: row.cohortId, name: row.cohort.name, alreadyMember: true };
      if (existing?.removedAt && row.createdAt.getTime() <= existing.removedAt.getTime()) {
        throw new DomainError("FORBIDDEN", "Your instructor removed you from this cohort. Ask them for a new invitation if that was a mistake.");
      }
      if (existing) await tx.cohortMember.update({ where: { id: existing.id }, data: { removedAt: null, joinedAt: now } });
      else await tx.cohortMember.create({ data: { cohortId: row.cohortId, userId: actor.id, joinedAt: now } });
      await tx.cohortJoinCode.update({ where: { id: row.id }, data: { uses: { increment: 1 } } });
      await tx.auditEvent.create({ data: { actorId: actor.id, action: "cohort.join", targetId: row.cohortId } });
      return { cohortId: row.cohortId, name: row.cohort.name, alreadyMember: false };
    });
  try {
    return await join();
  } catch (error) {
    // Two joins racing (a double click): the unique index lets one in; the other finds the membership.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return join();
    throw error;
  }
}
