// Realistic history for the page benchmark: learners with a profile, graded attempts (the real grader) and completed
// lessons, so every signed-in page reads a database the size of a class, not an empty one.
import type { Database } from "@/lib/db/client";
import type { ChartCase } from "@/lib/content/schemas";
import { hashPassword } from "@/lib/auth/password";
import { recordLessonVisit } from "@/lib/guide/guide-progress";
import { getGuide } from "@/lib/content/get-guide";
import { submitCodingAttempt } from "@/lib/practice/attempts";
import { getCases } from "@/lib/practice/case-catalog";
import { SubmitAttemptSchema } from "@/lib/practice/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A deterministic stream of numbers in [0, 1) so two bench runs seed the same history. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The key as a learner would write it, sometimes with a slip (a dropped modifier, the alternate-free first line). */
function answerFor(chartCase: ChartCase, slip: boolean) {
  const diagnoses = chartCase.key.diagnoses.map((line) => ({ code: line.code }));
  const indexOf = new Map(chartCase.key.diagnoses.map((line, index) => [line.id, index + 1]));
  const procedures = chartCase.key.procedures.map((line, index) => ({
    system: line.system,
    code: line.code,
    modifiers: slip && index === 0 ? [] : line.modifiers,
    units: line.units,
    pointers: line.pointers.map((id) => indexOf.get(id) ?? 1),
  }));
  if (slip && procedures.length === 0 && diagnoses.length > 1) diagnoses.reverse();
  return { diagnoses, procedures };
}

export async function seedBenchLearners(db: Database, count: number, log: (line: string) => void): Promise<string[]> {
  const existing = await db.user.count({ where: { email: { endsWith: "@bench.chartwise.test" } } });
  if (existing >= count) return [];
  const passwordHash = await hashPassword("bench-learner-password");
  const cases = getCases();
  const lessons = getGuide().modules.flatMap((module) => module.lessons.map((lesson) => lesson.slug));
  const random = prng(2026);
  const emails: string[] = [];
  const now = Date.now();
  for (let index = existing; index < count; index += 1) {
    const email = `learner-${String(index).padStart(3, "0")}@bench.chartwise.test`;
    const user = await db.user.create({ data: { email, name: `Bench Learner ${index}`, role: "LEARNER", passwordHash } });
    const attempts = 3 + Math.floor(random() * 10);
    for (let n = 0; n < attempts; n += 1) {
      const chartCase = cases[Math.floor(random() * cases.length)]!;
      const input = SubmitAttemptSchema.parse({
        caseId: chartCase.id,
        idempotencyKey: `bench-${index}-${n}`,
        answer: answerFor(chartCase, random() < 0.4),
        elapsedSeconds: 240 + Math.floor(random() * 900),
      });
      await submitCodingAttempt(db, user.id, input, new Date(now - Math.floor(random() * 30) * DAY_MS));
    }
    for (const slug of lessons.slice(0, Math.floor(random() * lessons.length))) await recordLessonVisit(db, user.id, slug);
    emails.push(email);
    if ((index + 1) % 50 === 0) log(`  seeded ${index + 1}/${count} learners`);
  }
  return emails;
}
