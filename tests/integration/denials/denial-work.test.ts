import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctionStart } from "@/lib/claims/workbench";
import { assessReadiness } from "@/lib/certification/readiness";
import { getDenialAttempt, listDenialAttempts, scrubDenialCorrection, submitDenialWork } from "@/lib/denials/attempts";
import { findScenario } from "@/lib/denials/catalog";
import { SubmitDenialWorkSchema, type SubmitDenialWorkInput } from "@/lib/denials/schemas";
import { seedDenialWork } from "@/lib/denials/seed";
import { getDenialStats } from "@/lib/denials/stats";
import { getWorklist } from "@/lib/denials/worklist";
import { DomainError } from "@/lib/errors";
import { getLearnerMastery } from "@/lib/progress/learner-mastery";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `denials${++counter}@example.org` }, select: { id: true } });
const key = () => `denialkey${Date.now()}${++counter}`;
const submit = (userId: string, input: Omit<SubmitDenialWorkInput, "idempotencyKey"> & { idempotencyKey?: string }) =>
  submitDenialWork(database.db, userId, SubmitDenialWorkSchema.parse({ idempotencyKey: key(), ...input }));
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

const xs = findScenario("ortho-knee-scope-injection-xs")!;
function xsCorrection(modifiers: string[]) {
  const start = correctionStart(xs);
  return {
    answer: {
      diagnoses: start.diagnoses.map((code) => ({ code })),
      procedures: start.lines.map((line, index) => ({
        code: line.code,
        modifiers: index === 1 ? modifiers : line.modifiers,
        units: line.units,
        pointers: line.pointers,
      })),
    },
    memberId: start.memberId,
    renderingNpi: start.renderingNpi,
    placeOfService: start.placeOfService,
  };
}

