import { loadCases } from "@/lib/content/load-cases";
import type { ChartCase } from "@/lib/content/schemas";
import { diagnosisFamily, MODIFIERS_FAMILY, procedureFamily, type CodeFamily } from "@/lib/coding/code-family";

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

export function findCase(caseId: string, cases: ChartCase[] = getCases()): ChartCase | undefined {
  return cases.find((chartCase) => chartCase.id === caseId);
}

/** The code families a case's key exercises, each once, in key order (modifiers when any key line has one). */
export function familiesOfCase(chartCase: ChartCase): CodeFamily[] {
  const families = [
    ...chartCase.key.diagnoses.map((line) => diagnosisFamily(line.code)),
    ...chartCase.key.procedures.map((line) => procedureFamily(line.system, line.code)),
    ...(chartCase.key.procedures.some((line) => line.modifiers.length > 0) ? [MODIFIERS_FAMILY] : []),
  ];
  return [...new Map(families.map((family) => [family.key, family])).values()];
}

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
