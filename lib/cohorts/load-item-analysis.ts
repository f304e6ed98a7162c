import type { Actor } from "@/lib/auth/policy";
import type { CodingGrade } from "@/lib/coding/types";
import { attemptGradeFromStored } from "@/lib/practice/stored-attempt";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { findCase } from "@/lib/practice/case-catalog";
import { activeMembers, getManagedCohort } from "@/lib/cohorts/cohort-access";
import { loadAssignments, type Member } from "@/lib/cohorts/cohort-work";
import { analyseDenial, type DenialAnalysis } from "@/lib/cohorts/denial-analysis";
import { analyseCase, weakestFamilies, type CaseAnalysis } from "@/lib/cohorts/item-analysis";
import { analyseKnowledgeCheck, type KnowledgeCheckAnalysis } from "@/lib/cohorts/knowledge-check-analysis";
import { findLessonBySlug } from "@/lib/content/get-guide";
import { findScenario } from "@/lib/denials/catalog";
import { knowledgeCheckResultFromStored } from "@/lib/guide/stored-knowledge-check";

type FirstAttempt = { userId: string; caseId: string; caseVersion: number; grade: CodingGrade; createdAt: Date };

/**
 * Each learner's first row per piece of work (rows come oldest first), counting only rows made after the learner
 * joined and after the work opened: the attempt that shows what they knew when it was set.
 */
function firstPerLearner<R extends { userId: string; createdAt: Date }>(
  rows: R[],
  refOf: (row: R) => string,
  members: Member[],
  openedAt: (ref: string) => Date,
): R[] {
  const joined = new Map(members.map((member) => [member.userId, member.joinedAt.getTime()]));
  const first = new Map<string, R>();
  for (const row of rows) {
    const key = `${row.userId}|${refOf(row)}`;
    const since = Math.max(joined.get(row.userId) ?? Infinity, openedAt(refOf(row)).getTime());
    if (!first.has(key) && row.createdAt.getTime() >= since) first.set(key, row);
  }
  return [...first.values()];
}

async function firstAttempts(db: Database, members: Member[], caseIds: string[], openedAt: (caseId: string) => Date): Promise<FirstAttempt[]> {
  if (!members.length || !caseIds.length) return [];
  const rows = await db.codingAttempt.findMany({
    where: { userId: { in: members.map((member) => member.userId) }, caseId: { in: caseIds } },
    orderBy: { createdAt: "asc" },
    select: { userId: true, caseId: true, caseVersion: true, grade: true, createdAt: true },
  });
  return firstPerLearner(rows, (row) => row.caseId, members, openedAt).map((row) => ({
    ...row,
    grade: attemptGradeFromStored(row.grade, 0, "item analysis attempt"),
  }));
}

async function firstChecks(db: Database, members: Member[], lessonSlugs: string[], openedAt: Date) {
  if (!members.length || !lessonSlugs.length) return [];
  const rows = await db.quizAttempt.findMany({
    where: { userId: { in: members.map((member) => member.userId) }, lessonSlug: { in: lessonSlugs } },
    orderBy: { createdAt: "asc" },
    select: { id: true, userId: true, lessonSlug: true, answers: true, results: true, score: true, passed: true, createdAt: true },
  });
  return firstPerLearner(
    rows,
    (row) => row.lessonSlug,
    members,
    () => openedAt,
  ).map((row) => ({
    lessonSlug: row.lessonSlug,
    answers: row.answers,
    result: knowledgeCheckResultFromStored(row.results, row, `quiz attempt ${row.id}`),
  }));
}

async function firstDenialWork(db: Database, members: Member[], scenarioIds: string[], openedAt: Date) {
  if (!members.length || !scenarioIds.length) return [];
  const rows = await db.denialAttempt.findMany({
    where: { userId: { in: members.map((member) => member.userId) }, scenarioId: { in: scenarioIds } },
    orderBy: { createdAt: "asc" },
    select: {
      userId: true,
      scenarioId: true,
      scenarioVersion: true,
      rootCause: true,
      resolution: true,
      rootCauseCorrect: true,
      resolutionCorrect: true,
      appealOverturned: true,
      recoveredCents: true,
      score: true,
      createdAt: true,
    },
  });
  return firstPerLearner(
    rows,
    (row) => row.scenarioId,
    members,
    () => openedAt,
  );
}

