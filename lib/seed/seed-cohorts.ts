import type { Database } from "@/lib/db/client";
import type { CodingSubmission } from "@/lib/coding/types";
import type { AnswerKey } from "@/lib/coding/types";
import { itemExists } from "@/lib/cohorts/assignable-items";
import { generateJoinCode } from "@/lib/cohorts/join-code";
import { submitDenialWork } from "@/lib/denials/attempts";
import { findScenario as findDenialScenario } from "@/lib/denials/catalog";
import { SubmitDenialWorkSchema } from "@/lib/denials/schemas";
import { getGuide } from "@/lib/content/get-guide";
import type { Quiz } from "@/lib/content/schemas";
import { correctAnswers, type KnowledgeCheckAnswers } from "@/lib/guide/grade-knowledge-check";
import { submitKnowledgeCheck, SubmitKnowledgeCheckSchema } from "@/lib/guide/submit-knowledge-check";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { findCase } from "@/lib/practice/case-catalog";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";

const DAY_MS = 86_400_000;
// Seeding runs on first start, when a small machine is busiest: give its transactions room beyond the 5 s default.
const SEED_TRANSACTION = { timeout: 60_000, maxWait: 60_000 };
export const DEMO_COHORT_NAME = "CPC prep — evening cohort";

/** Synthetic classmates for the demo learner; they have no password and cannot sign in. */
const CLASSMATES = [
  { email: "maya.torres@learners.chartwise.test", name: "Maya Torres" },
  { email: "jordan.lee@learners.chartwise.test", name: "Jordan Lee" },
  { email: "priya.shah@learners.chartwise.test", name: "Priya Shah" },
  { email: "sam.okafor@learners.chartwise.test", name: "Sam Okafor" },
];

type Slip = "none" | "seventh" | "modifier" | "wrong-code" | "miss-line" | "extra" | "em-level";

/** A key written back as a learner would, with one realistic slip: the mistakes item analysis should surface. */
function answerWith(key: AnswerKey, slips: Slip | Slip[]): CodingSubmission {
  const has = (slip: Slip) => (Array.isArray(slips) ? slips.includes(slip) : slips === slip);
  const position = new Map(key.diagnoses.map((line, index) => [line.id, index + 1]));
  const answer: CodingSubmission = {
    diagnoses: key.diagnoses.map((line) => ({ code: line.code })),
    procedures: key.procedures.map((line) => ({
      system: line.system,
      code: line.code,
      modifiers: [...line.modifiers],
      units: line.units,
      pointers: line.pointers.map((id) => position.get(id)!),
    })),
  };
  const first = answer.diagnoses[0]!;
  if (has("seventh") && /^[A-Z]\d{2}\.\w{4}$/.test(first.code)) first.code = `${first.code.slice(0, -1)}D`;
  if (has("modifier") && answer.procedures[0]) answer.procedures[0].modifiers = [];
  if (has("wrong-code")) first.code = first.code.endsWith("1A") ? `${first.code.slice(0, -2)}2A` : `${first.code.slice(0, 3)}.9`;
  if (has("miss-line") && answer.diagnoses.length > 1) {
    answer.diagnoses.pop();
    for (const line of answer.procedures)
      line.pointers = line.pointers
        .filter((pointer) => pointer <= answer.diagnoses.length)
        .concat(line.pointers.every((pointer) => pointer > answer.diagnoses.length) ? [1] : []);
  }
  if (has("extra")) answer.diagnoses.push({ code: "R52" });
  if (has("em-level") && answer.procedures[0] && /^992\d\d$/.test(answer.procedures[0].code))
    answer.procedures[0].code = `${answer.procedures[0].code.slice(0, 4)}${Number(answer.procedures[0].code.slice(4)) + 1}`;
  return answer;
}

type Plan = { caseId: string; slip: Slip | Slip[]; daysAgo: number; minutes: number };

