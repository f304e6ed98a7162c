import { describe, expect, it } from "vitest";
import { CodingSubmissionSchema } from "@/lib/coding/schemas";
import {
  addProcedure,
  formLetterOf,
  moveDiagnosis,
  moveProcedure,
  pointerLetter,
  removeDiagnosis,
  setLineCode,
  submissionFromDraft,
  togglePointer,
} from "@/lib/practice/draft-editing";
import type { DraftAnswer } from "@/lib/practice/schemas";

const line = (code: string, pointers: number[], modifiers: string[] = [], units = "1") => ({ code, modifiers, units, pointers });
const answer: DraftAnswer = {
  diagnoses: [{ code: "M17.11" }, { code: "E11.9" }, { code: "I10" }],
  procedures: [line("20610", [1]), line("99213", [2, 3, 1], ["25"])],
};

describe("editing a draft claim", () => {
  it("moves pointers with a diagnosis that moves", () => {
    const moved = moveDiagnosis(answer, 0, 1);
    expect(moved.diagnoses.map((d) => d.code)).toEqual(["E11.9", "M17.11", "I10"]);
    expect(moved.procedures.map((p) => p.pointers)).toEqual([[2], [1, 3, 2]]);
    // Every line still names the same diagnoses by code.
    const named = (a: DraftAnswer) => a.procedures.map((p) => p.pointers.map((pointer) => a.diagnoses[pointer - 1]!.code));
    expect(named(moved)).toEqual(named(answer));
  });

  it("ignores a move past either end", () => {
    expect(moveDiagnosis(answer, 0, -1)).toBe(answer);
    expect(moveDiagnosis(answer, 2, 1)).toBe(answer);
    expect(moveProcedure(answer, 1, 1)).toBe(answer);
  });

  it("drops pointers to a removed diagnosis and renumbers the ones after it", () => {
    const removed = removeDiagnosis(answer, 0);
    expect(removed.diagnoses.map((d) => d.code)).toEqual(["E11.9", "I10"]);
    expect(removed.procedures.map((p) => p.pointers)).toEqual([[], [1, 2]]);
  });

  it("keeps pointers in click order, the first primary, at most four", () => {
    let procedure = line("99213", []);
    for (const pointer of [3, 1, 2, 4, 5]) procedure = togglePointer(procedure, pointer);
    expect(procedure.pointers).toEqual([3, 1, 2, 4]);
    expect(togglePointer(procedure, 1).pointers).toEqual([3, 2, 4]);
  });

  it("letters pointers as box 21 does", () => {
    expect([1, 2, 12].map(pointerLetter)).toEqual(["A", "B", "L"]);
  });

  it("adds a procedure line pointing where asked", () => {
    expect(addProcedure(answer, [1]).procedures.at(-1)).toEqual({ code: "", modifiers: [], units: "1", pointers: [1] });
  });
});

describe("submissionFromDraft", () => {
  it("leaves blank rows out and renumbers pointers to match", () => {
    const draft: DraftAnswer = {
      diagnoses: [{ code: " " }, { code: "s83.241a" }, { code: "" }, { code: "W10.9XXA" }],
      procedures: [line("", [2]), line("29881", [2, 4], ["rt", " "])],
    };
    const { submission, diagnosisRows, procedureRows } = submissionFromDraft(draft);
    expect(diagnosisRows).toEqual([1, 3]);
    expect(procedureRows).toEqual([1]);
    expect(submission).toEqual({
      diagnoses: [{ code: "s83.241a" }, { code: "W10.9XXA" }],
      procedures: [{ code: "29881", modifiers: ["rt"], units: 1, pointers: [1, 2] }],
    });
    const parsed = CodingSubmissionSchema.parse(submission);
    expect(parsed.diagnoses[0]!.code).toBe("S83.241A");
    expect(parsed.procedures[0]).toMatchObject({ system: "cpt", modifiers: ["RT"] });
  });

  it("turns units that are not a number into NaN, which the schema rejects by name", () => {
    const { submission } = submissionFromDraft({ diagnoses: [{ code: "I10" }], procedures: [line("96372", [1], [], "two")] });
    const result = CodingSubmissionSchema.safeParse(submission);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/Units must be a whole number/);
  });
});

describe("setLineCode", () => {
  it("replaces only the code of the line it names", () => {
    expect(setLineCode(answer, { kind: "diagnosis", row: 1 }, "E11.65").diagnoses.map((d) => d.code)).toEqual(["M17.11", "E11.65", "I10"]);
    const edited = setLineCode(answer, { kind: "procedure", row: 1 }, "99214");
    expect(edited.procedures[1]).toEqual({ ...answer.procedures[1], code: "99214" });
    expect(edited.procedures[0]).toBe(answer.procedures[0]);
  });
});

describe("pointer letters in the feedback match the form", () => {
  it("a line pointing to row B still reads B after the blank row A was dropped", () => {
    const draft = {
      diagnoses: [{ code: "" }, { code: "S83.241A" }, { code: "Z79.01" }],
      procedures: [{ code: "29881", modifiers: ["RT"], units: "1", pointers: [2, 3] }],
    };
    const prepared = submissionFromDraft(draft);
    expect(prepared.submission.procedures[0]!.pointers ?? []).toEqual([1, 2]);
    const formRows = { diagnoses: prepared.diagnosisRows, procedures: prepared.procedureRows };
    expect((prepared.submission.procedures[0]!.pointers ?? []).map((pointer) => formLetterOf(pointer, formRows))).toEqual(["B", "C"]);
  });

  it("falls back to the submitted position for attempts stored without form rows", () => {
    expect([1, 2].map((pointer) => formLetterOf(pointer))).toEqual(["A", "B"]);
  });
});
