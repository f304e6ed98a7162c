import type { Database } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getGuide } from "@/lib/content/get-guide";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { getCases } from "@/lib/practice/case-catalog";
import { disputeKeyLine } from "@/lib/practice/disputes";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";
import { createSalaryScenario } from "@/lib/salary/scenarios";
import type { SecurityFixtures } from "./action-table";

export type SecurityWorld = {
  fixtures: SecurityFixtures & { otherLessonSlug: string };
  learnerUser: CurrentUser;
  otherUser: CurrentUser;
  instructorUser: CurrentUser;
  adminUser: CurrentUser;
};

const PASSWORD = "correct horse battery";

async function user(db: Database, email: string, role: CurrentUser["role"]): Promise<CurrentUser> {
  return db.user.create({
    data: { email, name: email.split("@")[0]!, role, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** Two learners, an instructor and an admin; the first learner owns an attempt, a scenario, a dispute, a draft and a profile. */
export async function createSecurityFixtures(db: Database): Promise<SecurityWorld> {
  const [learnerUser, otherUser, instructorUser, adminUser] = [
    await user(db, "owner@example.org", "LEARNER"),
    await user(db, "other@example.org", "LEARNER"),
    await user(db, "instructor@example.org", "INSTRUCTOR"),
    await user(db, "admin@example.org", "ADMIN"),
  ];
  const caseId = getCases()[0]!.id;
  const lessons = getGuide().modules.flatMap((guideModule) => guideModule.lessons);
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
  return {
    fixtures: {
      caseId,
      lessonSlug: lessons[0]!.slug,
      otherLessonSlug: lessons[1]!.slug,
      learner: { id: learnerUser.id, email: learnerUser.email, password: PASSWORD, attemptId: attempt.id, scenarioId: scenario.id, disputeId: dispute.id },
      other: { id: otherUser.id },
      admin: { id: adminUser.id },
    },
    learnerUser,
    otherUser,
    instructorUser,
    adminUser,
  };
}
