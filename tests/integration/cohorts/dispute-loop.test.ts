import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { joinCohort } from "@/lib/cohorts/join-cohort";
import { loadGradebook } from "@/lib/cohorts/load-gradebook";
import { loadAssignmentAnalysis } from "@/lib/cohorts/load-item-analysis";
import { createCohort, currentJoinCode, removeLearner } from "@/lib/cohorts/manage-cohorts";
import { DomainError } from "@/lib/errors";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { findCase } from "@/lib/practice/case-catalog";
import {
  disputeMissingLine,
  groupDisputesByLine,
  listLearnerCaseDisputes,
  listReviewableDisputes,
  listUnseenReplies,
  markRepliesSeen,
  reviewDispute,
} from "@/lib/practice/dispute-review";
import { MissingLineDisputeSchema, ReviewDisputeSchema } from "@/lib/practice/dispute-schemas";
import { disputeKeyLine } from "@/lib/practice/disputes";
import { regradeAttempt } from "@/lib/practice/regrade-attempt";
import { DisputeSchema, SubmitAttemptSchema } from "@/lib/practice/schemas";
import { DEMO_ACCOUNTS, seedDemoData } from "@/lib/seed/seed-demo-data";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";
import { submissionFromKey } from "@/tests/unit/coding/answer-key-builders";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const CASE_ID = "ortho-knee-scope-medial-meniscus";
const knee = findCase(CASE_ID)!;
let counter = 0;
const newUser = async (role: Actor["role"] = "LEARNER"): Promise<Actor> =>
  database.db.user.create({ data: { email: `loop${++counter}@example.org`, name: `Person ${counter}`, role }, select: { id: true, role: true } });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );
const submit = (userId: string) =>
  submitCodingAttempt(
    database.db,
    userId,
    SubmitAttemptSchema.parse({ caseId: CASE_ID, idempotencyKey: `loop${Date.now()}${++counter}`, answer: submissionFromKey(knee.key) }),
  );
const review = (
  actor: Actor,
  disputeId: string,
  status: "ACCEPTED" | "REJECTED" | "OPEN",
  reply = "The chart supports your reading; the key will be corrected.",
) => reviewDispute(database.db, actor, ReviewDisputeSchema.parse({ disputeId, status, reply }));

