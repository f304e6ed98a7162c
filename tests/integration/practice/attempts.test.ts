import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodingSubmissionSchema } from "@/lib/coding/schemas";
import { DomainError } from "@/lib/errors";
import { getAttempt, getCaseStandings, listCaseAttempts, MAX_ATTEMPT_SECONDS, submitCodingAttempt } from "@/lib/practice/attempts";
import { findCase } from "@/lib/practice/case-catalog";
import { listReviewableDisputes, reviewDispute } from "@/lib/practice/dispute-review";
import { disputedLineIds, disputeKeyLine } from "@/lib/practice/disputes";
import { getLearnerMastery } from "@/lib/progress/learner-mastery";
import { getDraft, restartCase, saveDraft, startCase } from "@/lib/practice/drafts";
import { DisputeSchema, SubmitAttemptSchema } from "@/lib/practice/schemas";
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
const newUser = () => database.db.user.create({ data: { email: `practice${++counter}@example.org` }, select: { id: true, email: true } });
const key = () => `attempt${Date.now()}${++counter}`;
const submit = (userId: string, answer: unknown, idempotencyKey = key(), now?: Date) =>
  submitCodingAttempt(database.db, userId, SubmitAttemptSchema.parse({ caseId: CASE_ID, idempotencyKey, answer }), now);
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("coding attempts", () => {
  it("grades, stores the answer, verdicts, score, duration and case version, and clears the draft", async () => {
    const user = await newUser();
    const draft = await startCase(database.db, user.id, CASE_ID);
    const now = new Date(draft.startedAt.getTime() + 95_000);
    const attempt = await submit(user.id, submissionFromKey(knee.key), key(), now);
    expect(attempt).toMatchObject({ caseId: CASE_ID, caseVersion: knee.version, score: 100, durationSeconds: 95 });
    expect(attempt.grade.verdicts.every((verdict) => verdict.status === "correct")).toBe(true);

    const stored = await database.db.codingAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored).toMatchObject({ userId: user.id, score: 100, durationSeconds: 95, caseVersion: knee.version });
    expect(stored.answer).toEqual(attempt.answer);
    expect(await getDraft(database.db, user.id, CASE_ID)).toBeNull();
  });

  it("records one attempt for a double submit with the same key, even when the two race", async () => {
    const user = await newUser();
    const idempotencyKey = key();
    const [first, second] = await Promise.all([
      submit(user.id, submissionFromKey(knee.key), idempotencyKey),
      submit(user.id, submissionFromKey(knee.key), idempotencyKey),
    ]);
    expect(second.id).toBe(first.id);
    const again = await submit(user.id, { diagnoses: [], procedures: [] }, idempotencyKey);
    expect(again).toMatchObject({ id: first.id, score: 100 });
    expect(await database.db.codingAttempt.count({ where: { userId: user.id } })).toBe(1);
  });

  it("gives partial credit for a wrong 7th character and keeps the attempt history newest first", async () => {
    const user = await newUser();
    const wrongSeventh = submissionFromKey(knee.key);
    wrongSeventh.diagnoses[0] = { code: "S83.241D" };
    const partial = await submit(user.id, wrongSeventh, key(), new Date(Date.now() - 1000));
    const diagnosis = partial.grade.verdicts.find((verdict) => verdict.kind === "diagnosis")!;
    expect(diagnosis).toMatchObject({ status: "partial", reasons: ["wrong-seventh-character"] });
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.score).toBeLessThan(100);
    const full = await submit(user.id, submissionFromKey(knee.key));

    expect((await listCaseAttempts(database.db, user.id, CASE_ID)).map((row) => row.id)).toEqual([full.id, partial.id]);
    expect((await listCaseAttempts(database.db, user.id, CASE_ID, 1)).map((row) => row.id)).toEqual([full.id]);
    const standing = (await getCaseStandings(database.db, user.id)).get(CASE_ID)!;
    expect(standing).toMatchObject({ attempts: 2, bestScore: 100, lastScore: 100 });
  });

  it("keeps one standing a case: count, best, the newest score and when, and nothing of another learner's", async () => {
    const user = await newUser();
    const other = await newUser();
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
    await submit(user.id, submissionFromKey(knee.key), key(), day(1));
    await submit(user.id, { diagnoses: [], procedures: [] }, key(), day(3));
    await submit(user.id, submissionFromKey(knee.key), key(), day(2));
    await submit(other.id, submissionFromKey(knee.key), key(), day(4));
    const standings = await getCaseStandings(database.db, user.id);
    expect([...standings.keys()]).toEqual([CASE_ID]);
    expect(standings.get(CASE_ID)).toEqual({ caseId: CASE_ID, attempts: 3, bestScore: 100, lastScore: 0, lastAttemptAt: day(3) });
    expect((await getCaseStandings(database.db, (await newUser()).id)).size).toBe(0);
  });

  it("grades an unknown but well-shaped code as wrong instead of failing", async () => {
    const user = await newUser();
    const attempt = await submit(user.id, { diagnoses: [{ code: "S83.999A" }], procedures: [{ code: "29999", modifiers: ["RT"], units: 1, pointers: [1] }] });
    expect(attempt.score).toBeLessThan(100);
    expect(attempt.grade.verdicts.map((verdict) => verdict.status)).not.toContain("correct");
  });

  it("rejects malformed codes before anything is stored, naming the line", () => {
    const result = SubmitAttemptSchema.safeParse({ caseId: CASE_ID, idempotencyKey: key(), answer: { diagnoses: [{ code: "knee" }], procedures: [] } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ["answer", "diagnoses", 0, "code"],
      message: expect.stringContaining("not shaped like an ICD-10-CM code"),
    });
    expect(CodingSubmissionSchema.safeParse({ diagnoses: [], procedures: [{ code: "2988", units: 1 }] }).success).toBe(false);
  });

  it("caps the time taken, and uses the browser's timer only when there is no draft", async () => {
    const user = await newUser();
    const draft = await startCase(database.db, user.id, CASE_ID);
    const late = await submit(user.id, submissionFromKey(knee.key), key(), new Date(draft.startedAt.getTime() + 3 * 24 * 3600_000));
    expect(late.durationSeconds).toBe(MAX_ATTEMPT_SECONDS);
    const withoutDraft = await submitCodingAttempt(
      database.db,
      user.id,
      SubmitAttemptSchema.parse({ caseId: CASE_ID, idempotencyKey: key(), answer: submissionFromKey(knee.key), elapsedSeconds: 42 }),
    );
    expect(withoutDraft.durationSeconds).toBe(42);
  });

  it("refuses an unknown case without writing anything", async () => {
    const user = await newUser();
    const error = await rejection(
      submitCodingAttempt(database.db, user.id, SubmitAttemptSchema.parse({ caseId: "no-such-case", idempotencyKey: key(), answer: { diagnoses: [] } })),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("NOT_FOUND");
    expect(await database.db.codingAttempt.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("drafts", () => {
  it("survive a reload, keep their start time across saves, and restart on a retry", async () => {
    const user = await newUser();
    const started = await startCase(database.db, user.id, CASE_ID);
    const answer = { diagnoses: [{ code: "S83.24" }], procedures: [{ code: "2988", modifiers: ["RT"], units: "1", pointers: [1] }] };
    await saveDraft(database.db, user.id, CASE_ID, answer);
    const reloaded = await getDraft(database.db, user.id, CASE_ID);
    expect(reloaded).toMatchObject({ answer, startedAt: started.startedAt });
    expect((await startCase(database.db, user.id, CASE_ID)).answer).toEqual(answer);
    const restarted = await restartCase(database.db, user.id, CASE_ID);
    expect(restarted.answer).toEqual({ diagnoses: [{ code: "" }], procedures: [] });
  });
});

describe("authorisation", () => {
  it("keeps one learner's attempts and drafts away from another", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await saveDraft(database.db, alice.id, CASE_ID, { diagnoses: [{ code: "S83.241A" }], procedures: [] });
    const attempt = await submit(alice.id, submissionFromKey(knee.key));

    const error = await rejection(getAttempt(database.db, bob.id, attempt.id));
    expect((error as DomainError).code).toBe("NOT_FOUND");
    expect(await listCaseAttempts(database.db, bob.id, CASE_ID)).toEqual([]);
    expect((await getCaseStandings(database.db, bob.id)).size).toBe(0);
    expect(await getDraft(database.db, bob.id, CASE_ID)).toBeNull();
    expect((await getAttempt(database.db, alice.id, attempt.id)).id).toBe(attempt.id);

    // Bob reusing Alice's idempotency key records his own attempt; it never returns hers.
    const alicesKey = (await database.db.codingAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).idempotencyKey;
    const bobs = await submit(bob.id, { diagnoses: [{ code: "E11.9" }], procedures: [] }, alicesKey);
    expect(bobs.id).not.toBe(attempt.id);

    // Bob's retry and draft writes touch only his own rows.
    await saveDraft(database.db, bob.id, CASE_ID, { diagnoses: [{ code: "X" }], procedures: [] });
    await restartCase(database.db, bob.id, CASE_ID);
    expect((await database.db.codingAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).userId).toBe(alice.id);
  });
});

describe("key disputes", () => {
  it("stores a dispute with the case version, once per learner and line, and lists it for reviewers", async () => {
    const user = await newUser();
    const attempt = await submit(user.id, submissionFromKey(knee.key));
    const input = DisputeSchema.parse({
      caseId: CASE_ID,
      keyLineId: "d1",
      note: "  The op note says complex tear, so S83.231A fits better.  ",
      attemptId: attempt.id,
    });
    await disputeKeyLine(database.db, user.id, input);
    const duplicate = await rejection(disputeKeyLine(database.db, user.id, input));
    expect((duplicate as DomainError).code).toBe("CONFLICT");
    expect(await disputedLineIds(database.db, user.id, CASE_ID)).toEqual(["d1"]);

    const admin = await database.db.user.create({ data: { email: `reviewer${++counter}@example.org`, role: "ADMIN" }, select: { id: true, role: true } });
    const listed = (await listReviewableDisputes(database.db, admin, { status: "OPEN" })).find((row) => row.learnerEmail === user.email);
    expect(listed).toMatchObject({
      caseId: CASE_ID,
      caseVersion: knee.version,
      keyLineId: "d1",
      code: "S83.241A",
      lineStatus: "required",
      note: "The op note says complex tear, so S83.231A fits better.",
      status: "OPEN",
    });
    // A dispute about a line the key only accepts (an external-cause code, Section I.C.20) says so to the reviewer.
    const wrist = "ortho-wrist-fracture-referred-from-ed";
    await disputeKeyLine(database.db, user.id, DisputeSchema.parse({ caseId: wrist, keyLineId: "d2", note: "The fall is documented, so this should count." }));
    const external = (await listReviewableDisputes(database.db, admin)).find((row) => row.learnerEmail === user.email && row.caseId === wrist);
    expect(external).toMatchObject({ keyLineId: "d2", code: "W01.0XXA", lineStatus: "optional" });
    const decision = { disputeId: listed!.id, status: "ACCEPTED" as const, reply: "Agreed: the op note documents a complex tear." };
    const refused = await rejection(reviewDispute(database.db, { id: user.id, role: "LEARNER" }, decision));
    expect((refused as DomainError).code).toBe("NOT_FOUND");
    await reviewDispute(database.db, admin, decision);
    expect(await database.db.auditEvent.count({ where: { action: "dispute.review", targetId: listed!.id } })).toBe(1);
    expect((await listReviewableDisputes(database.db, admin, { status: "ACCEPTED" })).map((row) => row.id)).toContain(listed!.id);
  });

  it("refuses a line not in the key, another learner's attempt, and a note too short", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const attempt = await submit(alice.id, submissionFromKey(knee.key));
    const noLine = await rejection(
      disputeKeyLine(database.db, bob.id, DisputeSchema.parse({ caseId: CASE_ID, keyLineId: "d9", note: "This line seems wrong to me." })),
    );
    expect((noLine as DomainError).code).toBe("INVALID");
    const notHis = await rejection(
      disputeKeyLine(
        database.db,
        bob.id,
        DisputeSchema.parse({ caseId: CASE_ID, keyLineId: "d1", note: "This line seems wrong to me.", attemptId: attempt.id }),
      ),
    );
    expect((notHis as DomainError).code).toBe("NOT_FOUND");
    expect(DisputeSchema.safeParse({ caseId: CASE_ID, keyLineId: "d1", note: "wrong" }).error!.issues[0]!.message).toMatch(/at least 10 characters/);
    expect(await database.db.keyDispute.count({ where: { userId: bob.id } })).toBe(0);
  });
});

describe("accuracy by code family", () => {
  it("counts only the learner's latest attempt at each case", async () => {
    const user = await newUser();
    const other = await newUser();
    const noModifier = submissionFromKey(knee.key);
    noModifier.procedures = noModifier.procedures.map((line) => ({ ...line, modifiers: [] }));
    await submit(user.id, noModifier, key(), new Date(Date.now() - 60_000));
    const { families: before } = await getLearnerMastery(database.db, user.id);
    expect(before[0]).toMatchObject({ family: { key: "modifiers" }, accuracy: 0 });

    await submit(other.id, noModifier);
    await submit(user.id, submissionFromKey(knee.key));
    const { families: after } = await getLearnerMastery(database.db, user.id);
    expect(after.every((row) => row.accuracy === 1)).toBe(true);
    expect(after.find((row) => row.family.key === "modifiers")!.possible).toBe(1);
  });
});

describe("renamed cases and form rows", () => {
  const OLD_ID = "ed-chest-pain-observation-99285";
  const NEW_ID = "ed-chest-pressure-workup";

  it("an old case id still saves the draft and the attempt, under the new id, so no history is split", async () => {
    const user = await newUser();
    await startCase(database.db, user.id, OLD_ID);
    expect(await getDraft(database.db, user.id, NEW_ID)).not.toBeNull();
    const chest = findCase(NEW_ID)!;
    const attempt = await submitCodingAttempt(
      database.db,
      user.id,
      SubmitAttemptSchema.parse({ caseId: OLD_ID, idempotencyKey: key(), answer: submissionFromKey(chest.key) }),
    );
    expect(attempt).toMatchObject({ caseId: NEW_ID, score: 100 });
    expect(await getDraft(database.db, user.id, NEW_ID)).toBeNull();
    expect((await listCaseAttempts(database.db, user.id, OLD_ID)).map((row) => row.id)).toEqual([attempt.id]);
  });

  it("stores the form row of each submitted line with the answer, and ignores rows that do not fit it", async () => {
    const user = await newUser();
    const answer = { diagnoses: [{ code: "S83.241A" }], procedures: [{ code: "29881", modifiers: ["RT"], units: 1, pointers: [1] }] };
    const stored = await submitCodingAttempt(
      database.db,
      user.id,
      SubmitAttemptSchema.parse({ caseId: CASE_ID, idempotencyKey: key(), answer, formRows: { diagnoses: [1], procedures: [0] } }),
    );
    expect((await getAttempt(database.db, user.id, stored.id)).answer.formRows).toEqual({ diagnoses: [1], procedures: [0] });
    const mismatched = await submitCodingAttempt(
      database.db,
      user.id,
      SubmitAttemptSchema.parse({ caseId: CASE_ID, idempotencyKey: key(), answer, formRows: { diagnoses: [1, 2], procedures: [0] } }),
    );
    expect((await getAttempt(database.db, user.id, mismatched.id)).answer.formRows).toBeUndefined();
  });

  it("resolves the rationale's guideline citations with their headings when an attempt is read", async () => {
    const user = await newUser();
    const stored = await submit(user.id, { diagnoses: [{ code: "S83.241A" }], procedures: [] });
    const d1 = (await getAttempt(database.db, user.id, stored.id)).grade.verdicts.find((verdict) => verdict.keyLineId === "d1")!;
    expect(d1.citations).toContainEqual({ cited: "I.C.19.a", id: "I.C.19.a", title: "Application of 7th Characters in Chapter 19", page: 77 });
  });
});
