import type { Actor } from "@/lib/auth/policy";
import type { Database } from "@/lib/db/client";
import { activeMembers, getManagedCohort } from "@/lib/cohorts/cohort-access";
import { loadAssignments, loadCells, type CohortAssignment } from "@/lib/cohorts/cohort-work";
import { assignmentSummary, learnerStanding, type AssignmentCell, type LearnerStanding } from "@/lib/cohorts/gradebook";
import { gradebookCsv } from "@/lib/cohorts/gradebook-csv";

export type GradebookRow = { learnerId: string; name: string | null; email: string; joinedAt: Date; cells: AssignmentCell[]; standing: LearnerStanding };
export type Gradebook = {
  cohort: { id: string; name: string; archivedAt: Date | null };
  assignments: Array<CohortAssignment & { summary: ReturnType<typeof assignmentSummary> }>;
  rows: GradebookRow[];
};

/** Learners × assignments for a cohort the actor manages: only active members, only work since they joined. */
export async function loadGradebook(db: Database, actor: Actor, cohortId: string, now = new Date()): Promise<Gradebook> {
  const cohort = await getManagedCohort(db, actor, cohortId);
  const [members, assignments] = await Promise.all([activeMembers(db, cohortId), loadAssignments(db, cohortId)]);
  const cells = await loadCells(db, members, assignments);
  const rows = members.map((member) => {
    const memberCells = assignments.map((assignment) => cells.get(member.userId)!.get(assignment.id)!);
    return {
      learnerId: member.userId,
      name: member.user.name,
      email: member.user.email,
      joinedAt: member.joinedAt,
      cells: memberCells,
      standing: learnerStanding(
        assignments.map((assignment, index) => ({ dueAt: assignment.dueAt, cell: memberCells[index]! })),
        now,
      ),
    };
  });
  return {
    cohort: { id: cohort.id, name: cohort.name, archivedAt: cohort.archivedAt },
    assignments: assignments.map((assignment, index) => ({ ...assignment, summary: assignmentSummary(rows.map((row) => row.cells[index]!)) })),
    rows,
  };
}

export function gradebookToCsv(gradebook: Gradebook): string {
  return gradebookCsv({
    assignments: gradebook.assignments,
    learners: gradebook.rows.map((row) => ({
      name: row.name,
      email: row.email,
      scores: row.cells.map((cell) => cell.score),
      late: row.cells.map((cell) => cell.late),
      average: row.standing.average,
    })),
  });
}
