import type { Actor } from "@/lib/auth/policy";
import type { CodingGrade } from "@/lib/coding/types";
import { attemptGradeFromStored } from "@/lib/practice/stored-attempt";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { findCase } from "@/lib/practice/case-catalog";
import { activeMembers, getManagedCohort } from "@/lib/cohorts/cohort-access";
import { loadAssignments } from "@/lib/cohorts/cohort-work";
import { analyseCase, weakestFamilies, type CaseAnalysis } from "@/lib/cohorts/item-analysis";

type FirstAttempt = { userId: string; caseId: string; caseVersion: number; grade: CodingGrade; createdAt: Date };

/** Each active member's first attempt at each case, made after they joined and after `from(case)`. */
async function firstAttempts(db: Database, cohortId: string, caseIds: string[], openedAt: (caseId: string) => Date) {
  const members = await activeMembers(db, cohortId);
  if (!members.length || !caseIds.length) return [];
  const rows = await db.codingAttempt.findMany({
    where: { userId: { in: members.map((member) => member.userId) }, caseId: { in: caseIds } },
    orderBy: { createdAt: "asc" },
    select: { userId: true, caseId: true, caseVersion: true, grade: true, createdAt: true },
  });
  const joined = new Map(members.map((member) => [member.userId, member.joinedAt.getTime()]));
  const first = new Map<string, FirstAttempt>();
  for (const row of rows) {
    const key = `${row.userId}|${row.caseId}`;
    if (first.has(key) || row.createdAt.getTime() < Math.max(joined.get(row.userId)!, openedAt(row.caseId).getTime())) continue;
    first.set(key, { ...row, grade: attemptGradeFromStored(row.grade, 0, "item analysis attempt") });
  }
  return [...first.values()];
}

export type AssignmentAnalysis = {
  cohort: { id: string; name: string };
  assignment: { id: string; title: string; dueAt: Date };
  cases: Array<{ caseId: string; title: string; version: number; olderVersions: number; analysis: CaseAnalysis }>;
  unavailable: string[];
};

/**
 * Item analysis for the cases in one assignment, from each learner's first attempt since it opened. Attempts
 * graded under an older version of a key are left out (their lines may not match) and counted.
 */
export async function loadAssignmentAnalysis(db: Database, actor: Actor, cohortId: string, assignmentId: string): Promise<AssignmentAnalysis> {
  const cohort = await getManagedCohort(db, actor, cohortId);
  const assignment = (await loadAssignments(db, cohortId)).find((candidate) => candidate.id === assignmentId);
  if (!assignment) throw new DomainError("NOT_FOUND", "That assignment does not exist.");
  const cases = assignment.items
    .filter((item) => item.kind === "CHART_CASE" && item.available)
    .map((item) => findCase(item.ref)!)
    .filter(Boolean);
  const attempts = await firstAttempts(
    db,
    cohortId,
    cases.map((chartCase) => chartCase.id),
    () => assignment.opensAt,
  );
  return {
    cohort: { id: cohort.id, name: cohort.name },
    assignment: { id: assignment.id, title: assignment.title, dueAt: assignment.dueAt },
    cases: cases.map((chartCase) => {
      const mine = attempts.filter((attempt) => attempt.caseId === chartCase.id);
      const current = mine.filter((attempt) => attempt.caseVersion === chartCase.version);
      return {
        caseId: chartCase.id,
        title: chartCase.title,
        version: chartCase.version,
        olderVersions: mine.length - current.length,
        analysis: analyseCase(
          chartCase.key,
          current.map((attempt) => attempt.grade),
        ),
      };
    }),
    unavailable: assignment.items.filter((item) => !item.available).map((item) => item.title),
  };
}

/** Across every case assigned in the cohort: accuracy per code family from each learner's first attempt, weakest first. */
export async function loadCohortFamilies(db: Database, actor: Actor, cohortId: string) {
  await getManagedCohort(db, actor, cohortId);
  const assignments = await loadAssignments(db, cohortId);
  const opened = new Map<string, Date>();
  for (const assignment of assignments) {
    for (const item of assignment.items) {
      if (item.kind !== "CHART_CASE" || !item.available) continue;
      const earlier = opened.get(item.ref);
      if (!earlier || assignment.opensAt < earlier) opened.set(item.ref, assignment.opensAt);
    }
  }
  const attempts = await firstAttempts(db, cohortId, [...opened.keys()], (caseId) => opened.get(caseId)!);
  return weakestFamilies(attempts.map((attempt) => attempt.grade));
}
