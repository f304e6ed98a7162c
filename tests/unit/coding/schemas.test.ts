import { describe, expect, it } from "vitest";
import { CodingSubmissionSchema, type CodingSubmissionInput } from "@/lib/coding/schemas";

const valid: CodingSubmissionInput = {
  diagnoses: [{ code: "S83.241A" }],
  procedures: [{ code: "29881", modifiers: ["RT"], units: 1, pointers: [1] }],
};

function issuesOf(input: unknown) {
  const result = CodingSubmissionSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

const withLine = (fields: Record<string, unknown>) => ({ ...valid, procedures: [{ ...valid.procedures![0], ...fields }] });

describe("CodingSubmissionSchema", () => {
  it("trims and upper-cases codes, takes them with or without the dot, and names the code set", () => {
    const result = CodingSubmissionSchema.parse({
      diagnoses: [{ code: " s83241a " }, { code: "e11.65" }, { code: "I10" }],
      procedures: [
        { code: " j1885 ", modifiers: [" rt "], units: 2, pointers: [2, 1] },
        { code: "29881", units: 1 },
      ],
    });
    expect(result).toEqual({
      diagnoses: [{ code: "S83.241A" }, { code: "E11.65" }, { code: "I10" }],
      procedures: [
        { system: "hcpcs", code: "J1885", modifiers: ["RT"], units: 2, pointers: [2, 1] },
        { system: "cpt", code: "29881", modifiers: [], units: 1, pointers: [] },
      ],
    });
  });

  it("takes a well-shaped code that does not exist, for the grader to mark wrong", () => {
    expect(
      CodingSubmissionSchema.safeParse({ diagnoses: [{ code: "U99.99XA" }], procedures: [{ code: "0000T", modifiers: [], units: 1, pointers: [1] }] }).success,
    ).toBe(true);
  });

  it.each([
    ["a diagnosis code that is not text", { ...valid, diagnoses: [{ code: 5 }] }, "diagnoses.0.code", "Enter a diagnosis code."],
    [
      "a diagnosis that is not shaped like ICD-10-CM",
      { ...valid, diagnoses: [{ code: "S83-241A" }] },
      "diagnoses.0.code",
      '"S83-241A" is not shaped like an ICD-10-CM code. Write it like S83.241A or S83241A.',
    ],
    [
      "a CPT code in the diagnosis list",
      { ...valid, diagnoses: [{ code: "29881" }] },
      "diagnoses.0.code",
      '"29881" is not shaped like an ICD-10-CM code. Write it like S83.241A or S83241A.',
    ],
    [
      "a dot in the wrong place",
      { ...valid, diagnoses: [{ code: "S8.3241A" }] },
      "diagnoses.0.code",
      '"S8.3241A" is not shaped like an ICD-10-CM code. Write it like S83.241A or S83241A.',
    ],
    [
      "a procedure code of the wrong shape",
      withLine({ code: "2988" }),
      "procedures.0.code",
      '"2988" is not shaped like a CPT code (five characters, such as 29881) or a HCPCS code (a letter and four digits, such as J1885).',
    ],
    ["a code set that does not fit the code", withLine({ system: "hcpcs" }), "procedures.0.system", "29881 is a CPT code, not HCPCS."],
    ["a three-character modifier", withLine({ modifiers: ["RTX"] }), "procedures.0.modifiers.0", "A modifier is two letters or digits, such as RT or 25."],
    ["five modifiers", withLine({ modifiers: ["RT", "59", "51", "XS", "76"] }), "procedures.0.modifiers", "A line takes at most 4 modifiers."],
    ["a repeated modifier", withLine({ modifiers: ["RT", "rt"] }), "procedures.0.modifiers.1", "Line 1 (29881) lists modifier RT twice."],
    ["zero units", withLine({ units: 0 }), "procedures.0.units", "Units must be a whole number from 1 to 999."],
    ["1000 units", withLine({ units: 1000 }), "procedures.0.units", "Units must be a whole number from 1 to 999."],
    ["fractional units", withLine({ units: 1.5 }), "procedures.0.units", "Units must be a whole number from 1 to 999."],
    [
      "a pointer to a diagnosis that is not listed",
      withLine({ pointers: [1, 2] }),
      "procedures.0.pointers.1",
      "Line 1 (29881) points to diagnosis 2, but only 1 diagnosis is listed.",
    ],
    [
      "a pointer with no diagnoses listed",
      { diagnoses: [], procedures: valid.procedures },
      "procedures.0.pointers.0",
      "Line 1 (29881) points to diagnosis 1, but no diagnoses are listed.",
    ],
    ["a pointer past box 21", withLine({ pointers: [13] }), "procedures.0.pointers.0", "A diagnosis pointer is a number from 1 to 12."],
    ["five pointers", withLine({ pointers: [1, 1, 1, 1, 1] }), "procedures.0.pointers", "A line points to at most 4 diagnoses."],
    ["a repeated pointer", withLine({ pointers: [1, 1] }), "procedures.0.pointers.1", "Line 1 (29881) points to diagnosis 1 twice."],
    [
      "13 diagnoses",
      { ...valid, diagnoses: Array.from({ length: 13 }, () => ({ code: "I10" })) },
      "diagnoses",
      "List at most 12 diagnoses, as on a claim form.",
    ],
    ["21 procedure lines", { ...valid, procedures: Array.from({ length: 21 }, () => valid.procedures![0]) }, "procedures", "Enter at most 20 procedure lines."],
  ])("rejects %s with a clear message", (_, input, path, message) => {
    expect(issuesOf(input)).toContainEqual({ path, message });
  });

  it("names the line whose pointer is out of range", () => {
    const input = { diagnoses: [{ code: "S39.012A" }], procedures: [valid.procedures![0], { code: "J1885", modifiers: [], units: 2, pointers: [3] }] };
    expect(issuesOf(input)).toEqual([{ path: "procedures.1.pointers.0", message: "Line 2 (J1885) points to diagnosis 3, but only 1 diagnosis is listed." }]);
  });
});
