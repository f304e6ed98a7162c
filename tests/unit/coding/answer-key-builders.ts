import type { AnswerKey, CodingSubmission, KeyDiagnosis, KeyProcedure } from "@/lib/coding/types";

export function keyDiagnosis(id: string, code: string, alternates: string[] = []): KeyDiagnosis {
  return { id, code, alternates, rationale: `Why ${code}.`, evidence: [`evidence for ${code}`], principle: "highest-specificity" };
}

export function keyProcedure(id: string, code: string, fields: Partial<Omit<KeyProcedure, "id" | "code">> = {}): KeyProcedure {
  return {
    id,
    code,
    system: /^[A-Z]/.test(code) ? "hcpcs" : "cpt",
    modifiers: [],
    units: 1,
    pointers: ["d1"],
    alternates: [],
    rationale: `Why ${code}.`,
    evidence: [`evidence for ${code}`],
    principle: "other",
    ...fields,
  };
}

/**
 * The key written back as a learner would submit it: every line right, pointers as 1-based indexes. Alternate
 * lines stand in for another line, so they are left out; `withOptional: false` leaves optional lines out too
 * (policies such as the external-cause one decide which lines are optional: pass `isOptional`).
 */
export function submissionFromKey(
  key: AnswerKey,
  options: { withOptional?: boolean; isOptional?: (line: KeyDiagnosis | KeyProcedure) => boolean } = {},
): CodingSubmission {
  const optional = options.isOptional ?? ((line: KeyDiagnosis | KeyProcedure) => line.status === "optional");
  const keep = (line: KeyDiagnosis | KeyProcedure) => line.status !== "alternate" && (options.withOptional !== false || !optional(line));
  const diagnosisLines = key.diagnoses.filter(keep);
  const position = new Map(diagnosisLines.map((diagnosis, index) => [diagnosis.id, index + 1]));
  return {
    diagnoses: diagnosisLines.map((diagnosis) => ({ code: diagnosis.code })),
    procedures: key.procedures.filter(keep).map((procedure) => ({
      system: procedure.system,
      code: procedure.code,
      modifiers: [...procedure.modifiers],
      units: procedure.units,
      pointers: procedure.pointers.flatMap((id) => (position.has(id) ? [position.get(id)!] : [])),
    })),
  };
}