const HISTORY: Record<string, Plan[]> = {
  "maya.torres@learners.chartwise.test": [
    { caseId: "ortho-knee-scope-medial-meniscus", slip: "none", daysAgo: 7, minutes: 9 },
    { caseId: "fm-sore-throat-first-visit", slip: "none", daysAgo: 2, minutes: 8 },
    { caseId: "ed-teen-ankle-sprain", slip: "none", daysAgo: 1, minutes: 7 },
  ],
  "jordan.lee@learners.chartwise.test": [
    { caseId: "ortho-knee-scope-medial-meniscus", slip: "seventh", daysAgo: 8, minutes: 16 },
    { caseId: "ortho-knee-scope-medial-meniscus", slip: "none", daysAgo: 6, minutes: 7 },
    { caseId: "fm-sore-throat-first-visit", slip: "miss-line", daysAgo: 1, minutes: 12 },
  ],
  "priya.shah@learners.chartwise.test": [
    { caseId: "ortho-knee-scope-medial-meniscus", slip: "modifier", daysAgo: 6, minutes: 13 },
    { caseId: "fm-sore-throat-first-visit", slip: "em-level", daysAgo: 2, minutes: 15 },
    { caseId: "ed-teen-ankle-sprain", slip: "extra", daysAgo: 1, minutes: 11 },
  ],
  "sam.okafor@learners.chartwise.test": [{ caseId: "ortho-knee-scope-medial-meniscus", slip: ["wrong-code", "modifier"], daysAgo: 3, minutes: 22 }],
};

/**
 * The demo instructor's cohort: the demo learner and four synthetic classmates with a week and a half of work on
 * four assignments (one past due, two due this week, one opening soon), graded by the real graders, so the
 * instructor's home, gradebook and item analysis have something to show on a fresh start. Runs once.
 */
export async function seedDemoCohort(db: Database, emails: { instructor: string; learner: string }, now = new Date()): Promise<boolean> {
  const [instructor, learner] = await Promise.all([
    db.user.findUnique({ where: { email: emails.instructor }, select: { id: true } }),
    db.user.findUnique({ where: { email: emails.learner }, select: { id: true } }),
  ]);
  if (!instructor || !learner) return false;
  const existing = await db.cohort.findFirst({ where: { ownerId: instructor.id, name: DEMO_COHORT_NAME }, select: { id: true } });
  if (existing) {
    // Added later than the cohort: fill in on an older install.
    await seedDisputes(db, instructor.id, learner.id, now);
    await seedScenarioAssignment(db, existing.id, now);
    return false;
  }

  const at = (days: number, hour = 23, minute = 59) => {
    const date = new Date(now.getTime() + days * DAY_MS);
    date.setUTCHours(hour, minute, 0, 0);
    return date;
  };
  const classmates: Array<{ id: string; email: string }> = [];
  for (const person of CLASSMATES) {
    classmates.push(
      await db.user.upsert({ where: { email: person.email }, update: {}, create: { ...person, role: "LEARNER" }, select: { id: true, email: true } }),
    );
  }
  const lesson = getGuide().modules[0]?.lessons[0];
  const cohort = await db.$transaction(async (tx) => {
    const created = await tx.cohort.create({ data: { ownerId: instructor.id, name: DEMO_COHORT_NAME, startsOn: at(-12, 0, 0), endsOn: at(80, 0, 0) } });
    await tx.cohortJoinCode.create({ data: { cohortId: created.id, code: generateJoinCode(), expiresAt: at(14) } });
    await tx.cohortMember.createMany({
      data: [learner, ...classmates].map((member, index) => ({
        cohortId: created.id,
        userId: member.id,
        joinedAt: new Date(now.getTime() - (10 * DAY_MS + index * 3600_000)),
      })),
    });
    const assignments = [
      {
        title: "Week 1: knee arthroscopy",
        opensAt: at(-9, 9, 0),
        dueAt: at(-5),
        items: [{ kind: "CHART_CASE" as const, ref: "ortho-knee-scope-medial-meniscus" }],
      },
      {
        title: "Week 2: office and ED visits",
        instructions: "Code both charts. Watch the E/M level and every diagnosis the visit addressed.",
        opensAt: at(-4, 9, 0),
        dueAt: at(2),
        items: [
          { kind: "CHART_CASE" as const, ref: "fm-sore-throat-first-visit" },
          { kind: "CHART_CASE" as const, ref: "ed-teen-ankle-sprain" },
          ...(lesson ? [{ kind: "GUIDE_LESSON" as const, ref: lesson.slug }] : []),
        ],
      },
      { title: "Week 3: modifiers", opensAt: at(1, 9, 0), dueAt: at(9), items: [{ kind: "CHART_CASE" as const, ref: "fm-annual-physical-new-goiter" }] },
    ];
    for (const assignment of assignments) {
      const items = assignment.items.filter((item) => item.kind !== "CHART_CASE" || findCase(item.ref));
      await tx.assignment.create({
        data: {
          cohortId: created.id,
          title: assignment.title,
          instructions: assignment.instructions ?? null,
          opensAt: assignment.opensAt,
          dueAt: assignment.dueAt,
          items: { create: items.map((item, position) => ({ ...item, position })) },
        },
      });
    }
    return created;
  }, SEED_TRANSACTION);

  for (const classmate of classmates) {
    for (const [index, plan] of (HISTORY[classmate.email] ?? []).entries()) {
      const chartCase = findCase(plan.caseId);
      if (!chartCase) continue;
      // A case edited since this was written could make a slip malformed: skip that one rather than fail the start.
      const input = SubmitAttemptSchema.safeParse({
        caseId: plan.caseId,
        idempotencyKey: `cohort-seed-${index}`,
        answer: answerWith(chartCase.key, plan.slip),
        elapsedSeconds: plan.minutes * 60,
      });
      if (input.success) await submitCodingAttempt(db, classmate.id, input.data, new Date(now.getTime() - plan.daysAgo * DAY_MS));
    }
  }
  if (lesson) {
    for (const [index, slips] of CHECK_SLIPS.entries()) {
      const classmate = classmates[index]!;
      const input = SubmitKnowledgeCheckSchema.safeParse({
        lessonSlug: lesson.slug,
        idempotencyKey: `cohort-seed-check-${index}`,
        answers: answersWithSlips(lesson.quiz, slips),
      });
      if (input.success) await submitKnowledgeCheck(db, classmate.id, input.data);
    }
  }
  await seedDisputes(db, instructor.id, learner.id, now);
  await seedScenarioAssignment(db, cohort.id, now);
  return Boolean(cohort.id);
}

