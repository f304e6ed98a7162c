import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { loadAssignments, loadCells, type CohortAssignment } from "@/lib/cohorts/cohort-work";
import type { AssignmentCell } from "@/lib/cohorts/gradebook";

export type AssignmentState = "upcoming" | "open" | "overdue" | "done" | "done-late";
export type LearnerAssignment = CohortAssignment & { cohortId: string; cohortName: string; cell: AssignmentCell; state: AssignmentState };

function stateOf(assignment: CohortAssignment, cell: AssignmentCell, now: Date): AssignmentState {
  if (assignment.opensAt.getTime() > now.getTime()) return "upcoming";
  if (cell.complete) return cell.late ? "done-late" : "done";
  return assignment.dueAt.getTime() < now.getTime() ? "overdue" : "open";
}

/** The cohorts the learner belongs to now (never one they were removed from), newest first. */
export async function listLearnerCohorts(db: Database, userId: string) {
  const rows = await db.cohortMember.findMany({
    where: { userId, removedAt: null },
    orderBy: { joinedAt: "desc" },
    select: { joinedAt: true, cohort: { select: { id: true, name: true, startsOn: true, endsOn: true, archivedAt: true, owner: { select: { name: true } } } } },
  });
  return rows.map((row) => ({ ...row.cohort, instructorName: row.cohort.owner.name, joinedAt: row.joinedAt }));
}

async function assignmentsFor(
  db: Database,
  userId: string,
  memberships: Array<{ id: string; name: string; joinedAt: Date }>,
  now: Date,
): Promise<LearnerAssignment[]> {
  if (!memberships.length) return [];
  const assignments = await loadAssignments(
    db,
    memberships.map((membership) => membership.id),
  );
  const result: LearnerAssignment[] = [];
  for (const membership of memberships) {
    const mine = assignments.filter((assignment) => assignment.cohortId === membership.id);
    const cells = (await loadCells(db, [{ userId, joinedAt: membership.joinedAt }], mine)).get(userId)!;
    for (const assignment of mine) {
      const cell = cells.get(assignment.id)!;
      result.push({ ...assignment, cohortName: membership.name, cell, state: stateOf(assignment, cell, now) });
    }
  }
  return result;
}

/** One of the learner's own cohorts with their assignments and standing on each; any other cohort is "not found". */
export async function getLearnerCohort(db: Database, userId: string, cohortId: string, now = new Date()) {
  const cohort = (await listLearnerCohorts(db, userId)).find((candidate) => candidate.id === cohortId);
  if (!cohort) throw new DomainError("NOT_FOUND", "That cohort does not exist.");
  return { cohort, assignments: await assignmentsFor(db, userId, [cohort], now) };
}

const ORDER: Record<AssignmentState, number> = { overdue: 0, open: 1, upcoming: 2, "done-late": 3, done: 3 };

/** What the learner has to do across live cohorts: overdue first, then open by due date, then the next to open. */
export async function loadDueWork(db: Database, userId: string, now = new Date()) {
  const cohorts = (await listLearnerCohorts(db, userId)).filter((cohort) => !cohort.archivedAt);
  const assignments = await assignmentsFor(db, userId, cohorts, now);
  const todo = assignments
    .filter(
      (assignment) =>
        assignment.state === "overdue" ||
        assignment.state === "open" ||
        (assignment.state === "upcoming" && assignment.opensAt.getTime() - now.getTime() < 7 * 86_400_000),
    )
    .sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.dueAt.getTime() - b.dueAt.getTime());
  return { cohorts, todo };
}
