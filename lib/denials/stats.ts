import type { DenialMastery } from "@/lib/certification/readiness";
import type { Cents } from "@/lib/claims/money";
import type { Database } from "@/lib/db/client";

/** The learner's denial work in numbers, for /progress and for credential readiness. */
export type DenialStats = DenialMastery & {
  attempts: number;
  /** Share of latest attempts with the root cause right, and with the resolution right (0–1, null with no work). */
  rootCauseAccuracy: number | null;
  resolutionAccuracy: number | null;
  /** Appeals sent and appeals that overturned the denial (fully or partly). */
  appeals: number;
  appealsOverturned: number;
  /** Claims sent from the workbench, and those that passed the scrubber and were paid first time. */
  claimsSent: number;
  cleanClaims: number;
  /** Dollars brought in by the learner's work, best per claim. */
  recovered: Cents;
  /** Average score (0–100) of the latest attempt per claim. */
  averageScore: number | null;
};

/** Denial-work accuracy (latest attempt per claim), appeal results, clean-claim rate and dollars recovered. */
export async function getDenialStats(db: Database, userId: string): Promise<DenialStats> {
  const [attempts, submissions] = await Promise.all([
    db.denialAttempt.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        scenarioId: true,
        score: true,
        rootCauseCorrect: true,
        resolutionCorrect: true,
        appealOverturned: true,
        resolution: true,
        recoveredCents: true,
      },
    }),
    db.claimSubmission.findMany({ where: { userId }, select: { clean: true, paid: true } }),
  ]);
  const latest = new Map<string, (typeof attempts)[number]>();
  const recovered = new Map<string, number>();
  for (const attempt of attempts) {
    if (!latest.has(attempt.scenarioId)) latest.set(attempt.scenarioId, attempt);
    recovered.set(attempt.scenarioId, Math.max(recovered.get(attempt.scenarioId) ?? 0, attempt.recoveredCents));
  }
  const rows = [...latest.values()];
  const share = (count: number) => (rows.length ? count / rows.length : null);
  const appeals = attempts.filter((attempt) => attempt.resolution === "appeal");
  return {
    claimsWorked: rows.length,
    earned: rows.reduce((total, row) => total + row.score, 0) / 100,
    attempts: attempts.length,
    rootCauseAccuracy: share(rows.filter((row) => row.rootCauseCorrect).length),
    resolutionAccuracy: share(rows.filter((row) => row.resolutionCorrect).length),
    appeals: appeals.length,
    appealsOverturned: appeals.filter((attempt) => attempt.appealOverturned).length,
    claimsSent: submissions.length,
    cleanClaims: submissions.filter((submission) => submission.clean && submission.paid).length,
    recovered: [...recovered.values()].reduce((total, amount) => total + amount, 0),
    averageScore: rows.length ? Math.round(rows.reduce((total, row) => total + row.score, 0) / rows.length) : null,
  };
}