describe("denial work", () => {
  it("sends a corrected claim, stores the graded attempt with the payer's remittance, and counts a clean claim", async () => {
    const user = await newUser();
    const result = await submit(user.id, {
      claimNumber: xs.claim.claimNumber,
      rootCause: "ptp-no-modifier",
      resolution: "corrected-claim",
      correction: xsCorrection(["RT", "XS"]),
    });
    expect(result.kind).toBe("graded");
    if (result.kind !== "graded") return;
    expect(result.attempt).toMatchObject({ scenarioId: xs.id, scenarioVersion: xs.version, score: 100 });
    expect(result.attempt.payerAnswer.kind).toBe("remittance");
    const stored = await database.db.denialAttempt.findUniqueOrThrow({ where: { id: result.attempt.id } });
    expect(stored).toMatchObject({ userId: user.id, rootCauseCorrect: true, resolutionCorrect: true, resolution: "corrected-claim" });
    expect(stored.recoveredCents).toBeGreaterThan(0);
    expect(await database.db.claimSubmission.findMany({ where: { userId: user.id }, select: { clean: true, paid: true, kind: true } })).toEqual([
      { clean: true, paid: true, kind: "corrected-claim" },
    ]);
    const stats = await getDenialStats(database.db, user.id);
    expect(stats).toMatchObject({ claimsWorked: 1, claimsSent: 1, cleanClaims: 1, averageScore: 100, rootCauseAccuracy: 1 });
  });

  it("records a claim the scrubber stops as a submission that was not clean, and grades nothing", async () => {
    const user = await newUser();
    const result = await submit(user.id, {
      claimNumber: xs.claim.claimNumber,
      rootCause: "ptp-no-modifier",
      resolution: "corrected-claim",
      correction: xsCorrection(["RT"]),
    });
    expect(result.kind).toBe("blocked");
    if (result.kind === "blocked") expect(result.scrub.findings.map((finding) => finding.edit)).toContain("ptp");
    expect(await database.db.denialAttempt.count({ where: { userId: user.id } })).toBe(0);
    expect(await database.db.claimSubmission.findMany({ where: { userId: user.id }, select: { clean: true, paid: true } })).toEqual([
      { clean: false, paid: false },
    ]);
    const row = (await getWorklist(database.db, user.id)).find((candidate) => candidate.scenarioId === xs.id)!;
    expect(row.status).toBe("working");
  });

  it("records one attempt for a double send with the same key, even when the two race", async () => {
    const user = await newUser();
    const idempotencyKey = key();
    const input = { claimNumber: "MSF-26-20915", idempotencyKey, rootCause: "copay-uncollected", resolution: "bill-patient" as const };
    const [first, second] = await Promise.all([submit(user.id, input), submit(user.id, input)]);
    expect(first.kind === "graded" && second.kind === "graded" && first.attempt.id === second.attempt.id).toBe(true);
    const again = await submit(user.id, { ...input, resolution: "write-off", writeOffReason: "small-balance" });
    expect(again.kind === "graded" && first.kind === "graded" && again.attempt.id === first.attempt.id).toBe(true);
    expect(await database.db.denialAttempt.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a key reused for another claim, an unknown claim and a root cause that is not offered, writing nothing", async () => {
    const user = await newUser();
    const idempotencyKey = key();
    await submit(user.id, { claimNumber: "MSF-26-20915", idempotencyKey, rootCause: "copay-uncollected", resolution: "bill-patient" });
    const reused = await rejection(submit(user.id, { claimNumber: "HBC-26-41207", idempotencyKey, rootCause: "contractual", resolution: "no-action" }));
    expect(reused).toBeInstanceOf(DomainError);
    expect((reused as DomainError).code).toBe("CONFLICT");
    const unknown = await rejection(submit(user.id, { claimNumber: "NOPE-0000", rootCause: "x", resolution: "no-action" }));
    expect((unknown as DomainError).code).toBe("NOT_FOUND");
    const badCause = await rejection(submit(user.id, { claimNumber: "HBC-26-41207", rootCause: "made-up", resolution: "no-action" }));
    expect((badCause as DomainError).code).toBe("INVALID");
    expect(await database.db.denialAttempt.count({ where: { userId: user.id } })).toBe(1);
  });

  it("stores the appeal letter exactly as typed, and the payer's decision", async () => {
    const user = await newUser();
    const esi = findScenario("ortho-lumbar-esi-medical-necessity")!;
    const letter = `Please reconsider <script>alert("x")</script> & review the attached records; the policy's three conditions are met.`;
    const result = await submit(user.id, {
      claimNumber: esi.claim.claimNumber,
      rootCause: "records-not-shown",
      resolution: "appeal",
      appeal: {
        letter,
        attachments: [
          { documentId: "spine-consult", passage: 1 },
          { documentId: "spine-consult", passage: 2 },
          { documentId: "spine-consult", passage: 3 },
        ],
      },
    });
    expect(result.kind).toBe("graded");
    if (result.kind !== "graded") return;
    expect(result.attempt.grade).toMatchObject({ outcome: "overturned", appealOverturned: true, score: 100 });
    expect((await getDenialAttempt(database.db, user.id, result.attempt.id)).appealLetter).toBe(letter);
    const partial = await submit(user.id, {
      claimNumber: esi.claim.claimNumber,
      rootCause: "records-not-shown",
      resolution: "appeal",
      appeal: { letter, attachments: [{ documentId: "spine-consult", passage: 1 }] },
    });
    expect(partial.kind === "graded" && partial.attempt.grade.outcome).toBe("upheld");
    expect((await listDenialAttempts(database.db, user.id, esi.id)).map((attempt) => attempt.grade.outcome)).toEqual(["upheld", "overturned"]);
  });

  it("keeps each learner's work to themselves", async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    const result = await submit(alice.id, { claimNumber: "MSF-26-20915", rootCause: "copay-uncollected", resolution: "bill-patient" });
    if (result.kind !== "graded") throw new Error("expected a graded attempt");
    const error = await rejection(getDenialAttempt(database.db, bob.id, result.attempt.id));
    expect((error as DomainError).code).toBe("NOT_FOUND");
    expect(await listDenialAttempts(database.db, bob.id, result.attempt.scenarioId)).toEqual([]);
    expect((await getWorklist(database.db, bob.id)).every((row) => row.status === "new")).toBe(true);
    expect((await getDenialStats(database.db, bob.id)).claimsWorked).toBe(0);
  });

  it("runs the scrubber on a correction without storing anything", async () => {
    const user = await newUser();
    const scrub = await scrubDenialCorrection(
      database.db,
      xs.claim.claimNumber,
      SubmitDenialWorkSchema.parse({
        claimNumber: xs.claim.claimNumber,
        idempotencyKey: key(),
        rootCause: "x",
        resolution: "corrected-claim",
        correction: xsCorrection(["RT", "XS"]),
      }).correction!,
    );
    expect(scrub).toEqual({ findings: [], clean: true });
    expect(await database.db.claimSubmission.count({ where: { userId: user.id } })).toBe(0);
  });

  it("seeds the demo learner's work, once, and counts it in CPB readiness", async () => {
    const user = await newUser();
    await seedDenialWork(database.db, user.id);
    await seedDenialWork(database.db, user.id);
    const rows = await getWorklist(database.db, user.id);
    expect(
      rows
        .filter((row) => row.status !== "new")
        .map((row) => [row.claimNumber, row.status])
        .sort(),
    ).toEqual([
      ["LOS-26-10930", "paid"],
      ["MSF-26-20915", "billed-patient"],
    ]);
    const mastery = await getLearnerMastery(database.db, user.id);
    expect(mastery.denials).toEqual({ claimsWorked: 2, earned: 2 });
    const readiness = assessReadiness(
      {
        code: "cpb",
        skills: [
          { id: "denial-work", label: "Denials", weight: 1, practice: "denials" },
          { id: "x", label: "x", weight: 0, modules: ["code-sets"] },
        ],
      },
      mastery,
    );
    expect(readiness.skills[0]).toMatchObject({ kind: "denials", lines: 2, lowEvidence: true });
    expect(readiness.skills[0]!.mastery).toBeCloseTo(2 / 5, 9);
  });
});
