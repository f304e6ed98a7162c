import type { Actor } from "@/lib/auth/policy";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { ITEM_CATALOGUES, itemExists } from "@/lib/cohorts/assignable-items";
import { getManagedCohort, getWritableCohort } from "@/lib/cohorts/cohort-access";
import type { CreateAssignmentInput } from "@/lib/cohorts/schemas";

/** Sets work for a cohort: one item or a set, in the order chosen, all in one transaction. */
export async function createAssignment(db: Database, actor: Actor, input: CreateAssignmentInput) {
  await getWritableCohort(db, actor, input.cohortId);
  const unknown = input.items.filter((item) => !itemExists(item.kind, item.ref));
  if (unknown.length) {
    const names = unknown.map((item) => `${ITEM_CATALOGUES[item.kind].label} "${item.ref}"`).join(", ");
    throw new DomainError("INVALID", `Not available to assign yet: ${names}.`, { fieldErrors: { items: [`Not available yet: ${names}.`] } });
  }
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.create({
      data: {
        cohortId: input.cohortId,
        title: input.title,
        instructions: input.instructions ?? null,
        opensAt: input.opensAt,
        dueAt: input.dueAt,
        items: { create: input.items.map((item, position) => ({ kind: item.kind, ref: item.ref, position })) },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "assignment.create", targetId: assignment.id, detail: { cohortId: input.cohortId, items: input.items.length } },
    });
    return assignment;
  });
}

/** Withdraws an assignment. The learners' attempts stay theirs; only the assignment goes. */
export async function deleteAssignment(db: Database, actor: Actor, cohortId: string, assignmentId: string) {
  await getManagedCohort(db, actor, cohortId);
  await db.$transaction(async (tx) => {
    const deleted = await tx.assignment.deleteMany({ where: { id: assignmentId, cohortId } });
    if (deleted.count === 0) throw new DomainError("NOT_FOUND", "That assignment does not exist.");
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "assignment.delete", targetId: assignmentId, detail: { cohortId } } });
  });
}
