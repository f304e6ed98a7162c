import type { Database } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/current-user";
import { correctionStart } from "@/lib/claims/workbench";
import { createAssignment } from "@/lib/cohorts/assignments";
import { joinCohort } from "@/lib/cohorts/join-cohort";
import { formatJoinCode } from "@/lib/cohorts/join-code";
import { createCohort, currentJoinCode, issueJoinCode, removeLearner } from "@/lib/cohorts/manage-cohorts";
import { CreateAssignmentSchema } from "@/lib/cohorts/schemas";
import { getGuide } from "@/lib/content/get-guide";
import { submitDenialWork } from "@/lib/denials/attempts";
import { findScenario as findDenialScenario } from "@/lib/denials/catalog";
import { SubmitDenialWorkSchema } from "@/lib/denials/schemas";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { getCases } from "@/lib/practice/case-catalog";
import { disputeKeyLine } from "@/lib/practice/disputes";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";
import { createSalaryScenario } from "@/lib/salary/scenarios";
import { appendAction, startRun } from "@/lib/workday/runs";
import { AppendActionSchema } from "@/lib/workday/schemas";
import type { SecurityFixtures } from "./action-table";

export type SecurityWorld = {
  fixtures: SecurityFixtures & { otherLessonSlug: string };
  learnerUser: CurrentUser;
  otherUser: CurrentUser;
  /** An instructor who teaches no cohort the learner is in. */
  instructorUser: CurrentUser;
  /** The instructor whose cohort the learner is in. */
  teacherUser: CurrentUser;
  /** A learner who was in that cohort and was removed from it. */
  removedUser: CurrentUser;
  adminUser: CurrentUser;
};

const PASSWORD = "correct horse battery";
/** The denial scenarios the learner works: one with a corrected claim, one with an appeal. */
export const DENIAL_CLAIMS = { corrected: "ortho-knee-scope-injection-xs", appeal: "ortho-lumbar-esi-medical-necessity" } as const;
export const WORKDAY_SCENARIO = "tutorial-day";
export const OWNER_APPEAL_LETTER = "Owner's appeal: the consult notes show all three conditions of the policy were met before the injection.";

// Everyone has the same password: one argon2 hash (a slow one on purpose) serves them all.
let passwordHash: Promise<string> | undefined;

