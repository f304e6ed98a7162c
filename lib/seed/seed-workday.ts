import type { Database } from "@/lib/db/client";
import { findScenario } from "@/lib/workday/catalog";
import { appendAction, startRun } from "@/lib/workday/runs";
import { AppendActionSchema } from "@/lib/workday/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One finished tutorial day for the demo learner, two days ago, played through the same action pipeline a learner
 * uses (so its report is what those choices earn): the chart coded with the wrong 7th character, the brace denial
 * corrected, two topics on the call, the billing team answered. /workday, its report and /progress have a day to show.
 */
export async function seedWorkdayHistory(db: Database, userId: string, now = new Date()): Promise<void> {
  if (!findScenario("tutorial-day") || (await db.workdayRun.count({ where: { userId } })) > 0) return;
  await playTutorialDay(db, userId, "demo-seed-tutorial", new Date(now.getTime() - 2 * DAY_MS));
}

/** The tutorial day's actions as the demo learner plays them. */
const TUTORIAL_DAY_ACTIONS: readonly unknown[] = [
  { type: "advance" },
  { type: "respond-event", eventId: "team-chat", choiceId: "reply-briefly" },
  { type: "open-chart", caseId: "ortho-knee-scope-medial-meniscus" },
  {
    type: "submit-chart",
    caseId: "ortho-knee-scope-medial-meniscus",
    submission: { diagnoses: [{ code: "S83.241D" }], procedures: [{ code: "29881", modifiers: ["RT"], units: 1, pointers: [1] }] },
  },
  { type: "advance" },
  { type: "open-denial", denialId: "ortho-knee-brace-missing-side" },
  {
    type: "work-denial",
    denialId: "ortho-knee-brace-missing-side",
    work: {
      rootCause: "missing-side",
      resolution: "corrected-claim",
      correction: {
        answer: { diagnoses: [{ code: "S83.241A" }], procedures: [{ system: "hcpcs", code: "L1833", modifiers: ["RT"], units: 1, pointers: [1] }] },
      },
    },
  },
  { type: "advance" },
  { type: "teach", topic: "laterality", approach: "own-example" },
  { type: "teach", topic: "time-statement", approach: "rule-and-why" },
  { type: "advance" },
  { type: "answer-message", messageId: "scope-modifier", choiceId: "add-rt" },
  { type: "log-off" },
];

/**
 * A whole tutorial day played through the workday's own action pipeline from `startedAt`, four real minutes between
 * actions so the chart and the denial cost their usual time on the clock. Returns the finished run.
 */
export async function playTutorialDay(db: Database, userId: string, seed: string, startedAt: Date) {
  const run = await startRun(db, userId, "tutorial-day", seed);
  await db.workdayRun.update({ where: { id: run.id }, data: { startedAt } });
  for (const [index, action] of TUTORIAL_DAY_ACTIONS.entries()) {
    await appendAction(
      db,
      userId,
      AppendActionSchema.parse({ runId: run.id, seq: index + 1, action }),
      new Date(startedAt.getTime() + (index + 1) * 4 * 60_000),
    );
  }
  return db.workdayRun.findUniqueOrThrow({ where: { id: run.id } });
}
