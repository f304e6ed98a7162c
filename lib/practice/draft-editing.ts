import type { CodingSubmissionInput } from "@/lib/coding/schemas";
import type { DraftAnswer } from "@/lib/practice/schemas";

// Editing a claim in progress. Pointers are 1-based positions in the diagnosis list, as in box 24E, so
// every change to that list has to carry the pointers with it.

type ProcedureDraft = DraftAnswer["procedures"][number];

export const EMPTY_PROCEDURE: ProcedureDraft = { code: "", modifiers: [], units: "1", pointers: [] };

function mapPointers(answer: DraftAnswer, map: (pointer: number) => number | null): DraftAnswer["procedures"] {
  return answer.procedures.map((line) => ({ ...line, pointers: line.pointers.map(map).filter((pointer): pointer is number => pointer !== null) }));
}

/** A line of the claim form: the row-th diagnosis or service line. */
export type LineRef = { kind: "diagnosis" | "procedure"; row: number };

/** Writes a code into one line, leaving its modifiers, units and pointers as they were. */
export function setLineCode(answer: DraftAnswer, line: LineRef, code: string): DraftAnswer {
  if (line.kind === "diagnosis") return { ...answer, diagnoses: answer.diagnoses.map((entry, at) => (at === line.row ? { code } : entry)) };
  return { ...answer, procedures: answer.procedures.map((entry, at) => (at === line.row ? { ...entry, code } : entry)) };
}

export function addDiagnosis(answer: DraftAnswer): DraftAnswer {
  return { ...answer, diagnoses: [...answer.diagnoses, { code: "" }] };
}

/** Removes a diagnosis; lines that pointed to it lose that pointer, pointers past it move up by one. */
export function removeDiagnosis(answer: DraftAnswer, index: number): DraftAnswer {
  const removed = index + 1;
  return {
    diagnoses: answer.diagnoses.filter((_, at) => at !== index),
    procedures: mapPointers(answer, (pointer) => (pointer === removed ? null : pointer > removed ? pointer - 1 : pointer)),
  };
}

/** Moves a diagnosis one place up (-1) or down (+1); pointers follow the diagnosis they named. */
export function moveDiagnosis(answer: DraftAnswer, index: number, direction: -1 | 1): DraftAnswer {
  const target = index + direction;
  if (target < 0 || target >= answer.diagnoses.length) return answer;
  const diagnoses = [...answer.diagnoses];
  [diagnoses[index], diagnoses[target]] = [diagnoses[target]!, diagnoses[index]!];
  const [a, b] = [index + 1, target + 1];
  return { diagnoses, procedures: mapPointers(answer, (pointer) => (pointer === a ? b : pointer === b ? a : pointer)) };
}

export function addProcedure(answer: DraftAnswer, pointers: number[] = []): DraftAnswer {
  return { ...answer, procedures: [...answer.procedures, { ...EMPTY_PROCEDURE, pointers }] };
}

export function removeProcedure(answer: DraftAnswer, index: number): DraftAnswer {
  return { ...answer, procedures: answer.procedures.filter((_, at) => at !== index) };
}

export function moveProcedure(answer: DraftAnswer, index: number, direction: -1 | 1): DraftAnswer {
  const target = index + direction;
  if (target < 0 || target >= answer.procedures.length) return answer;
  const procedures = [...answer.procedures];
  [procedures[index], procedures[target]] = [procedures[target]!, procedures[index]!];
  return { ...answer, procedures };
}

/** Adds the pointer at the end (the first pointer is the primary one) or takes it off; at most four. */
export function togglePointer(line: ProcedureDraft, pointer: number): ProcedureDraft {
  if (line.pointers.includes(pointer)) return { ...line, pointers: line.pointers.filter((value) => value !== pointer) };
  if (line.pointers.length >= 4) return line;
  return { ...line, pointers: [...line.pointers, pointer] };
}

/** Box 21's letters: diagnosis 1 is A … 12 is L. */
export const pointerLetter = (pointer: number) => String.fromCharCode(64 + pointer);

export type SubmissionFromDraft = {
  submission: Required<CodingSubmissionInput>;
  /** For each submitted diagnosis, the form row it came from (blank rows are left out). */
  diagnosisRows: number[];
  procedureRows: number[];
};

/**
 * The answer to send for grading: blank rows dropped (pointers renumbered to match), modifiers trimmed,
 * units as a number (NaN when not a number, so the server's message names it). Shapes are checked on the server.
 */
export function submissionFromDraft(answer: DraftAnswer): SubmissionFromDraft {
  const diagnosisRows = answer.diagnoses.flatMap((line, row) => (line.code.trim() ? [row] : []));
  const renumber = new Map(diagnosisRows.map((row, at) => [row + 1, at + 1]));
  const procedureRows = answer.procedures.flatMap((line, row) => (line.code.trim() ? [row] : []));
  return {
    diagnosisRows,
    procedureRows,
    submission: {
      diagnoses: diagnosisRows.map((row) => ({ code: answer.diagnoses[row]!.code.trim() })),
      procedures: procedureRows.map((row) => {
        const line = answer.procedures[row]!;
        return {
          code: line.code.trim(),
          modifiers: line.modifiers.map((modifier) => modifier.trim()).filter(Boolean),
          units: /^\s*\d+\s*$/.test(line.units) ? Number(line.units) : Number.NaN,
          pointers: line.pointers.map((pointer) => renumber.get(pointer)).filter((pointer): pointer is number => pointer !== undefined),
        };
      }),
    },
  };
}

/** Where each submitted line sat on the learner's form (0-based rows); absent for answers sent without it. */
export type FormRows = { diagnoses: number[]; procedures: number[] };

/**
 * The box-21 letter the learner saw for a submitted diagnosis pointer (1-based into the submitted list). With
 * blank rows dropped, submitted diagnosis 1 may have been row B; without form rows, the submitted position.
 */
export function formLetterOf(pointer: number, formRows?: FormRows): string {
  const row = formRows?.diagnoses[pointer - 1];
  return pointerLetter(row === undefined ? pointer : row + 1);
}
