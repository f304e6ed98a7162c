import type { Database } from "@/lib/db/client";
import { resolveItem, type ResolvedItem } from "@/lib/cohorts/assignable-items";
import { countsFrom, scoreAssignment, scoreItem, type AssignmentCell, type WorkAttempt } from "@/lib/cohorts/gradebook";
import type { AssignmentItemKind } from "@/lib/cohorts/schemas";
import { denialWorkFor, workdayWorkFor } from "@/lib/cohorts/scenario-work";

export type CohortAssignment = { id: string; title: string; instructions: string | null; opensAt: Date; dueAt: Date; items: ResolvedItem[] };

/** A cohort's assignments, soonest due first, each item resolved against the content that exists now. */
export async function loadAssignments(db: Database, cohortId: string | string[]): Promise<Array<CohortAssignment & { cohortId: string }>> {
  const rows = await db.assignment.findMany({
    where: { cohortId: Array.isArray(cohortId) ? { in: cohortId } : cohortId },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      cohortId: true,
      title: true,
      instructions: true,
      opensAt: true,
      dueAt: true,
      items: { orderBy: { position: "asc" }, select: { kind: true, ref: true } },
    },
  });
  return rows.map((row) => ({ ...row, items: row.items.map((item) => resolveItem(item.kind, item.ref)) }));
}

export type Member = { userId: string; joinedAt: Date };

/**
 * Every member's cell on every assignment. Only work done after the member joined and after the assignment
 * opened counts (a workday only when the whole day was); work after the due date counts and is marked late.
 */
export async function loadCells(db: Database, members: Member[], assignments: CohortAssignment[]): Promise<Map<string, Map<string, AssignmentCell>>> {
  const userIds = members.map((member) => member.userId);
  const refsOf = (kind: AssignmentItemKind) => [
    ...new Set(assignments.flatMap((assignment) => assignment.items.filter((item) => item.kind === kind).map((item) => item.ref))),
  ];
  const caseIds = refsOf("CHART_CASE");
  const lessonSlugs = refsOf("GUIDE_LESSON");
  const earliest = new Date(Math.min(...members.map((member) => member.joinedAt.getTime()), Date.now()));
  const [charts, checks, denials, days] = await Promise.all([
    userIds.length && caseIds.length
      ? db.codingAttempt.findMany({
          where: { userId: { in: userIds }, caseId: { in: caseIds }, createdAt: { gte: earliest } },
          select: { id: true, userId: true, caseId: true, score: true, durationSeconds: true, createdAt: true },
        })
      : [],
    userIds.length && lessonSlugs.length
      ? db.quizAttempt.findMany({
          where: { userId: { in: userIds }, lessonSlug: { in: lessonSlugs }, createdAt: { gte: earliest } },
          select: { id: true, userId: true, lessonSlug: true, score: true, passed: true, createdAt: true },
        })
      : [],
    denialWorkFor(db, userIds, refsOf("DENIAL_SCENARIO"), earliest),
    workdayWorkFor(db, userIds, refsOf("WORKDAY_SCENARIO"), earliest),
  ]);
  const work = new Map<string, WorkAttempt[]>();
  const add = (key: string, attempt: WorkAttempt) => (work.get(key) ?? work.set(key, []).get(key)!).push(attempt);
  for (const row of charts)
    add(`${row.userId}|CHART_CASE|${row.caseId}`, {
      id: row.id,
      score: row.score,
      createdAt: row.createdAt,
      durationSeconds: row.durationSeconds,
      passed: true,
    });
  for (const row of checks)
    add(`${row.userId}|GUIDE_LESSON|${row.lessonSlug}`, { id: row.id, score: row.score, createdAt: row.createdAt, durationSeconds: null, passed: row.passed });
  for (const row of denials) add(`${row.userId}|DENIAL_SCENARIO|${row.ref}`, row.attempt);
  for (const row of days) add(`${row.userId}|WORKDAY_SCENARIO|${row.ref}`, row.attempt);

  const cells = new Map<string, Map<string, AssignmentCell>>();
  for (const member of members) {
    const byAssignment = new Map<string, AssignmentCell>();
    for (const assignment of assignments) {
      const from = new Date(Math.max(member.joinedAt.getTime(), assignment.opensAt.getTime()));
      const items = assignment.items.map((item) => {
        const attempts = (work.get(`${member.userId}|${item.kind}|${item.ref}`) ?? []).filter((attempt) => countsFrom(attempt, from));
        return scoreItem(item, attempts, assignment.dueAt);
      });
      byAssignment.set(assignment.id, scoreAssignment(items));
    }
    cells.set(member.userId, byAssignment);
  }
  return cells;
}
