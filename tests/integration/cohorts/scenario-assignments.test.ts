import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createAssignment } from "@/lib/cohorts/assignments";
import { workdayScore, type WorkdaySummary } from "@/lib/cohorts/gradebook";
import { joinCohort } from "@/lib/cohorts/join-cohort";
import { getLearnerCohort, loadDueWork } from "@/lib/cohorts/learner-cohorts";
import { loadLearnerWork } from "@/lib/cohorts/learner-work";
import { gradebookToCsv, loadGradebook } from "@/lib/cohorts/load-gradebook";
import { createCohort, currentJoinCode } from "@/lib/cohorts/manage-cohorts";
import { CreateAssignmentSchema } from "@/lib/cohorts/schemas";
import { submitDenialWork } from "@/lib/denials/attempts";
import { findScenario } from "@/lib/denials/catalog";
import { SubmitDenialWorkSchema } from "@/lib/denials/schemas";
import { DomainError } from "@/lib/errors";
import { playTutorialDay } from "@/lib/seed/seed-workday";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DENIAL = "fm-commercial-copay-pr3";
const WORKDAY = "tutorial-day";
const ITEMS = [`DENIAL_SCENARIO:${DENIAL}`, `WORKDAY_SCENARIO:${WORKDAY}`];
const claimNumber = findScenario(DENIAL)!.claim.claimNumber;

let counter = 0;
const newUser = async (role: Actor["role"] = "LEARNER"): Promise<Actor> =>
  database.db.user.create({ data: { email: `scenario${++counter}@example.org`, name: `Person ${counter}`, role }, select: { id: true, role: true } });
const newCohort = (actor: Actor) => createCohort(database.db, actor, { name: `Scenario cohort ${++counter}`, startsOn: "2026-09-01", endsOn: "2027-06-30" });
const join = async (learner: Actor, cohortId: string, at: Date) => joinCohort(database.db, learner, (await currentJoinCode(database.db, cohortId))!.code, at);
const assign = (actor: Actor, cohortId: string, title: string, opensAt: Date, dueAt: Date, items = ITEMS) =>
  createAssignment(
    database.db,
    actor,
    CreateAssignmentSchema.parse({ cohortId, title, opensAt: opensAt.toISOString().slice(0, 16), dueAt: dueAt.toISOString().slice(0, 16), items }),
  );
/** Denial work sent through the real payer and grader: the right root cause and resolution, or a wrong root cause. */
const workDenial = async (userId: string, at: Date, right = true) => {
  const result = await submitDenialWork(
    database.db,
    userId,
    SubmitDenialWorkSchema.parse({
      claimNumber,
      idempotencyKey: `scenario-${++counter}-key`,
      rootCause: right ? "copay-uncollected" : "underpaid",
      resolution: "bill-patient",
    }),
    at,
  );
  if (result.kind !== "graded") throw new Error("expected graded denial work");
  return result.attempt;
};
/** A whole tutorial day, played as the demo seed plays it, starting at `startedAt`. */
const playDay = (userId: string, startedAt: Date) => playTutorialDay(database.db, userId, `scenario-${++counter}`, startedAt);
const expectCode = async (promise: Promise<unknown>, code: DomainError["code"]) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
};

