import type { z } from "zod";
import { canTeach, type Actor } from "@/lib/auth/policy";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getManagedCohort, getWritableCohort } from "@/lib/cohorts/cohort-access";
import { generateJoinCode } from "@/lib/cohorts/join-code";
import type { CreateCohortSchema } from "@/lib/cohorts/schemas";

const DAY_MS = 86_400_000;
export const DEFAULT_CODE_DAYS = 14;

function requireTeacher(actor: Actor) {
  if (!canTeach(actor)) throw new DomainError("FORBIDDEN", "Only instructors can manage cohorts.");
}

async function audit(tx: Prisma.TransactionClient, actorId: string, action: string, targetId: string, detail?: Prisma.InputJsonValue) {
  await tx.auditEvent.create({ data: { actorId, action, targetId, detail } });
}

/** A new cohort owned by the instructor, with a join code valid for two weeks, in one transaction. */
export async function createCohort(db: Database, actor: Actor, input: z.output<typeof CreateCohortSchema>, now = new Date()) {
  requireTeacher(actor);
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.create({
      data: { ownerId: actor.id, name: input.name, startsOn: new Date(`${input.startsOn}T00:00:00Z`), endsOn: new Date(`${input.endsOn}T00:00:00Z`) },
      select: { id: true, name: true },
    });
    await tx.cohortJoinCode.create({
      data: { cohortId: cohort.id, code: generateJoinCode(), expiresAt: new Date(now.getTime() + DEFAULT_CODE_DAYS * DAY_MS) },
    });
    await audit(tx, actor.id, "cohort.create", cohort.id, { name: input.name });
    return cohort;
  });
}

/** Replaces the cohort's join code: every earlier code stops working at once. */
export async function issueJoinCode(db: Database, actor: Actor, cohortId: string, validDays: number, now = new Date()) {
  await getWritableCohort(db, actor, cohortId);
  return db.$transaction(async (tx) => {
    await tx.cohortJoinCode.updateMany({ where: { cohortId, revokedAt: null }, data: { revokedAt: now } });
    const code = await tx.cohortJoinCode.create({
      data: { cohortId, code: generateJoinCode(), expiresAt: new Date(now.getTime() + validDays * DAY_MS), createdAt: now },
    });
    await audit(tx, actor.id, "cohort.code.issue", cohortId, { validDays });
    return code;
  });
}

/** Revokes every live code of the cohort; learners already in it stay. */
export async function revokeJoinCodes(db: Database, actor: Actor, cohortId: string, now = new Date()) {
  await getManagedCohort(db, actor, cohortId);
  await db.$transaction(async (tx) => {
    await tx.cohortJoinCode.updateMany({ where: { cohortId, revokedAt: null }, data: { revokedAt: now } });
    await audit(tx, actor.id, "cohort.code.revoke", cohortId);
  });
}

/** The code learners can use now, if any. */
export async function currentJoinCode(db: Database, cohortId: string, now = new Date()) {
  return db.cohortJoinCode.findFirst({
    where: { cohortId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { code: true, expiresAt: true, uses: true, createdAt: true },
  });
}

/**
 * Takes a learner out of the cohort: the instructor stops seeing them and their work, and they stop seeing the
 * cohort's assignments. They can come back only with a code issued after the removal.
 */
export async function removeLearner(db: Database, actor: Actor, cohortId: string, learnerId: string, now = new Date()) {
  await getManagedCohort(db, actor, cohortId);
  await db.$transaction(async (tx) => {
    const updated = await tx.cohortMember.updateMany({ where: { cohortId, userId: learnerId, removedAt: null }, data: { removedAt: now } });
    if (updated.count === 0) throw new DomainError("NOT_FOUND", "That learner is not in this cohort.");
    await audit(tx, actor.id, "cohort.member.remove", cohortId, { learnerId });
  });
}

/** Archives the cohort: its codes stop working and it becomes read-only. Archiving twice changes nothing. */
export async function archiveCohort(db: Database, actor: Actor, cohortId: string, now = new Date()) {
  const cohort = await getManagedCohort(db, actor, cohortId);
  if (cohort.archivedAt) return;
  await db.$transaction(async (tx) => {
    await tx.cohort.update({ where: { id: cohortId }, data: { archivedAt: now } });
    await tx.cohortJoinCode.updateMany({ where: { cohortId, revokedAt: null }, data: { revokedAt: now } });
    await audit(tx, actor.id, "cohort.archive", cohortId);
  });
}

/** The instructor's own cohorts, live first, with counts for the home page. */
export async function listTaughtCohorts(db: Database, actor: Actor) {
  requireTeacher(actor);
  const rows = await db.cohort.findMany({
    where: { ownerId: actor.id },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { startsOn: "desc" }],
    select: {
      id: true,
      name: true,
      startsOn: true,
      endsOn: true,
      archivedAt: true,
      _count: { select: { members: { where: { removedAt: null } }, assignments: true } },
    },
  });
  return rows.map(({ _count, ...cohort }) => ({ ...cohort, learners: _count.members, assignments: _count.assignments }));
}
