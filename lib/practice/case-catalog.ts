import { loadCaseAliases, loadCases } from "@/lib/content/load-cases";
import type { ChartCase } from "@/lib/content/schemas";
import { diagnosisFamily, MODIFIERS_FAMILY, procedureFamily, type CodeFamily } from "@/lib/coding/code-family";
import { resolveGradingKey } from "@/lib/coding/key-policy";
import { memoizeByObject } from "@/lib/content/memoize-by-object";

export const SPECIALTY_LABELS: Record<ChartCase["specialty"], string> = {
  "family-medicine": "Family medicine",
  orthopaedics: "Orthopaedics",
  cardiology: "Cardiology",
  emergency: "Emergency department",
  radiology: "Radiology",
  obgyn: "OB/GYN",
  dermatology: "Dermatology and minor procedures",
  "injections-drugs": "Injections and drugs",
  "dme-supplies": "DME and supplies",
  ambulance: "Ambulance",
};

export const DIFFICULTIES = ["beginner", "intermediate", "advanced"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" };

export const CODE_SET_LABELS: Record<ChartCase["codeSets"][number], string> = { icd10cm: "ICD-10-CM", cpt: "CPT", hcpcs: "HCPCS Level II" };

let cached: ChartCase[] | undefined;

/** Every chart case, validated, read once per process. */
export function getCases(): ChartCase[] {
  cached ??= loadCases();
  return cached;
}

let cachedAliases: Map<string, string> | undefined;

/** The current id of a case: itself, or the new id of a renamed one (content/case-aliases.yaml). */
export function currentCaseId(caseId: string): string {
  cachedAliases ??= loadCaseAliases(getCases());
  return cachedAliases.get(caseId) ?? caseId;
}

/** A case by its id, or by an id it had before it was renamed. */
export function findCase(caseId: string, cases: ChartCase[] = getCases()): ChartCase | undefined {
  const found = cases.find((chartCase) => chartCase.id === caseId);
  if (found || cases !== cached) return found;
  const renamed = currentCaseId(caseId);
  return renamed === caseId ? undefined : cases.find((chartCase) => chartCase.id === renamed);
}

/**
 * The code families a case's key exercises, each once, in key order (modifiers when any key line has one). Only
 * required lines count: a case whose only external-cause line is optional does not practise chapter 20.
 */
export const familiesOfCase = memoizeByObject((chartCase: ChartCase): readonly CodeFamily[] => {
  const key = resolveGradingKey(chartCase.key, chartCase.payer);
  const diagnoses = key.diagnoses.filter((line) => line.status === "required");
  const procedures = key.procedures.filter((line) => line.status === "required");
  const families = [
    ...diagnoses.map((line) => diagnosisFamily(line.code)),
    ...procedures.map((line) => procedureFamily(line.system, line.code)),
    ...(procedures.some((line) => line.modifiers.length > 0) ? [MODIFIERS_FAMILY] : []),
  ];
  return [...new Map(families.map((family) => [family.key, family])).values()];
});

/** What a case list shows and filters on; no key, no chart text. */
export type CaseSummary = {
  id: string;
  version: number;
  title: string;
  specialty: ChartCase["specialty"];
  setting: string;
  difficulty: Difficulty;
  codeSets: ChartCase["codeSets"];
  summary: string;
  familyKeys: string[];
};

export function summariseCase(chartCase: ChartCase): CaseSummary {
  return {
    id: chartCase.id,
    version: chartCase.version,
    title: chartCase.title,
    specialty: chartCase.specialty,
    setting: chartCase.setting,
    difficulty: chartCase.difficulty,
    codeSets: chartCase.codeSets,
    summary: chartCase.summary,
    familyKeys: familiesOfCase(chartCase).map((family) => family.key),
  };
}

let cachedSummaries: CaseSummary[] | undefined;

/** Every case's summary, worked out once per process (a summary resolves the case's key to find its families). */
export function getCaseSummaries(): CaseSummary[] {
  cachedSummaries ??= getCases().map(summariseCase);
  return cachedSummaries;
}

/** What a case teaches, for after grading only: it names the approach, so it is never shown before. */
export type CaseDebrief = { summary: string; teachingPoints: string[]; keyNotes: string[] };

export function debriefOf(chartCase: ChartCase): CaseDebrief {
  return { summary: chartCase.summary, teachingPoints: chartCase.teachingPoints, keyNotes: chartCase.keyNotes ?? [] };
}
