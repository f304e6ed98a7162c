import { readinessFor } from "@/lib/certification/learner-readiness";
import { getCredentials } from "@/lib/certification/load-credentials";
import type { LearnerMastery, Readiness } from "@/lib/certification/readiness";
import { findLessonBySlug } from "@/lib/content/get-guide";
import type { Database } from "@/lib/db/client";
import { getDenialStats, type DenialStats } from "@/lib/denials/stats";
import { findCase } from "@/lib/practice/case-catalog";
import { getLearnerProfile } from "@/lib/profile/learner-profile";
import { getLearnerMastery } from "@/lib/progress/learner-mastery";
import { getAttemptActivity, type CaseTiming, type DailyAccuracy } from "@/lib/progress/attempt-activity";
import { computeStreak, type Streak } from "@/lib/progress/progress-series";

export type ActivityItem =
  | { kind: "coding-attempt"; at: Date; title: string; href: string; score: number; durationSeconds: number }
  | { kind: "knowledge-check"; at: Date; title: string; href: string; score: number; passed: boolean };

export type ProgressOverview = {
  mastery: LearnerMastery;
  denials: DenialStats;
  streak: Streak;
  accuracy: DailyAccuracy[];
  timing: Array<CaseTiming & { title: string }>;
  recent: ActivityItem[];
  totals: { attempts: number; casesAttempted: number; lessonsCompleted: number; lessonsTotal: number; averageScore: number | null };
  target?: { code: string; name: string; readiness: Readiness; examDate?: string };
};

const RECENT_ITEMS = 8;

/** Everything /progress shows, for one learner, from their own rows only. */
export async function getProgressOverview(db: Database, userId: string, now = new Date()): Promise<ProgressOverview> {
  const [activity, quizAttempts, mastery, profile, denials] = await Promise.all([
    getAttemptActivity(db, userId, RECENT_ITEMS),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: RECENT_ITEMS,
      select: { lessonSlug: true, score: true, passed: true, createdAt: true },
    }),
    getLearnerMastery(db, userId),
    getLearnerProfile(db, userId),
    getDenialStats(db, userId),
  ]);

  const codingActivity: ActivityItem[] = activity.recent.map((attempt) => ({
    kind: "coding-attempt",
    at: attempt.createdAt,
    title: findCase(attempt.caseId)?.title ?? attempt.caseId,
    href: `/practice/${attempt.caseId}/attempts/${attempt.id}`,
    score: attempt.score,
    durationSeconds: attempt.durationSeconds,
  }));
  const quizActivity: ActivityItem[] = quizAttempts.flatMap((attempt) => {
    const found = findLessonBySlug(attempt.lessonSlug);
    if (!found) return [];
    return [
      {
        kind: "knowledge-check" as const,
        at: attempt.createdAt,
        title: found.lesson.title,
        href: `/guide/${found.moduleSlug}/${found.lesson.slug}`,
        score: attempt.score,
        passed: attempt.passed,
      },
    ];
  });

  let target: ProgressOverview["target"];
  const credential = profile.targetCredential ? getCredentials().byCode.get(profile.targetCredential) : undefined;
  if (credential) {
    const readiness = readinessFor(credential, mastery);
    target = { code: credential.code, name: credential.name, readiness, examDate: profile.examDate };
  }

  const lessonsTotal = mastery.modules.reduce((sum, guideModule) => sum + guideModule.lessonsTotal, 0);
  return {
    mastery,
    denials,
    streak: computeStreak(activity.activeDays, now),
    accuracy: activity.daily,
    timing: activity.timing.map((timing) => ({ ...timing, title: findCase(timing.caseId)?.title ?? timing.caseId })),
    recent: [...codingActivity, ...quizActivity].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, RECENT_ITEMS),
    totals: {
      attempts: activity.attempts,
      casesAttempted: mastery.casesAttempted,
      lessonsCompleted: mastery.modules.reduce((sum, guideModule) => sum + guideModule.lessonsCompleted, 0),
      lessonsTotal,
      averageScore: activity.averageScore,
    },
    ...(target && { target }),
  };
}