async function user(db: Database, email: string, role: CurrentUser["role"]): Promise<CurrentUser> {
  passwordHash ??= hashPassword(PASSWORD);
  return db.user.create({
    data: { email, name: email.split("@")[0]!, role, passwordHash: await passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** A corrected claim as the claim editor starts it, with the modifiers that make it clean. */
export function cleanCorrection() {
  const scenario = findDenialScenario(DENIAL_CLAIMS.corrected)!;
  const start = correctionStart(scenario);
  return {
    claimNumber: scenario.claim.claimNumber,
    correction: {
      answer: {
        diagnoses: start.diagnoses.map((code) => ({ code })),
        procedures: start.lines.map((line, index) => ({
          code: line.code,
          modifiers: index === 1 ? ["RT", "XS"] : line.modifiers,
          units: line.units,
          pointers: line.pointers,
        })),
      },
      memberId: start.memberId,
      renderingNpi: start.renderingNpi,
      placeOfService: start.placeOfService,
    },
  };
}

/**
 * Two learners, two instructors, a removed learner and an admin. The first learner is in the teacher's cohort and
 * owns an attempt, a scenario, a dispute, a draft, a profile, denial work (a corrected claim, an appeal) and a
 * workday run; the teacher owns the cohort, its join code and an assignment.
 */
export async function createSecurityFixtures(db: Database): Promise<SecurityWorld> {
  const [learnerUser, otherUser, instructorUser, teacherUser, removedUser, adminUser] = [
    await user(db, "owner@example.org", "LEARNER"),
    await user(db, "other@example.org", "LEARNER"),
    await user(db, "instructor@example.org", "INSTRUCTOR"),
    await user(db, "teacher@example.org", "INSTRUCTOR"),
    await user(db, "removed@example.org", "LEARNER"),
    await user(db, "admin@example.org", "ADMIN"),
  ];
  const caseId = getCases()[0]!.id;
  const lessons = getGuide().modules.flatMap((guideModule) => guideModule.lessons);

  // The cohort first: an instructor sees a learner's work from the day they joined.
  const cohort = await createCohort(db, teacherUser, { name: "Owner's cohort", startsOn: "2026-09-01", endsOn: "2027-06-30" });
  await joinCohort(db, learnerUser, (await currentJoinCode(db, cohort.id))!.code);
  await joinCohort(db, removedUser, (await currentJoinCode(db, cohort.id))!.code);
  await removeLearner(db, teacherUser, cohort.id, removedUser.id);
  await issueJoinCode(db, teacherUser, cohort.id, 30);
  const joinCode = formatJoinCode((await currentJoinCode(db, cohort.id))!.code);
  const now = Date.now();
  const assignment = await createAssignment(
    db,
    teacherUser,
    CreateAssignmentSchema.parse({
      cohortId: cohort.id,
      title: "Owner's assignment",
      opensAt: new Date(now - 86_400_000).toISOString().slice(0, 16),
      dueAt: new Date(now + 7 * 86_400_000).toISOString().slice(0, 16),
      items: [`CHART_CASE:${caseId}`],
    }),
  );

  const attempt = await submitCodingAttempt(
    db,
    learnerUser.id,
    SubmitAttemptSchema.parse({ caseId, idempotencyKey: "fixture-attempt-1", answer: { diagnoses: [{ code: "J45.901" }], procedures: [] } }),
  );
  const scenario = await createSalaryScenario(db, learnerUser.id, {
    name: "Owner's plan",
    comparison: { profile: { yearsOfExperience: 1, credentials: [] }, paths: [{ label: "Now", events: [] }] },
  });
  const dispute = await disputeKeyLine(db, learnerUser.id, { caseId, keyLineId: "d1", note: "The owner's note about this key line." });
  await db.codingDraft.create({ data: { userId: learnerUser.id, caseId, answer: { diagnoses: [{ code: "OWNER" }], procedures: [] } } });
  await db.learnerProfile.create({ data: { userId: learnerUser.id, state: "nj", payGoal: 61_234 } });

  const corrected = await submitDenialWork(
    db,
    learnerUser.id,
    SubmitDenialWorkSchema.parse({
      ...cleanCorrection(),
      idempotencyKey: "fixture-denial-corrected",
      rootCause: "ptp-no-modifier",
      resolution: "corrected-claim",
    }),
  );
  const appealScenario = findDenialScenario(DENIAL_CLAIMS.appeal)!;
  const appeal = await submitDenialWork(
    db,
    learnerUser.id,
    SubmitDenialWorkSchema.parse({
      claimNumber: appealScenario.claim.claimNumber,
      idempotencyKey: "fixture-denial-appeal",
      rootCause: "records-not-shown",
      resolution: "appeal",
      appeal: { letter: OWNER_APPEAL_LETTER, attachments: [{ documentId: "spine-consult", passage: 1 }] },
    }),
  );
  if (corrected.kind !== "graded" || appeal.kind !== "graded") throw new Error("the denial fixtures were not graded");

  const run = await startRun(db, learnerUser.id, WORKDAY_SCENARIO, "owner-seed");
  await appendAction(db, learnerUser.id, AppendActionSchema.parse({ runId: run.id, seq: 1, action: { type: "advance" } }));

  return {
    fixtures: {
      caseId,
      lessonSlug: lessons[0]!.slug,
      otherLessonSlug: lessons[1]!.slug,
      learner: {
        id: learnerUser.id,
        email: learnerUser.email,
        password: PASSWORD,
        attemptId: attempt.id,
        scenarioId: scenario.id,
        disputeId: dispute.id,
        denialAttemptIds: [corrected.attempt.id, appeal.attempt.id],
        workdayRunId: run.id,
        workdayNextSeq: 2,
      },
      cohort: { id: cohort.id, joinCode, assignmentId: assignment.id, removedLearnerId: removedUser.id },
      other: { id: otherUser.id },
      admin: { id: adminUser.id },
    },
    learnerUser,
    otherUser,
    instructorUser,
    teacherUser,
    removedUser,
    adminUser,
  };
}