/** Which questions of the week 2 lesson's check each classmate gets wrong (by position); the last classmate has not taken it. */
const CHECK_SLIPS: number[][] = [[], [0], [0, 2]];

/** A knowledge check answered right except at the given positions, where a plausible wrong answer is given. */
function answersWithSlips(quiz: Quiz, slips: number[]): KnowledgeCheckAnswers {
  const answers = correctAnswers(quiz);
  for (const position of slips) {
    const item = quiz.items[position];
    if (item?.kind === "single") answers[item.id] = item.options.find((option) => !option.correct)!.id;
    if (item?.kind === "numeric") answers[item.id] = item.answer * 2 + 1;
    if (item?.kind === "matching") {
      // A slip swaps the first two matches.
      const [first, second] = item.pairs;
      answers[item.id] = { ...(answers[item.id] as Record<string, string>), [first!.left]: second!.right, [second!.left]: first!.right };
    }
  }
  return answers;
}

const SCENARIO_ASSIGNMENT = "Week 2 lab: a copay denial and a tutorial day";
const COPAY = "fm-commercial-copay-pr3";

/** The classmates' work on the copay denial: one right first time, one after a wrong root cause, one who chose not to bill it. */
const DENIAL_HISTORY: Record<string, Array<{ rootCause: string; resolution: "bill-patient" | "no-action"; hoursAgo: number }>> = {
  "maya.torres@learners.chartwise.test": [{ rootCause: "copay-uncollected", resolution: "bill-patient", hoursAgo: 30 }],
  "jordan.lee@learners.chartwise.test": [
    { rootCause: "deductible", resolution: "bill-patient", hoursAgo: 50 },
    { rootCause: "copay-uncollected", resolution: "bill-patient", hoursAgo: 26 },
  ],
  "priya.shah@learners.chartwise.test": [{ rootCause: "copay-uncollected", resolution: "no-action", hoursAgo: 20 }],
};

/**
 * A set of a denial scenario and a workday scenario, open since three days ago and due in three: the demo learner's
 * own seeded denial work and tutorial day complete it, and three classmates have worked the denial through the real
 * payer and grader (none has played the day, so the column shows who has not). Runs once; skipped if the content is gone.
 */
