import { describe, expect, it } from "vitest";
import { KnowledgeCheckAnswersSchema } from "@/lib/guide/grade-knowledge-check";
import { LearnerProfileSchema } from "@/lib/profile/learner-profile";
import { DisputeSchema, SaveDraftSchema } from "@/lib/practice/schemas";
import { CreateSalaryScenarioSchema, RenameSalaryScenarioSchema } from "@/lib/salary/scenarios";
import { SignUpSchema } from "@/lib/auth/schemas";
import { CodeLookupSchema, CodeSearchParamsSchema } from "@/lib/codes/schemas";
import { cleanDisplayName, DisplayNameSchema, safeDate, safeText, segmentParam, stripBidiControls } from "@/lib/validation/fields";
import { DEFAULT_INPUT_BOUNDS, INPUT_TOO_DEEP_MESSAGE, INPUT_TOO_LARGE_MESSAGE, inputBoundsViolation } from "@/lib/validation/input-bounds";

const LONE_HIGH = "\uD800";
const LONE_LOW = "\uDC00";
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("safeText", () => {
  const Note = safeText({ label: "The note", max: 20, min: 2, multiline: true });
  it.each([
    ["a\u0000b", /invisible control characters/],
    [`a${LONE_HIGH}b`, /broken character/],
    [`a${LONE_LOW}`, /broken character/],
    ["x".repeat(21), /at most 20 characters/],
    ["x".repeat(1000), /at most 20 characters/],
    [" a ", /at least 2 characters/],
    [42, /must be text/],
  ])("refuses %j with a sentence", (input, message) => {
    expect(firstMessage(Note.safeParse(input))).toMatch(message);
  });

  it("keeps line breaks in multi-line text, emoji (a valid surrogate pair) and accents", () => {
    expect(Note.parse(" one\ntwo 😀 é ")).toBe("one\ntwo 😀 é");
    expect(safeText({ label: "A name", max: 20 }).safeParse("one\ntwo").success).toBe(false);
  });
});

describe("display names", () => {
  it("strips right-to-left overrides and isolates so a name reads as typed", () => {
    expect(DisplayNameSchema.parse("\u202EnimdA\u202C Dana")).toBe("nimdA Dana");
    expect(stripBidiControls("a\u2066b\u2069c\u200F")).toBe("abc");
    expect(firstMessage(DisplayNameSchema.safeParse("\u202E"))).toBe("Enter your name.");
    expect(SignUpSchema.safeParse({ name: "Dana\u0000", email: "a@b.co", password: "correct horse", confirmPassword: "correct horse" }).success).toBe(false);
  });

  it("cleans a name from an OAuth profile rather than refusing the sign-in", () => {
    expect(cleanDisplayName("\u202EDana\u0000 Demo")).toBe("Dana  Demo");
    expect(cleanDisplayName(`${"x".repeat(100)}`)).toHaveLength(80);
    expect(cleanDisplayName("\u202E")).toBeNull();
  });
});

describe("safeDate", () => {
  const ExamDate = safeDate({ label: "the exam date" });
  it.each([
    ["0000-01-01", /between 1900 and 2100/],
    ["275760-09-13", /as a date/],
    ["2026-02-30", /not a real date/],
    ["2026-13-01", /not a real date/],
    ["12/01/2026", /as a date/],
  ])("refuses %s", (input, message) => {
    expect(firstMessage(ExamDate.safeParse(input))).toMatch(message);
  });
  it("accepts a real date in range", () => {
    expect(ExamDate.parse("2027-03-15")).toBe("2027-03-15");
    expect(firstMessage(LearnerProfileSchema.safeParse({ examDate: "0000-01-01" }))).toMatch(/between 2000 and 2100/);
  });
});