describe("the dispute loop", () => {
  let teacher: Actor, outsider: Actor, admin: Actor, learner: Actor;
  let cohortId: string;

  beforeAll(async () => {
    [teacher, outsider, admin, learner] = await Promise.all([newUser("INSTRUCTOR"), newUser("INSTRUCTOR"), newUser("ADMIN"), newUser()]);
    cohortId = (await createCohort(database.db, teacher, { name: "Loop cohort", startsOn: "2026-09-01", endsOn: "2026-12-20" })).id;
  });

  it("a dispute raised before joining is not the instructor's to review; one raised after is", async () => {
    const early = await disputeKeyLine(
      database.db,
      learner.id,
      DisputeSchema.parse({ caseId: CASE_ID, keyLineId: "p1", note: "The modifier should not be needed here." }),
    );
    await joinCohort(database.db, learner, (await currentJoinCode(database.db, cohortId))!.code);
    expect((await failure(review(teacher, early.id, "REJECTED")))?.code).toBe("NOT_FOUND");
    expect((await listReviewableDisputes(database.db, teacher)).map((dispute) => dispute.id)).not.toContain(early.id);
    await review(admin, early.id, "REJECTED", "RT is required: the op note names the right knee.");

    const attempt = await submit(learner.id);
    const dispute = await disputeKeyLine(
      database.db,
      learner.id,
      DisputeSchema.parse({ caseId: CASE_ID, keyLineId: "d1", note: "I think the tear pattern supports a different code.", attemptId: attempt.id }),
    );
    expect((await listReviewableDisputes(database.db, teacher)).map((row) => row.id)).toEqual([dispute.id]);
    expect(await listReviewableDisputes(database.db, outsider)).toEqual([]);
    expect(await listReviewableDisputes(database.db, learner)).toEqual([]);
    expect((await failure(review(outsider, dispute.id, "ACCEPTED")))?.code).toBe("NOT_FOUND");

    await review(teacher, dispute.id, "ACCEPTED");
    const mine = await listLearnerCaseDisputes(database.db, learner.id, CASE_ID);
    const reviewed = mine.find((row) => row.id === dispute.id)!;
    expect(reviewed).toMatchObject({ status: "ACCEPTED", code: "S83.241A" });
    expect(reviewed.replies).toMatchObject([{ status: "ACCEPTED", body: "The chart supports your reading; the key will be corrected.", seenAt: null }]);
    expect((await listUnseenReplies(database.db, learner.id)).length).toBe(2);
    await markRepliesSeen(database.db, learner.id, CASE_ID);
    expect(await listUnseenReplies(database.db, learner.id)).toEqual([]);
    expect(await database.db.auditEvent.count({ where: { action: "dispute.review", targetId: dispute.id } })).toBe(1);

    // Once removed, the learner's disputes leave the instructor's hands (an admin can still review them).
    await removeLearner(database.db, teacher, cohortId, learner.id);
    expect((await failure(review(teacher, dispute.id, "OPEN")))?.code).toBe("NOT_FOUND");
    await review(admin, dispute.id, "OPEN", "Reopened for a second look.");
  });

  it("records an argument for a missing code once, and refuses a code the key already has", async () => {
    const someone = await newUser();
    const input = MissingLineDisputeSchema.parse({ caseId: CASE_ID, code: "m23221", note: "The note also documents a derangement of the meniscus." });
    expect(input.code).toBe("M23.221");
    await disputeMissingLine(database.db, someone.id, input);
    expect((await failure(disputeMissingLine(database.db, someone.id, input)))?.code).toBe("CONFLICT");
    const inKey = await failure(
      disputeMissingLine(
        database.db,
        someone.id,
        MissingLineDisputeSchema.parse({ caseId: CASE_ID, code: "S83.241A", note: "This one should be in the key too." }),
      ),
    );
    expect(inKey).toMatchObject({ code: "INVALID", message: expect.stringContaining("line d1") });
    expect(MissingLineDisputeSchema.safeParse({ caseId: CASE_ID, code: "knee", note: "Long enough note here." }).success).toBe(false);

    const other = await newUser();
    await disputeMissingLine(database.db, other.id, input);
    const groups = groupDisputesByLine(await listReviewableDisputes(database.db, admin));
    expect(groups[0]).toMatchObject({ caseId: CASE_ID, keyLineId: "+M23.221", kind: "MISSING_LINE", code: "M23.221", open: 2 });
    expect(groups[0]!.disputes).toHaveLength(2);
  });

  it("keeps an old-key attempt's grade, and regrades it against the current key once, for its owner only", async () => {
    const someone = await newUser();
    const attempt = await submit(someone.id);
    expect((await failure(regradeAttempt(database.db, someone.id, attempt.id)))?.code).toBe("CONFLICT");
    // As if the key had been corrected since: the attempt was graded under the previous version.
    await database.db.codingAttempt.update({ where: { id: attempt.id }, data: { caseVersion: knee.version - 1, score: 50 } });
    expect((await failure(regradeAttempt(database.db, (await newUser()).id, attempt.id)))?.code).toBe("NOT_FOUND");

    const regraded = await regradeAttempt(database.db, someone.id, attempt.id);
    expect(regraded.score).toBe(100);
    expect(await regradeAttempt(database.db, someone.id, attempt.id)).toEqual(regraded);
    const original = await database.db.codingAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(original).toMatchObject({ score: 50, caseVersion: knee.version - 1 });
    expect(await database.db.codingAttempt.findUniqueOrThrow({ where: { id: regraded.id } })).toMatchObject({
      caseVersion: knee.version,
      answer: original.answer,
    });
  });
});

