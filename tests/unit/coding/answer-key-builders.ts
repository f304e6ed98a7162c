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

/** The key written back as a learner would submit it: every line right, pointers as 1-based indexes. */
export function submissionFromKey(key: AnswerKey): CodingSubmission {
  const position = new Map(key.diagnoses.map((diagnosis, index) => [diagnosis.id, index + 1]));
  return {
    diagnoses: key.diagnoses.map((diagnosis) => ({ code: diagnosis.code })),
    procedures: key.procedures.map((procedure) => ({
      system: procedure.system,
      code: procedure.code,
      modifiers: [...procedure.modifiers],
      units: procedure.units,
      pointers: procedure.pointers.map((id) => position.get(id)!),
    })),
  };
}
