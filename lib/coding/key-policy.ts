import type { ChartCase, KeyLineStatus } from "@/lib/content/schemas";
import type { AnswerKey, KeyDiagnosis, KeyProcedure } from "@/lib/coding/types";

/**
 * Library-wide grading policies, each decided once here rather than line by line in the case files.
 *
 * External causes (ICD-10-CM chapter 20, V00–Y99): the FY2026 Official Guidelines, Section I.C.20, set no
 * national requirement to report them; a state mandate or a payer may require them, and when reported they are
 * never first-listed. So every external-cause line of every key is optional (coded or not, no points change
 * hands) unless the case's payer says it requires them, in which case they are required.
 */
export const EXTERNAL_CAUSE_POLICY = {
  guideline: "I.C.20",
  defaultStatus: "optional",
  whenPayerRequires: "required",
} as const satisfies { guideline: string; defaultStatus: KeyLineStatus; whenPayerRequires: KeyLineStatus };

export type CasePayer = ChartCase["payer"];

/** V00–Y99: the external causes of morbidity (chapter 20). */
export function isExternalCauseCode(code: string): boolean {
  return /^[VWXY][0-9]/.test(code.trim().toUpperCase());
}

/** The status the grader uses for a diagnosis line: its own, unless a library policy decides it. */
export function diagnosisStatus(line: Pick<KeyDiagnosis, "code" | "status">, payer?: CasePayer): KeyLineStatus {
  if (line.status === "alternate") return "alternate";
  if (isExternalCauseCode(line.code)) return payer?.requiresExternalCause ? EXTERNAL_CAUSE_POLICY.whenPayerRequires : EXTERNAL_CAUSE_POLICY.defaultStatus;
  return line.status ?? "required";
}

export function procedureStatus(line: Pick<KeyProcedure, "status">): KeyLineStatus {
  return line.status ?? "required";
}

/** A key line the grader scores: required (worth points) or optional (worth none), with alternates folded in. */
export type GradedDiagnosis = KeyDiagnosis & {
  status: "required" | "optional";
  /** Alternate lines accepted in place of this one, by code, so their rationale can be shown when used. */
  alternateLines: { id: string; codes: string[]; rationale: string; evidence: string[] }[];
};
export type AcceptedProcedureAlternate = KeyProcedure["alternates"][number] & { pointers?: string[]; rationale?: string; evidence?: string[]; lineId?: string };
export type GradedProcedure = Omit<KeyProcedure, "alternates"> & { status: "required" | "optional"; alternates: AcceptedProcedureAlternate[] };
export type GradingKey = { diagnoses: GradedDiagnosis[]; procedures: GradedProcedure[] };

/**
 * The key as the grader sees it: each line's effective status (policies applied), alternate lines folded into
 * the line they stand in for. Diagnosis order is kept (the first line is the first-listed diagnosis).
 */
export function resolveGradingKey(key: AnswerKey, payer?: CasePayer): GradingKey {
  const diagnoses: GradedDiagnosis[] = [];
  for (const line of key.diagnoses) {
    const status = diagnosisStatus(line, payer);
    if (status === "alternate") continue;
    diagnoses.push({ ...line, status, alternates: [...line.alternates], alternateLines: [] });
  }
  for (const line of key.diagnoses) {
    if (diagnosisStatus(line, payer) !== "alternate") continue;
    const target = diagnoses.find((candidate) => candidate.id === line.alternateTo);
    if (!target) continue;
    const codes = [line.code, ...line.alternates];
    target.alternates.push(...codes.filter((code) => !target.alternates.includes(code) && code !== target.code));
    target.alternateLines.push({ id: line.id, codes, rationale: line.rationale, evidence: line.evidence });
  }
  const procedures: GradedProcedure[] = [];
  for (const line of key.procedures) {
    const status = procedureStatus(line);
    if (status === "alternate") continue;
    procedures.push({ ...line, status, alternates: [...line.alternates] });
  }
  for (const line of key.procedures) {
    if (procedureStatus(line) !== "alternate") continue;
    const target = procedures.find((candidate) => candidate.id === line.alternateTo);
    if (!target) continue;
    const extra = { pointers: line.pointers, rationale: line.rationale, evidence: line.evidence, lineId: line.id };
    target.alternates.push({ code: line.code, modifiers: line.modifiers, units: line.units, ...extra });
    for (const alternate of line.alternates) target.alternates.push({ ...alternate, ...extra });
  }
  return { diagnoses, procedures };
}

/** Problems with statuses that a schema cannot see: alternates must name a line of their kind that is not itself an alternate. */
export function findStatusProblems(key: AnswerKey, payer?: CasePayer): string[] {
  const problems: string[] = [];
  const check = (lines: { id: string; status?: KeyLineStatus; alternateTo?: string }[], statusOf: (line: (typeof lines)[number]) => KeyLineStatus) => {
    for (const line of lines) {
      const status = statusOf(line);
      if (status === "alternate") {
        const target = lines.find((candidate) => candidate.id === line.alternateTo);
        if (!line.alternateTo) problems.push(`${line.id}: an alternate line names the line it stands in for (alternateTo)`);
        else if (!target) problems.push(`${line.id}: alternateTo ${line.alternateTo} is not a line of this key`);
        else if (statusOf(target) === "alternate") problems.push(`${line.id}: alternateTo ${line.alternateTo} is itself an alternate`);
      } else if (line.alternateTo) {
        problems.push(`${line.id}: alternateTo is only for lines with status alternate`);
      }
    }
  };
  check(key.diagnoses, (line) => diagnosisStatus(line as KeyDiagnosis, payer));
  check(key.procedures, (line) => procedureStatus(line as KeyProcedure));
  const first = key.diagnoses[0];
  if (first && diagnosisStatus(first, payer) !== "required") problems.push(`d1 (${first.code}) is the first-listed diagnosis and must be required`);
  if (first && isExternalCauseCode(first.code)) problems.push(`d1 (${first.code}) is an external cause, which is never first-listed (Section I.C.20)`);
  const requiredDiagnoses = new Set(key.diagnoses.filter((line) => diagnosisStatus(line, payer) === "required").map((line) => line.id));
  const diagnosisIds = new Set(key.diagnoses.map((line) => line.id));
  for (const procedure of key.procedures) {
    const primary = procedure.pointers[0];
    if (primary && diagnosisIds.has(primary) && !requiredDiagnoses.has(primary))
      problems.push(`${procedure.id}: its first pointer ${primary} must be a required diagnosis`);
  }
  return problems;
}
