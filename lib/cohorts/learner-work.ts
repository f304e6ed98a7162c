import type { Actor } from "@/lib/auth/policy";
import { attemptAnswerFromStored, attemptGradeFromStored } from "@/lib/practice/stored-attempt";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getVisibleLearner } from "@/lib/cohorts/cohort-access";
import { loadAssignments, loadCells } from "@/lib/cohorts/cohort-work";
import type { AssignmentItemKind } from "@/lib/cohorts/schemas";
import { listDenialWork, listWorkdayRuns } from "@/lib/cohorts/scenario-work";

async function assignedRefs(db: Database, cohortId: string, kind: AssignmentItemKind): Promise<string[]> {
  const items = await db.assignmentItem.findMany({ where: { kind, assignment: { cohortId } }, select: { ref: true }, distinct: ["ref"] });
  return items.map((item) => item.ref);
}
const assignedCaseIds = (db: Database, cohortId: string) => assignedRefs(db, cohortId, "CHART_CASE");

/**
 * One learner as their instructor sees them: their standing on each assignment, their attempts at the cohort's
 * assigned cases, their graded work on its assigned denial scenarios and their finished days of its assigned
 * workday scenarios, all since they joined (never earlier work, never other practice).
 */
export async function loadLearnerWork(db: Database, actor: Actor, cohortId: string, learnerId: string) {
  const { cohort, learner } = await getVisibleLearner(db, actor, cohortId, learnerId);
  const assignments = await loadAssignments(db, cohortId);
  const cells = (await loadCells(db, [{ userId: learnerId, joinedAt: learner.joinedAt }], assignments)).get(learnerId)!;
  const attempts = await db.codingAttempt.findMany({
    where: { userId: learnerId, caseId: { in: await assignedCaseIds(db, cohortId) }, createdAt: { gte: learner.joinedAt } },
    orderBy: { createdAt: "desc" },
    select: { id: true, caseId: true, caseVersion: true, score: true, durationSeconds: true, createdAt: true },
  });
  const [denialWork, workdayRuns] = await Promise.all([
    listDenialWork(db, learnerId, await assignedRefs(db, cohortId, "DENIAL_SCENARIO"), learner.joinedAt),
    listWorkdayRuns(db, learnerId, await assignedRefs(db, cohortId, "WORKDAY_SCENARIO"), learner.joinedAt),
  ]);
  return {
    cohort,
    learner,
    assignments: assignments.map((assignment) => ({ ...assignment, cell: cells.get(assignment.id)! })),
    attempts,
    denialWork,
    workdayRuns,
  };
}

/** One of those attempts, read-only, with the grade exactly as the learner saw it. */
export async function getLearnerAttempt(db: Database, actor: Actor, cohortId: string, learnerId: string, attemptId: string) {
  const { cohort, learner } = await getVisibleLearner(db, actor, cohortId, learnerId);
  const row = await db.codingAttempt.findFirst({
    where: { id: attemptId, userId: learnerId, createdAt: { gte: learner.joinedAt }, caseId: { in: await assignedCaseIds(db, cohortId) } },
    select: { id: true, caseId: true, caseVersion: true, score: true, durationSeconds: true, createdAt: true, answer: true, grade: true },
  });
  if (!row) throw new DomainError("NOT_FOUND", "That attempt does not exist.");
  return { cohort, learner, attempt: { ...row, answer: attemptAnswerFromStored(row.answer), grade: attemptGradeFromStored(row.grade, row.score) } };
}