describe("denial and workday scenarios as assignments", () => {
  let teacher: Actor, learner: Actor, outsiderLearner: Actor, outsiderTeacher: Actor;
  let cohortId: string;
  const t0 = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 10 * DAY); // on a minute: assignment dates are to the minute
  const at = (ms: number) => new Date(t0.getTime() + ms);

  beforeAll(async () => {
    [teacher, learner, outsiderLearner, outsiderTeacher] = await Promise.all([newUser("INSTRUCTOR"), newUser(), newUser(), newUser("INSTRUCTOR")]);
    cohortId = (await newCohort(teacher)).id;
    await newCohort(outsiderTeacher);
    // Before joining: a piece of denial work, and a day begun 20 minutes before joining that ends after it; neither may count.
    await workDenial(learner.id, at(-HOUR));
    const straddling = await playDay(learner.id, at(-20 * 60_000));
    expect(straddling.status).toBe("ENDED");
    expect(straddling.endedAt!.getTime()).toBeGreaterThan(t0.getTime());
    await join(learner, cohortId, t0);
    // The outsider works the same scenarios but is in no cohort of this teacher.
    await workDenial(outsiderLearner.id, at(HOUR));
  });

  it("shows an assigned denial and workday scenario to the learner as due, linked to where the work is done", async () => {
    await assign(teacher, cohortId, "Week 2: a denial and a day", at(-DAY), at(3 * DAY));
    const due = await loadDueWork(database.db, learner.id, at(HOUR));
    const week2 = due.todo.find((assignment) => assignment.title === "Week 2: a denial and a day")!;
    expect(week2).toMatchObject({ state: "open", cohortId });
    expect(week2.items.map((item) => [item.kind, item.href, item.available])).toEqual([
      ["DENIAL_SCENARIO", `/denials/${claimNumber}`, true],
      ["WORKDAY_SCENARIO", "/workday", true],
    ]);
    expect(week2.items[0]!.title).toBe(findScenario(DENIAL)!.title);
    // Work from before joining does not count.
    expect(week2.cell.items.map((item) => item.status)).toEqual(["not-started", "not-started"]);
    expect(week2.cell).toMatchObject({ score: null, started: false, complete: false });
  });

  it("completes them from the learner's stored work, best denial score counted, and marks late work late without refusing it", async () => {
    const late = await assign(teacher, cohortId, "Due soon", at(-DAY), at(3 * HOUR));
    const wrong = await workDenial(learner.id, at(HOUR), false);
    const right = await workDenial(learner.id, at(2 * HOUR));
    expect(wrong.score).toBeLessThan(right.score);

    let cohort = await getLearnerCohort(database.db, learner.id, cohortId, at(2 * HOUR + 60_000));
    let dueSoon = cohort.assignments.find((assignment) => assignment.id === late.id)!;
    expect(dueSoon.cell.items[0]).toMatchObject({ status: "done", score: right.score, attempts: 2, late: false, countedAttemptId: right.id });
    expect(dueSoon.cell.items[1]).toMatchObject({ status: "not-started" });
    expect(dueSoon.state).toBe("open");

    // A whole day played after the due date (started a day after joining): it counts, and is late.
    const run = await playDay(learner.id, at(DAY));
    expect(run.status).toBe("ENDED");
    const score = workdayScore(run.summary as WorkdaySummary);
    expect((run.summary as WorkdaySummary).accuracy).not.toBeNull();
    expect(score).toBe(Math.round((run.summary as WorkdaySummary).accuracy!));

    cohort = await getLearnerCohort(database.db, learner.id, cohortId, at(4 * DAY));
    dueSoon = cohort.assignments.find((assignment) => assignment.id === late.id)!;
    expect(dueSoon.cell.items[1]).toMatchObject({
      status: "done",
      score,
      attempts: 1,
      late: true,
      seconds: Math.round((run.endedAt!.getTime() - run.startedAt.getTime()) / 1000),
      countedAttemptId: run.id,
    });
    expect(dueSoon.cell).toMatchObject({ complete: true, late: true, score: Math.round((right.score + score) / 2) });
    expect(dueSoon.state).toBe("done-late");
    // The same work, on the assignment due later, is on time.
    const week2 = cohort.assignments.find((assignment) => assignment.title === "Week 2: a denial and a day")!;
    expect(week2).toMatchObject({ state: "done" });
    expect(week2.cell.late).toBe(false);

    // The gradebook, its CSV and the drill-down read the same work; the pre-joining work and the outsider stay out.
    const gradebook = await loadGradebook(database.db, teacher, cohortId, at(4 * DAY));
    expect(gradebook.rows.map((row) => row.learnerId)).toEqual([learner.id]);
    const column = gradebook.assignments.findIndex((assignment) => assignment.id === late.id);
    expect(gradebook.rows[0]!.cells[column]).toMatchObject({ attempts: 3, late: true, complete: true });
    const csv = gradebookToCsv(gradebook);
    expect(csv).toContain("Due soon (due ");
    expect(csv.trim().split("\r\n")[1]).toMatch(/Due soon/); // named in the Late column
    const work = await loadLearnerWork(database.db, teacher, cohortId, learner.id);
    expect(work.denialWork.map((attempt) => attempt.id)).toEqual([right.id, wrong.id]);
    expect(work.denialWork[0]).toMatchObject({ outcome: "not-sent", rootCauseCorrect: true, resolutionCorrect: true, score: right.score });
    expect(work.denialWork[1]).toMatchObject({ rootCauseCorrect: false });
    expect(work.workdayRuns.map((day) => day.id)).toEqual([run.id]);
    expect(work.workdayRuns[0]).toMatchObject({ score, summary: { accuracy: (run.summary as WorkdaySummary).accuracy } });
  });

  it("shows none of it to a learner outside the cohort or an instructor outside it", async () => {
    const due = await loadDueWork(database.db, outsiderLearner.id, at(HOUR));
    expect(due.todo).toEqual([]);
    expect(due.cohorts).toEqual([]);
    await expectCode(getLearnerCohort(database.db, outsiderLearner.id, cohortId), "NOT_FOUND");
    await expectCode(loadGradebook(database.db, outsiderTeacher, cohortId), "NOT_FOUND");
    await expectCode(loadLearnerWork(database.db, outsiderTeacher, cohortId, learner.id), "NOT_FOUND");
    await expectCode(loadLearnerWork(database.db, teacher, cohortId, outsiderLearner.id), "NOT_FOUND");
  });
});