async function seedScenarioAssignment(db: Database, cohortId: string, now: Date) {
  const items = [
    { kind: "DENIAL_SCENARIO" as const, ref: COPAY },
    { kind: "WORKDAY_SCENARIO" as const, ref: "tutorial-day" },
  ].filter((item) => itemExists(item.kind, item.ref));
  if (!items.length || (await db.assignment.findFirst({ where: { cohortId, title: SCENARIO_ASSIGNMENT }, select: { id: true } }))) return;
  const at = (days: number, hour: number, minute = 0) => {
    const date = new Date(now.getTime() + days * DAY_MS);
    date.setUTCHours(hour, minute, 0, 0);
    return date;
  };
  await db.assignment.create({
    data: {
      cohortId,
      title: SCENARIO_ASSIGNMENT,
      instructions: "Work the copay denial on the worklist to an outcome, then play the tutorial day to the end and read its report.",
      opensAt: at(-3, 9),
      dueAt: at(3, 23, 59),
      items: { create: items.map((item, position) => ({ ...item, position })) },
    },
  });
  const copay = findDenialScenario(COPAY);
  if (!copay) return;
  const classmates = await db.user.findMany({ where: { email: { in: Object.keys(DENIAL_HISTORY) } }, select: { id: true, email: true } });
  for (const classmate of classmates) {
    for (const [index, plan] of DENIAL_HISTORY[classmate.email]!.entries()) {
      const input = SubmitDenialWorkSchema.safeParse({
        claimNumber: copay.claim.claimNumber,
        idempotencyKey: `cohort-seed-denial-${index}`,
        rootCause: plan.rootCause,
        resolution: plan.resolution,
      });
      if (input.success) await submitDenialWork(db, classmate.id, input.data, new Date(now.getTime() - plan.hoursAgo * 3_600_000));
    }
  }
}

/**
 * A few disputes on the knee case so the dispute views show the loop: two learners on the same line (it stands
 * out), an argument for a missing code, and the demo learner's dispute already answered (a notice on /progress).
 */
async function seedDisputes(db: Database, instructorId: string, learnerId: string, now: Date) {
  const knee = findCase("ortho-knee-scope-medial-meniscus");
  if (!knee || (await db.keyDispute.count({ where: { user: { email: { endsWith: "@learners.chartwise.test" } } } })) > 0) return;
  const classmates = await db.user.findMany({ where: { email: { in: CLASSMATES.map((person) => person.email) } }, select: { id: true, email: true } });
  const by = (email: string) => classmates.find((person) => person.email === email)?.id;
  const latestAttempt = async (userId: string) =>
    (await db.codingAttempt.findFirst({ where: { userId, caseId: knee.id }, orderBy: { createdAt: "desc" }, select: { id: true } }))?.id ?? null;
  const disputes = [
    {
      userId: by("jordan.lee@learners.chartwise.test"),
      keyLineId: "d1",
      note: "The op note calls it a horizontal flap tear. Isn't that a complex tear, so S83.231A?",
      daysAgo: 5,
    },
    {
      userId: by("sam.okafor@learners.chartwise.test"),
      keyLineId: "d1",
      note: "I am not sure the tear type is documented clearly enough for S83.241A; should the key accept an unspecified tear code?",
      daysAgo: 2,
    },
    {
      userId: by("priya.shah@learners.chartwise.test"),
      keyLineId: "+M25.561",
      missingCode: "M25.561",
      note: "The history says right knee pain for six weeks, so I think M25.561 should be coded too.",
      daysAgo: 4,
    },
    {
      userId: learnerId,
      keyLineId: "p1",
      note: "Why does 29881 need RT? The procedure is only done on one knee anyway.",
      daysAgo: 1,
      reply: {
        status: "REJECTED" as const,
        body: "Payers need the side for a procedure on paired anatomy: RT tells them which knee, and a second knee scope later would look like a duplicate without it. See the NCCI policy manual's chapter on modifiers.",
      },
    },
  ];
  const attempts = new Map<string, string | null>();
  for (const dispute of disputes) if (dispute.userId) attempts.set(dispute.userId, await latestAttempt(dispute.userId));
  await db.$transaction(async (tx) => {
    for (const dispute of disputes) {
      if (!dispute.userId) continue;
      if (
        await tx.keyDispute.findFirst({
          where: { userId: dispute.userId, caseId: knee.id, caseVersion: knee.version, keyLineId: dispute.keyLineId },
          select: { id: true },
        })
      )
        continue;
      const created = await tx.keyDispute.create({
        data: {
          userId: dispute.userId,
          caseId: knee.id,
          caseVersion: knee.version,
          keyLineId: dispute.keyLineId,
          kind: dispute.missingCode ? "MISSING_LINE" : "KEY_LINE",
          missingCode: dispute.missingCode ?? null,
          note: dispute.note,
          status: dispute.reply?.status ?? "OPEN",
          attemptId: attempts.get(dispute.userId) ?? null,
          createdAt: new Date(now.getTime() - dispute.daysAgo * DAY_MS),
        },
      });
      if (dispute.reply)
        await tx.disputeReply.create({
          data: {
            disputeId: created.id,
            authorId: instructorId,
            status: dispute.reply.status,
            body: dispute.reply.body,
            createdAt: new Date(now.getTime() - 3600_000),
          },
        });
    }
  }, SEED_TRANSACTION);
}
