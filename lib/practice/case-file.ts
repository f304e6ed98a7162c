import { findCase } from "@/lib/practice/case-catalog";

/** Where a case's key is edited (the content workflow: fix the key, raise `version`), or null for an unknown case. */
export function caseFilePath(caseId: string): string | null {
  const chartCase = findCase(caseId);
  return chartCase ? `content/cases/${chartCase.specialty}/${chartCase.id}.yaml` : null;
}