describe("the demo cohort seed", () => {
  it("gives the demo instructor a cohort with the demo learner, classmates, a gradebook and an item analysis, once", async () => {
    await seedDemoData(database.db);
    await seedDemoData(database.db);
    const instructor = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[1]!.email }, select: { id: true, role: true } });
    const cohorts = await database.db.cohort.findMany({ where: { ownerId: instructor.id } });
    expect(cohorts).toHaveLength(1);
    const gradebook = await loadGradebook(database.db, instructor, cohorts[0]!.id);
    expect(gradebook.rows.map((row) => row.email)).toContain(DEMO_ACCOUNTS[0]!.email);
    expect(gradebook.rows).toHaveLength(5);
    expect(gradebook.assignments).toHaveLength(4);
    // The denial-and-workday lab: the demo learner's own seeded denial work and tutorial day complete it; classmates worked the denial only.
    const lab = gradebook.assignments.findIndex((assignment) => assignment.title.startsWith("Week 2 lab"));
    expect(gradebook.assignments[lab]!.items.map((item) => [item.kind, item.available])).toEqual([
      ["DENIAL_SCENARIO", true],
      ["WORKDAY_SCENARIO", true],
    ]);
    const labCell = (email: string) => gradebook.rows.find((row) => row.email === email)!.cells[lab]!;
    expect(labCell(DEMO_ACCOUNTS[0]!.email)).toMatchObject({ complete: true, late: false, attempts: 2 });
    expect(labCell(DEMO_ACCOUNTS[0]!.email).items.map((item) => item.status)).toEqual(["done", "done"]);
    expect(labCell("maya.torres@learners.chartwise.test").items.map((item) => [item.status, item.score])).toEqual([
      ["done", 100],
      ["not-started", null],
    ]);
    expect(labCell("jordan.lee@learners.chartwise.test").items[0]).toMatchObject({ status: "done", score: 100, attempts: 2 });
    expect(labCell("priya.shah@learners.chartwise.test").items[0]!.score).toBeLessThan(100);
    expect(labCell("sam.okafor@learners.chartwise.test")).toMatchObject({ started: false, score: null });
    expect(gradebook.rows.some((row) => row.cells.some((cell) => cell.late))).toBe(true);
    expect(gradebook.rows.some((row) => row.standing.fallingBehind)).toBe(true);
    const analysis = await loadAssignmentAnalysis(database.db, instructor, cohorts[0]!.id, gradebook.assignments[0]!.id);
    const [caseItem] = analysis.items;
    if (caseItem?.kind !== "CHART_CASE") throw new Error(`expected the case first, got ${caseItem?.kind}`);
    const d1 = caseItem.analysis.lines[0]!;
    expect(caseItem.analysis.learners).toBe(5);
    expect(d1.percentCorrect).toBeLessThan(1);
    expect(d1.wrongCodes.length).toBeGreaterThan(0);
    // The lab's copay denial, from each learner's first try: Jordan first blamed the deductible, Priya chose not to bill it.
    const labAnalysis = await loadAssignmentAnalysis(database.db, instructor, cohorts[0]!.id, gradebook.assignments[lab]!.id);
    expect(labAnalysis.workdays).toEqual(["Your first morning: a short tutorial day"]);
    const [denialItem] = labAnalysis.items;
    if (denialItem?.kind !== "DENIAL_SCENARIO") throw new Error(`expected the denial, got ${denialItem?.kind}`);
    expect(denialItem.analysis.learners).toBe(4);
    expect(denialItem.analysis.rootCause).toMatchObject({ correct: 3, chosenInstead: [{ value: "The $30 went to the deductible.", count: 1 }] });
    expect(denialItem.analysis.resolution).toMatchObject({
      correct: 3,
      accepted: ["Bill the patient"],
      chosenInstead: [{ value: "Post it; no action", count: 1 }],
    });
    const week2 = gradebook.assignments.find((assignment) => assignment.title.startsWith("Week 2:"))!;
    const checkItem = (await loadAssignmentAnalysis(database.db, instructor, cohorts[0]!.id, week2.id)).items.find((item) => item.kind === "GUIDE_LESSON");
    // Its knowledge check, question by question: three classmates took it, two slipped on the first question, one on the third.
    if (checkItem?.kind !== "GUIDE_LESSON") throw new Error("expected the week 2 lesson's knowledge check");
    expect(checkItem.analysis).toMatchObject({ learners: 3, passed: expect.any(Number) });
    const [first, , third] = checkItem.analysis.items;
    expect(first).toMatchObject({ learners: 3, correct: 1, wrongAnswers: [{ count: 2 }] });
    expect(third).toMatchObject({ learners: 3, correct: 2, wrongAnswers: [{ count: 1 }] });

    // Seeded disputes: two on the same line stand out first; the demo learner's has a reply waiting for them.
    const groups = groupDisputesByLine(await listReviewableDisputes(database.db, instructor));
    expect(groups[0]).toMatchObject({ keyLineId: "d1", open: 2 });
    expect(groups.some((group) => group.kind === "MISSING_LINE")).toBe(true);
    const demo = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0]!.email } });
    expect(await listUnseenReplies(database.db, demo.id)).toHaveLength(1);
  });
});
