import type { Database } from "@/lib/db/client";
import { familyCredits, summariseFamilies, type FamilyAccuracy } from "@/lib/coding/code-family";
import type { CodingGrade } from "@/lib/coding/types";

/**
 * The learner's accuracy by code family over their latest attempt at each case, so a case they have since
 * got right stops counting against them. Weakest family first.
 */
export async function getFamilyAccuracy(db: Database, userId: string): Promise<FamilyAccuracy[]> {
  const latest = await db.codingAttempt.findMany({
    where: { userId },
    orderBy: [{ caseId: "asc" }, { createdAt: "desc" }],
    distinct: ["caseId"],
    select: { grade: true },
  });
  return summariseFamilies(latest.flatMap((row) => familyCredits(row.grade as unknown as CodingGrade)));
}
