import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createAssignment } from "@/lib/cohorts/assignments";
import { getManagedCohort } from "@/lib/cohorts/cohort-access";
import { loadInstructorHome } from "@/lib/cohorts/instructor-home";
import { joinCohort, JOIN_FAILURES_ALLOWED, previewJoinCode } from "@/lib/cohorts/join-cohort";
import { formatJoinCode } from "@/lib/cohorts/join-code";
import { getLearnerCohort, listLearnerCohorts, loadDueWork } from "@/lib/cohorts/learner-cohorts";
import { getLearnerAttempt, loadLearnerWork } from "@/lib/cohorts/learner-work";
import { gradebookToCsv, loadGradebook } from "@/lib/cohorts/load-gradebook";
import { loadAssignmentAnalysis, loadCohortFamilies } from "@/lib/cohorts/load-item-analysis";
import { archiveCohort, createCohort, currentJoinCode, issueJoinCode, removeLearner, revokeJoinCodes } from "@/lib/cohorts/manage-cohorts";
import { CreateAssignmentSchema } from "@/lib/cohorts/schemas";
import { getGuide } from "@/lib/content/get-guide";
import { submitDenialWork } from "@/lib/denials/attempts";
import { denialCatalog } from "@/lib/denials/catalog";
import { SubmitDenialWorkSchema } from "@/lib/denials/schemas";
import { DomainError } from "@/lib/errors";
import { correctAnswers } from "@/lib/guide/grade-knowledge-check";
import { submitKnowledgeCheck, SubmitKnowledgeCheckSchema } from "@/lib/guide/submit-knowledge-check";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { findCase } from "@/lib/practice/case-catalog";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const CASE_ID = "ortho-knee-scope-medial-meniscus";
const knee = findCase(CASE_ID)!;
const DAY = 86_400_000;
let counter = 0;
const newUser = async (role: Actor["role"] = "LEARNER"): Promise<Actor> =>
  database.db.user.create({ data: { email: `cohort${++counter}@example.org`, name: `Person ${counter}`, role }, select: { id: true, role: true } });
const codeOf = async (cohortId: string) => (await currentJoinCode(database.db, cohortId))!.code;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );
const expectCode = async (promise: Promise<unknown>, code: DomainError["code"]) => {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(DomainError);
  expect(error!.code).toBe(code);
};
const submit = (userId: string, answer = submissionFromKey(knee.key), at = new Date()) =>
  submitCodingAttempt(database.db, userId, SubmitAttemptSchema.parse({ caseId: CASE_ID, idempotencyKey: `k${Date.now()}${++counter}`, answer }), at);
const assign = (actor: Actor, cohortId: string, opensAt: Date, dueAt: Date, items = [`CHART_CASE:${CASE_ID}`]) =>
  createAssignment(
    database.db,
    actor,
    CreateAssignmentSchema.parse({
      cohortId,
      title: `Assignment ${++counter}`,
      opensAt: opensAt.toISOString().slice(0, 16),
      dueAt: dueAt.toISOString().slice(0, 16),
      items,
    }),
  );
const newCohort = (actor: Actor) => createCohort(database.db, actor, { name: `Cohort ${++counter}`, startsOn: "2026-09-01", endsOn: "2026-12-20" });

