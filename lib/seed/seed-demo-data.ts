import type { Database } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/schemas";
import type { CodingSubmissionInput } from "@/lib/coding/schemas";
import { seedDemoCohort } from "@/lib/seed/seed-cohorts";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { findCase } from "@/lib/practice/case-catalog";
import { seedDenialWork } from "@/lib/denials/seed";
import { saveLearnerProfile } from "@/lib/profile/learner-profile";
import { dayOf } from "@/lib/progress/progress-series";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";
import { seedWorkdayHistory } from "@/lib/seed/seed-workday";

/** Demo accounts, documented in the README; for local installs and tests, never production data. */
export const DEMO_ACCOUNTS: { email: string; password: string; name: string; role: Role }[] = [
  { email: "demo@chartwise.test", password: "chartwise-demo", name: "Dana Demo", role: "LEARNER" },
  { email: "instructor@chartwise.test", password: "chartwise-instructor", name: "Ira Instructor", role: "INSTRUCTOR" },
  { email: "admin@chartwise.test", password: "chartwise-admin", name: "Ada Admin", role: "ADMIN" },
];

export type SeedReport = { created: string[] };

/** Creates whatever demo data is missing; running it again changes nothing. */
export async function seedDemoData(db: Database): Promise<SeedReport> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    const user = await db.user.create({
      data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
    });
    if (account.role === "LEARNER") await seedLearnerStart(db, user.id);
    created.push(account.email);
  }
  await seedDemoCohort(db, { instructor: DEMO_ACCOUNTS[1]!.email, learner: DEMO_ACCOUNTS[0]!.email });
  return { created };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The knee arthroscopy key as a learner would write it, optionally with the wrong 7th character or no modifier. */
function kneeAnswer(options: { seventh?: string; modifier?: boolean } = {}): CodingSubmissionInput {
  return {
    diagnoses: [{ code: `S83.241${options.seventh ?? "A"}` }],
    procedures: [{ system: "cpt", code: "29881", modifiers: options.modifier === false ? [] : ["RT"], units: 1, pointers: [1] }],
  };
}

/**
 * A few days of practice and a profile for the demo learner, so a visitor signing in as them sees the progress,
 * readiness and salary pages at work. The attempts are graded by the real grader, so they are what a learner
 * giving these answers would have got.
 */
async function seedLearnerStart(db: Database, userId: string, now = new Date()): Promise<void> {
  await saveLearnerProfile(db, userId, {
    state: "nj",
    yearsOfExperience: 0,
    credentials: [],
    targetCredential: "cpc",
    examDate: dayOf(new Date(now.getTime() + 70 * DAY_MS)),
    payGoal: 60_000,
    remotePreference: "remote",
  });
  const history: Array<{ caseId: string; answer: CodingSubmissionInput; daysAgo: number; minutes: number }> = [
    { caseId: "ortho-knee-scope-medial-meniscus", answer: kneeAnswer({ seventh: "D", modifier: false }), daysAgo: 3, minutes: 14 },
    {
      caseId: "fm-sore-throat-first-visit",
      answer: { diagnoses: [{ code: "J02.9" }], procedures: [{ system: "cpt", code: "99203", modifiers: [], units: 1, pointers: [1] }] },
      daysAgo: 2,
      minutes: 11,
    },
    { caseId: "ortho-knee-scope-medial-meniscus", answer: kneeAnswer(), daysAgo: 1, minutes: 6 },
  ];
  for (const [index, entry] of history.entries()) {
    if (!findCase(entry.caseId)) continue;
    const at = new Date(now.getTime() - entry.daysAgo * DAY_MS);
    const input = SubmitAttemptSchema.parse({
      caseId: entry.caseId,
      idempotencyKey: `demo-seed-${index}`,
      answer: entry.answer,
      elapsedSeconds: entry.minutes * 60,
    });
    await submitCodingAttempt(db, userId, input, at);
  }
  await seedWorkdayHistory(db, userId, now);
  await seedDenialWork(db, userId, now);
}
