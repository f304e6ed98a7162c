import { canManageCohort, type Actor } from "@/lib/auth/policy";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";

export type ManagedCohort = { id: string; ownerId: string; name: string; startsOn: Date; endsOn: Date; archivedAt: Date | null; createdAt: Date };

/**
 * A cohort the actor may manage (their own, or any for an admin). Anyone else's cohort is "not found", so its
 * existence is never revealed.
 */
export async function getManagedCohort(db: Database, actor: Actor, cohortId: string): Promise<ManagedCohort> {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: { id: true, ownerId: true, name: true, startsOn: true, endsOn: true, archivedAt: true, createdAt: true },
  });
  if (!cohort || !canManageCohort(actor, cohort)) throw new DomainError("NOT_FOUND", "That cohort does not exist.");
  return cohort;
}

/** As getManagedCohort, and refuses changes to an archived cohort. */
export async function getWritableCohort(db: Database, actor: Actor, cohortId: string): Promise<ManagedCohort> {
  const cohort = await getManagedCohort(db, actor, cohortId);
  if (cohort.archivedAt) throw new DomainError("CONFLICT", "This cohort is archived; it can be read but not changed.");
  return cohort;
}

/** The learners an instructor may see in a cohort: active members, each with the moment from which their work shows. */
export async function activeMembers(db: Database, cohortId: string) {
  return db.cohortMember.findMany({
    where: { cohortId, removedAt: null },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    select: { userId: true, joinedAt: true, user: { select: { name: true, email: true } } },
  });
}

/**
 * One learner as the actor may see them in a cohort they manage: an active member, visible from joinedAt on.
 * A removed learner, or a user who never joined, is "not found".
 */
export async function getVisibleLearner(db: Database, actor: Actor, cohortId: string, learnerId: string) {
  const cohort = await getManagedCohort(db, actor, cohortId);
  const member = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId: learnerId } },
    select: { userId: true, joinedAt: true, removedAt: true, user: { select: { name: true, email: true } } },
  });
  if (!member || member.removedAt) throw new DomainError("NOT_FOUND", "That learner is not in this cohort.");
  return { cohort, learner: { id: member.userId, joinedAt: member.joinedAt, name: member.user.name, email: member.user.email } };
}

/**
 * Whether `teacherId` teaches `learnerId` as of `at`: the learner is an active member of a cohort the teacher owns
 * and joined it no later than `at`. The basis of an instructor's right to review a learner's dispute.
 */
export async function teachesLearnerAt(db: Database, teacherId: string, learnerId: string, at: Date): Promise<boolean> {
  const membership = await db.cohortMember.findFirst({
    where: { userId: learnerId, removedAt: null, joinedAt: { lte: at }, cohort: { ownerId: teacherId } },
    select: { id: true },
  });
  return membership !== null;
}