describe("cohorts: create, join, gradebook from the day of joining", () => {
  it("lets a learner join with the code however it is typed, once, and counts only work after joining", async () => {
    const teacher = await newUser("INSTRUCTOR");
    const learner = await newUser();
    const cohort = await newCohort(teacher);
    const before = await submit(learner.id, { diagnoses: [{ code: "S83.241D" }], procedures: [] }, new Date(Date.now() - 3 * DAY));
    await assign(teacher, cohort.id, new Date(Date.now() - 5 * DAY), new Date(Date.now() - DAY));

    const joined = await joinCohort(database.db, learner, formatJoinCode(await codeOf(cohort.id)).toLowerCase());
    expect(joined).toMatchObject({ cohortId: cohort.id, alreadyMember: false });
    expect(await joinCohort(database.db, learner, await codeOf(cohort.id))).toMatchObject({ alreadyMember: true });
    expect(await database.db.cohortMember.count({ where: { cohortId: cohort.id } })).toBe(1);

    let gradebook = await loadGradebook(database.db, teacher, cohort.id);
    expect(gradebook.rows).toHaveLength(1);
    expect(gradebook.rows[0]!.cells[0]).toMatchObject({ score: null, attempts: 0 });
    expect(gradebook.rows[0]!.standing).toMatchObject({ overdue: 1, fallingBehind: true });

    const after = await submit(learner.id);
    gradebook = await loadGradebook(database.db, teacher, cohort.id);
    expect(gradebook.rows[0]!.cells[0]).toMatchObject({ score: 100, attempts: 1, late: true, complete: true });
    expect(gradebookToCsv(gradebook)).toContain(",100,100,");
    await expectCode(getLearnerAttempt(database.db, teacher, cohort.id, learner.id, before.id), "NOT_FOUND");
    expect((await getLearnerAttempt(database.db, teacher, cohort.id, learner.id, after.id)).attempt.grade.score).toBe(100);

    const analysis = await loadAssignmentAnalysis(database.db, teacher, cohort.id, gradebook.assignments[0]!.id);
    const [caseItem] = analysis.items;
    if (caseItem?.kind !== "CHART_CASE") throw new Error(`expected the case first, got ${caseItem?.kind}`);
    expect(caseItem.analysis.learners).toBe(1);
    expect(caseItem.analysis.lines[0]!.percentCorrect).toBe(1);
    expect((await loadCohortFamilies(database.db, teacher, cohort.id)).length).toBeGreaterThan(0);
    expect((await getLearnerCohort(database.db, learner.id, cohort.id)).assignments[0]!.state).toBe("done-late");
  });

  it("refuses an assignment naming content that does not exist yet, writing nothing", async () => {
    const teacher = await newUser("INSTRUCTOR");
    const cohort = await newCohort(teacher);
    await expectCode(assign(teacher, cohort.id, new Date(), new Date(Date.now() + DAY), [`CHART_CASE:${CASE_ID}`, "DENIAL_SCENARIO:co-97-bundled"]), "INVALID");
    expect(await database.db.assignment.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(
      CreateAssignmentSchema.safeParse({
        cohortId: cohort.id,
        title: "Late",
        opensAt: "2026-12-02T10:00",
        dueAt: "2026-12-01T10:00",
        items: [`CHART_CASE:${CASE_ID}`],
      }).error?.issues[0]?.message,
    ).toMatch(/after the open date/);
  });
});

describe("authorisation matrix", () => {
  let owner: Actor, outsider: Actor, admin: Actor, member: Actor, other: Actor, removed: Actor;
  let cohortId: string, otherCohortId: string, assignmentId: string, attemptId: string;

  beforeAll(async () => {
    [owner, outsider, admin, member, other, removed] = await Promise.all([
      newUser("INSTRUCTOR"),
      newUser("INSTRUCTOR"),
      newUser("ADMIN"),
      newUser(),
      newUser(),
      newUser(),
    ]);
    cohortId = (await newCohort(owner)).id;
    otherCohortId = (await newCohort(outsider)).id;
    assignmentId = (await assign(owner, cohortId, new Date(Date.now() - DAY), new Date(Date.now() + DAY))).id;
    await assign(outsider, otherCohortId, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    await joinCohort(database.db, member, await codeOf(cohortId));
    await joinCohort(database.db, removed, await codeOf(cohortId));
    await joinCohort(database.db, other, await codeOf(otherCohortId));
    attemptId = (await submit(member.id)).id;
    await submit(removed.id);
    await submit(other.id);
  });

  it("an instructor outside the cohort sees and changes nothing of it", async () => {
    await expectCode(getManagedCohort(database.db, outsider, cohortId), "NOT_FOUND");
    await expectCode(loadGradebook(database.db, outsider, cohortId), "NOT_FOUND");
    await expectCode(loadAssignmentAnalysis(database.db, outsider, cohortId, assignmentId), "NOT_FOUND");
    await expectCode(loadCohortFamilies(database.db, outsider, cohortId), "NOT_FOUND");
    await expectCode(loadLearnerWork(database.db, outsider, cohortId, member.id), "NOT_FOUND");
    await expectCode(getLearnerAttempt(database.db, outsider, cohortId, member.id, attemptId), "NOT_FOUND");
    await expectCode(assign(outsider, cohortId, new Date(), new Date(Date.now() + DAY)), "NOT_FOUND");
    await expectCode(removeLearner(database.db, outsider, cohortId, member.id), "NOT_FOUND");
    await expectCode(issueJoinCode(database.db, outsider, cohortId, 7), "NOT_FOUND");
    await expectCode(archiveCohort(database.db, outsider, cohortId), "NOT_FOUND");
    // Their own cohort's learner is not reachable through someone else's cohort id, nor theirs through this one.
    await expectCode(loadLearnerWork(database.db, owner, cohortId, other.id), "NOT_FOUND");
    const home = await loadInstructorHome(database.db, outsider);
    expect(home.cohorts.map((cohort) => cohort.id)).toEqual([otherCohortId]);
    // An admin may read any cohort.
    expect((await loadGradebook(database.db, admin, cohortId)).rows.map((row) => row.learnerId).sort()).toEqual([member.id, removed.id].sort());
  });

  it("a learner in another cohort sees only their own cohort and its assignments", async () => {
    await expectCode(getLearnerCohort(database.db, other.id, cohortId), "NOT_FOUND");
    expect((await listLearnerCohorts(database.db, other.id)).map((cohort) => cohort.id)).toEqual([otherCohortId]);
    const due = await loadDueWork(database.db, other.id);
    expect(due.todo.every((assignment) => assignment.cohortId === otherCohortId)).toBe(true);
    expect(due.cohorts.map((cohort) => cohort.id)).toEqual([otherCohortId]);
    expect((await getLearnerCohort(database.db, other.id, otherCohortId)).assignments.map((assignment) => assignment.state)).toEqual(["done"]);
    await expectCode(joinCohort(database.db, owner, await codeOf(otherCohortId)), "FORBIDDEN");
  });

  it("a removed learner leaves the instructor's view and their own, and cannot rejoin with the old code", async () => {
    const oldCode = await codeOf(cohortId);
    await removeLearner(database.db, owner, cohortId, removed.id);
    await expectCode(removeLearner(database.db, owner, cohortId, removed.id), "NOT_FOUND");
    expect((await loadGradebook(database.db, owner, cohortId)).rows.map((row) => row.learnerId)).toEqual([member.id]);
    await expectCode(loadLearnerWork(database.db, owner, cohortId, removed.id), "NOT_FOUND");
    await expectCode(getLearnerCohort(database.db, removed.id, cohortId), "NOT_FOUND");
    expect((await loadDueWork(database.db, removed.id)).todo).toEqual([]);
    await expectCode(joinCohort(database.db, removed, oldCode), "FORBIDDEN");

    // A code issued after the removal lets them back, and their earlier work stays out of sight.
    await issueJoinCode(database.db, owner, cohortId, 7, new Date(Date.now() + 1000));
    await joinCohort(database.db, removed, await codeOf(cohortId), new Date(Date.now() + 2000));
    const row = (await loadGradebook(database.db, owner, cohortId)).rows.find((candidate) => candidate.learnerId === removed.id)!;
    expect(row.cells[0]).toMatchObject({ score: null, attempts: 0 });
  });

  it("an expired, revoked or archived code is refused and counted; too many failures are rate-limited", async () => {
    const teacher = await newUser("INSTRUCTOR");
    const learner = await newUser();
    const cohort = await newCohort(teacher);
    const expired = await issueJoinCode(database.db, teacher, cohort.id, 1, new Date(Date.now() - 2 * DAY));
    const error = await failure(joinCohort(database.db, learner, expired.code));
    expect(error).toMatchObject({ code: "INVALID", message: expect.stringMatching(/expired/) });
    expect(await previewJoinCode(database.db, learner.id, expired.code)).toMatchObject({ status: "expired" });

    const revoked = await issueJoinCode(database.db, teacher, cohort.id, 7);
    await revokeJoinCodes(database.db, teacher, cohort.id);
    await expectCode(joinCohort(database.db, learner, revoked.code), "INVALID");
    await expectCode(joinCohort(database.db, learner, "not-a-code"), "INVALID");
    const live = await issueJoinCode(database.db, teacher, cohort.id, 7);
    expect(await database.db.cohortMember.count({ where: { userId: learner.id } })).toBe(0);

    for (let index = await database.db.cohortJoinFailure.count({ where: { userId: learner.id } }); index < JOIN_FAILURES_ALLOWED; index++) {
      await expectCode(joinCohort(database.db, learner, `WRONGCODE${index}`), "INVALID");
    }
    await expectCode(joinCohort(database.db, learner, live.code), "RATE_LIMITED");
    expect(await previewJoinCode(database.db, learner.id, live.code)).toEqual({ status: "rate-limited" });
    // The limit is per learner: someone else joins with the same code.
    const classmate = await newUser();
    expect(await joinCohort(database.db, classmate, live.code)).toMatchObject({ cohortId: cohort.id });

    await archiveCohort(database.db, teacher, cohort.id);
    await expectCode(joinCohort(database.db, await newUser(), live.code), "INVALID");
    await expectCode(assign(teacher, cohort.id, new Date(), new Date(Date.now() + DAY)), "CONFLICT");
  });
});

describe("item analysis of knowledge checks and denials", () => {
  const lesson = getGuide().modules[0]!.lessons[0]!;
  const [firstQuestion] = lesson.quiz.items;
  const rightAnswers = correctAnswers(lesson.quiz);
  const wrongFirst = firstQuestion!.kind === "single" ? firstQuestion!.options.find((option) => !option.correct)! : undefined;
  const takeCheck = (userId: string, answers: Record<string, unknown>) =>
    submitKnowledgeCheck(database.db, userId, SubmitKnowledgeCheckSchema.parse({ lessonSlug: lesson.slug, idempotencyKey: `check-${++counter}`, answers }));
  const scenario = denialCatalog().scenarios[0]!;
  const wrongCause = scenario.rootCause.options.find((option) => !option.correct)!;
  const workDenial = (userId: string, rootCause: string) =>
    submitDenialWork(
      database.db,
      userId,
      SubmitDenialWorkSchema.parse({ claimNumber: scenario.claim.claimNumber, idempotencyKey: `denial-${++counter}`, rootCause, resolution: "no-action" }),
    );

  it("counts each active learner's first try after joining, question by question and decision by decision", async () => {
    expect(wrongFirst).toBeDefined();
    const teacher = await newUser("INSTRUCTOR");
    const cohort = await newCohort(teacher);
    const assignment = await assign(teacher, cohort.id, new Date(Date.now() - 5 * DAY), new Date(Date.now() + 5 * DAY), [
      `GUIDE_LESSON:${lesson.slug}`,
      `DENIAL_SCENARIO:${scenario.id}`,
      "WORKDAY_SCENARIO:tutorial-day",
    ]);
    const [early, removed, other] = [await newUser(), await newUser(), await newUser()];
    // Before joining: not counted. After: the first check counts, a later better one does not.
    await takeCheck(early.id, { ...rightAnswers, [firstQuestion!.id]: wrongFirst!.id });
    for (const learner of [early, removed, other]) await joinCohort(database.db, learner, await codeOf(cohort.id));
    await takeCheck(early.id, rightAnswers);
    await takeCheck(early.id, { ...rightAnswers, [firstQuestion!.id]: wrongFirst!.id });
    await takeCheck(other.id, { ...rightAnswers, [firstQuestion!.id]: wrongFirst!.id });
    await takeCheck(removed.id, { ...rightAnswers, [firstQuestion!.id]: wrongFirst!.id });
    await workDenial(other.id, wrongCause.id);
    await workDenial(removed.id, wrongCause.id);
    await removeLearner(database.db, teacher, cohort.id, removed.id);

    const analysis = await loadAssignmentAnalysis(database.db, teacher, cohort.id, assignment.id);
    expect(analysis.items.map((item) => item.kind)).toEqual(["GUIDE_LESSON", "DENIAL_SCENARIO"]);
    expect(analysis.workdays).toHaveLength(1);
    const [check, denial] = analysis.items;
    if (check?.kind !== "GUIDE_LESSON" || denial?.kind !== "DENIAL_SCENARIO") throw new Error("unexpected item kinds");
    expect(check.analysis.learners).toBe(2);
    expect(check.analysis.items[0]).toMatchObject({ learners: 2, correct: 1, wrongAnswers: [{ value: wrongFirst!.text, count: 1 }] });
    expect(denial.analysis.learners).toBe(1);
    expect(denial.analysis.rootCause).toMatchObject({ correct: 0, chosenInstead: [{ value: wrongCause.text, count: 1 }] });

    // Another instructor cannot read it.
    await expectCode(loadAssignmentAnalysis(database.db, await newUser("INSTRUCTOR"), cohort.id, assignment.id), "NOT_FOUND");
  });
});