type Versioned = { version: number; olderVersions: number };
export type AnalysedItem = { ref: string; title: string; href: string } & (
  | ({ kind: "CHART_CASE"; analysis: CaseAnalysis } & Versioned)
  | { kind: "GUIDE_LESSON"; analysis: KnowledgeCheckAnalysis }
  | ({ kind: "DENIAL_SCENARIO"; analysis: DenialAnalysis } & Versioned)
);

export type AnalysedItemOf<K extends AnalysedItem["kind"]> = Extract<AnalysedItem, { kind: K }>;

export type AssignmentAnalysis = {
  cohort: { id: string; name: string };
  assignment: { id: string; title: string; dueAt: Date };
  /** The assignment's items in its order, each analysed from every active learner's first try since it opened. */
  items: AnalysedItem[];
  /** Items whose content is no longer in the library. */
  unavailable: string[];
  /** Workday scenarios: a day is judged as a whole (the gradebook and each learner's page show it). */
  workdays: string[];
};

/**
 * Item analysis for one assignment: chart cases line by line, lesson knowledge checks question by question, denial
 * scenarios by root cause and resolution, from each active learner's first try since the assignment opened. Case and
 * denial work graded under an older version of its content is left out (its answers may not match) and counted.
 */
export async function loadAssignmentAnalysis(db: Database, actor: Actor, cohortId: string, assignmentId: string): Promise<AssignmentAnalysis> {
  const cohort = await getManagedCohort(db, actor, cohortId);
  const assignment = (await loadAssignments(db, cohortId)).find((candidate) => candidate.id === assignmentId);
  if (!assignment) throw new DomainError("NOT_FOUND", "That assignment does not exist.");
  const available = assignment.items.filter((item) => item.available && item.href);
  const refs = (kind: AnalysedItem["kind"]) => available.filter((item) => item.kind === kind).map((item) => item.ref);
  const members = await activeMembers(db, cohortId);
  const [attempts, checks, denialWork] = await Promise.all([
    firstAttempts(db, members, refs("CHART_CASE"), () => assignment.opensAt),
    firstChecks(db, members, refs("GUIDE_LESSON"), assignment.opensAt),
    firstDenialWork(db, members, refs("DENIAL_SCENARIO"), assignment.opensAt),
  ]);

  const items = available.flatMap((item): AnalysedItem[] => {
    const base = { ref: item.ref, title: item.title, href: item.href! };
    if (item.kind === "CHART_CASE") {
      const chartCase = findCase(item.ref);
      if (!chartCase) return [];
      const mine = attempts.filter((attempt) => attempt.caseId === chartCase.id);
      const current = mine.filter((attempt) => attempt.caseVersion === chartCase.version);
      const analysis = analyseCase(
        chartCase.key,
        current.map((attempt) => attempt.grade),
      );
      return [{ ...base, kind: "CHART_CASE", version: chartCase.version, olderVersions: mine.length - current.length, analysis }];
    }
    if (item.kind === "GUIDE_LESSON") {
      const lesson = findLessonBySlug(item.ref)?.lesson;
      if (!lesson) return [];
      return [
        {
          ...base,
          kind: "GUIDE_LESSON",
          analysis: analyseKnowledgeCheck(
            lesson.quiz,
            checks.filter((check) => check.lessonSlug === item.ref),
          ),
        },
      ];
    }
    if (item.kind === "DENIAL_SCENARIO") {
      const scenario = findScenario(item.ref);
      if (!scenario) return [];
      const mine = denialWork.filter((work) => work.scenarioId === scenario.id);
      const current = mine.filter((work) => work.scenarioVersion === scenario.version);
      return [
        {
          ...base,
          kind: "DENIAL_SCENARIO",
          version: scenario.version,
          olderVersions: mine.length - current.length,
          analysis: analyseDenial(scenario, current),
        },
      ];
    }
    return [];
  });
  return {
    cohort: { id: cohort.id, name: cohort.name },
    assignment: { id: assignment.id, title: assignment.title, dueAt: assignment.dueAt },
    items,
    unavailable: assignment.items.filter((item) => !item.available).map((item) => item.title),
    workdays: available.filter((item) => item.kind === "WORKDAY_SCENARIO").map((item) => item.title),
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
  const attempts = await firstAttempts(db, await activeMembers(db, cohortId), [...opened.keys()], (caseId) => opened.get(caseId)!);
  return weakestFamilies(attempts.map((attempt) => attempt.grade));
}
