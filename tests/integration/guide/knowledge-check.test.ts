import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getGuide } from "@/lib/content/get-guide";
import type { Quiz } from "@/lib/content/schemas";
import { getGuideProgress, recordLessonVisit } from "@/lib/guide/guide-progress";
import type { KnowledgeCheckAnswers } from "@/lib/guide/grade-knowledge-check";
import { submitKnowledgeCheck } from "@/lib/guide/submit-knowledge-check";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const guide = getGuide();
const firstModule = guide.modules[0]!;
const lesson = firstModule.lessons[0]!;
const secondLesson = firstModule.lessons[1]!;

function answersFor(quiz: Quiz, wrong: boolean): KnowledgeCheckAnswers {
  return Object.fromEntries(
    quiz.items.map((item) => {
      if (item.kind === "single") return [item.id, item.options.find((option) => option.correct !== wrong)!.id];
      if (item.kind === "numeric") return [item.id, wrong ? item.answer + item.tolerance + 1 : item.answer];
      return [
        item.id,
        Object.fromEntries(item.pairs.map((pair, index) => [pair.left, wrong ? item.pairs[(index + 1) % item.pairs.length]!.right : pair.right])),
      ];
    }),
  );
}

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `guide${++counter}@example.org` }, select: { id: true } });
const key = () => `key${Date.now()}${++counter}`;

describe("submitKnowledgeCheck", () => {
  it("stores a failed attempt without completing the lesson, then completes it on a pass", async () => {
    const user = await newUser();
    const failed = await submitKnowledgeCheck(database.db, user.id, { lessonSlug: lesson.slug, idempotencyKey: key(), answers: answersFor(lesson.quiz, true) });
    expect(failed).toMatchObject({ score: 0, passed: false, completed: false, attemptCount: 1, bestScore: 0 });
    expect(failed.items.every((item) => item.explanation.length > 0)).toBe(true);

    const passed = await submitKnowledgeCheck(database.db, user.id, {
      lessonSlug: lesson.slug,
      idempotencyKey: key(),
      answers: answersFor(lesson.quiz, false),
    });
    expect(passed).toMatchObject({ score: 100, passed: true, completed: true, attemptCount: 2, bestScore: 100 });

    const progress = await database.db.lessonProgress.findUniqueOrThrow({ where: { userId_lessonSlug: { userId: user.id, lessonSlug: lesson.slug } } });
    expect(progress.moduleSlug).toBe(firstModule.slug);
    expect(progress.completedAt).not.toBeNull();
    expect(await database.db.quizAttempt.count({ where: { userId: user.id } })).toBe(2);
  });

  it("keeps completion and the best score when a later attempt fails", async () => {
    const user = await newUser();
    await submitKnowledgeCheck(database.db, user.id, { lessonSlug: lesson.slug, idempotencyKey: key(), answers: answersFor(lesson.quiz, false) });
    const first = await database.db.lessonProgress.findUniqueOrThrow({ where: { userId_lessonSlug: { userId: user.id, lessonSlug: lesson.slug } } });
    const later = await submitKnowledgeCheck(database.db, user.id, { lessonSlug: lesson.slug, idempotencyKey: key(), answers: answersFor(lesson.quiz, true) });
    expect(later).toMatchObject({ passed: false, completed: true, bestScore: 100, attemptCount: 2 });
    const after = await database.db.lessonProgress.findUniqueOrThrow({ where: { userId_lessonSlug: { userId: user.id, lessonSlug: lesson.slug } } });
    expect(after.completedAt).toEqual(first.completedAt);
  });

  it("records a double submit once", async () => {
    const user = await newUser();
    const input = { lessonSlug: lesson.slug, idempotencyKey: key(), answers: answersFor(lesson.quiz, false) };
    const [first, second] = await Promise.all([submitKnowledgeCheck(database.db, user.id, input), submitKnowledgeCheck(database.db, user.id, input)]);
    expect(second.score).toBe(first.score);
    const retried = await submitKnowledgeCheck(database.db, user.id, input);
    expect(retried).toMatchObject({ score: 100, attemptCount: 1, completed: true });
    expect(await database.db.quizAttempt.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an unknown lesson and writes nothing", async () => {
    const user = await newUser();
    await expect(submitKnowledgeCheck(database.db, user.id, { lessonSlug: "no-such-lesson", idempotencyKey: key(), answers: {} })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await database.db.quizAttempt.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps each learner's progress to themselves", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await submitKnowledgeCheck(database.db, alice.id, { lessonSlug: lesson.slug, idempotencyKey: "shared-key-123", answers: answersFor(lesson.quiz, false) });
    const bobs = await submitKnowledgeCheck(database.db, bob.id, {
      lessonSlug: lesson.slug,
      idempotencyKey: "shared-key-123",
      answers: answersFor(lesson.quiz, true),
    });
    expect(bobs).toMatchObject({ passed: false, completed: false });
    expect((await getGuideProgress(database.db, bob.id)).lessons.get(lesson.slug)?.completed).toBe(false);
    expect((await getGuideProgress(database.db, alice.id)).lessons.get(lesson.slug)?.completed).toBe(true);
  });
});

describe("resume where I left off", () => {
  it("resumes the last lesson opened, or the next unfinished one after a finished lesson", async () => {
    const user = await newUser();
    expect((await getGuideProgress(database.db, user.id)).resume).toBeUndefined();
    expect(await recordLessonVisit(database.db, user.id, lesson.slug)).toEqual({ completed: false, bestScore: 0, attemptCount: 0 });
    expect((await getGuideProgress(database.db, user.id)).resume).toMatchObject({ lessonSlug: lesson.slug, moduleSlug: firstModule.slug });

    await submitKnowledgeCheck(database.db, user.id, { lessonSlug: lesson.slug, idempotencyKey: key(), answers: answersFor(lesson.quiz, false) });
    expect((await getGuideProgress(database.db, user.id)).resume?.lessonSlug).toBe(secondLesson.slug);
    expect(await recordLessonVisit(database.db, user.id, "no-such-lesson")).toBeNull();
  });
});