describe("percent-decoding route segments", () => {
  it("never throws: a segment that does not decode is kept for the schema to refuse", () => {
    expect(segmentParam("S83.241A")).toBe("S83.241A");
    expect(segmentParam("%")).toBe("%");
    expect(segmentParam("%E0%A4%A")).toBe("%E0%A4%A");
    expect(CodeLookupSchema.safeParse({ code: segmentParam("%") }).success).toBe(false);
  });
});

describe("the probe's 500s are refused at the schema", () => {
  it.each([
    ["a dispute note with NUL", DisputeSchema, { caseId: "fm-visit-1", keyLineId: "d1", note: "This line is wrong\u0000 because" }],
    ["a scenario name with NUL", RenameSalaryScenarioSchema, { scenarioId: "abc123", name: "Plan\u0000" }],
    ["a draft code with NUL", SaveDraftSchema, { caseId: "fm-visit-1", answer: { diagnoses: [{ code: "J45\u0000" }], procedures: [] } }],
    ["a draft code with a lone surrogate", SaveDraftSchema, { caseId: "fm-visit-1", answer: { diagnoses: [{ code: `J45${LONE_HIGH}` }], procedures: [] } }],
    ["a quiz answer with NUL", KnowledgeCheckAnswersSchema, { q1: "a\u0000" }],
    ["a quiz answer with a lone surrogate", KnowledgeCheckAnswersSchema, { q1: { left: `x${LONE_LOW}` } }],
    ["a search with NUL", CodeSearchParamsSchema, { q: "asthma\u0000" }],
    [
      "a scenario with a lone surrogate in a path name",
      CreateSalaryScenarioSchema,
      {
        name: "Mine",
        comparison: { profile: { yearsOfExperience: 0, credentials: [] }, paths: [{ label: `x${LONE_HIGH}`, events: [] }] },
      },
    ],
  ])("%s", (_name, schema, input) => {
    const result = (schema as { safeParse: (value: unknown) => { success: boolean } }).safeParse(input);
    expect(result.success).toBe(false);
  });

  it("bounds a knowledge-check answer object: the probe's 10,000 keys are refused", () => {
    const huge = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`q${index}`, "a"]));
    expect(firstMessage(KnowledgeCheckAnswersSchema.safeParse(huge))).toMatch(/more questions than the check has/);
    expect(KnowledgeCheckAnswersSchema.safeParse({ q1: "a", q2: 3, q3: { "Hospital inpatient coding": "RHIT" } }).success).toBe(true);
  });
});

describe("inputBoundsViolation (every server action, before its schema)", () => {
  it("passes what a form sends", () => {
    expect(inputBoundsViolation({ caseId: "fm-visit-1", answer: { diagnoses: [{ code: "J45.909" }], procedures: [] } })).toBeNull();
    expect(inputBoundsViolation("a note\nwith two lines")).toBeNull();
  });

  it.each([
    ["NUL in a value", { note: "a\u0000b" }, /invisible control characters/],
    ["NUL in a key", { ["a\u0000"]: 1 }, /invisible control characters/],
    ["a lone surrogate", { name: `x${LONE_HIGH}` }, /broken character/],
    ["a huge string", { name: "x".repeat(DEFAULT_INPUT_BOUNDS.maxStringLength + 1) }, INPUT_TOO_LARGE_MESSAGE],
    ["many keys", Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, 1])), INPUT_TOO_LARGE_MESSAGE],
    ["a long array", Array.from({ length: 5_000 }, () => 1), INPUT_TOO_LARGE_MESSAGE],
    ["deep nesting", JSON.parse(`${"[".repeat(5_000)}${"]".repeat(5_000)}`), INPUT_TOO_DEEP_MESSAGE],
    ["860 KB in total", { a: "x".repeat(19_000), b: Array.from({ length: 45 }, () => "y".repeat(19_000)) }, INPUT_TOO_LARGE_MESSAGE],
  ])("refuses %s", (_name, input, message) => {
    const violation = inputBoundsViolation(input);
    expect(violation).not.toBeNull();
    if (typeof message === "string") expect(violation).toBe(message);
    else expect(violation).toMatch(message);
  });
});
