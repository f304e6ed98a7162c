import { z } from "zod";

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case slug such as what-coders-do");
const Text = z.string().trim().min(1, "text is required");

export const SourceSchema = z.strictObject({
  id: Slug,
  publisher: Text,
  title: Text,
  /** Absent when the source gives no year: never fill one in. */
  year: z.number().int().min(1990).max(2100).optional(),
  url: z.url().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const FIGURE_UNITS = ["usd_per_year", "usd_per_hour", "percent", "count", "hours", "years", "multiplier", "questions", "minutes", "charts_per_hour"] as const;

export const FigureSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, "a dotted lower-case key such as bls.median_annual"),
    label: Text,
    value: z.number().nonnegative().optional(),
    low: z.number().nonnegative().optional(),
    high: z.number().nonnegative().optional(),
    unit: z.enum(FIGURE_UNITS),
    source: Slug,
    /** Whom the source says it is quoting, when the source is a secondary one ("AAPC's 2023 salary survey"). */
    cites: Text.optional(),
    /** The year the figure describes, only when the source states it. */
    year: z.number().int().min(1990).max(2100).optional(),
    note: Text.optional(),
  })
  .refine((figure) => (figure.value !== undefined) !== (figure.low !== undefined || figure.high !== undefined), {
    message: "give either value, or low and high",
  })
  .refine((figure) => (figure.low === undefined) === (figure.high === undefined), { message: "give low and high together" })
  .refine((figure) => figure.low === undefined || figure.high === undefined || figure.low <= figure.high, {
    message: "low must not exceed high",
  });
export type Figure = z.infer<typeof FigureSchema>;

export const ChartSchema = z.strictObject({
  id: Slug,
  title: Text,
  kind: z.enum(["bar", "column", "line"]),
  figures: z.array(z.string()).min(1, "a chart needs at least one figure"),
  caption: Text,
  sourceNote: Text.optional(),
});
export type Chart = z.infer<typeof ChartSchema>;

export const ModuleSchema = z.strictObject({
  slug: Slug,
  title: Text,
  order: z.number().int().positive(),
  summary: Text,
});
export type GuideModule = z.infer<typeof ModuleSchema>;

export const LessonFrontmatterSchema = z.strictObject({
  title: Text,
  slug: Slug,
  module: Slug,
  order: z.number().int().positive(),
  readingMinutes: z.number().int().min(1).max(60),
  summary: Text,
  sources: z.array(Slug).min(1, "name at least one source"),
});
export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;

/**
 * What a knowledge-check item tests, which sets its weight (lib/guide/grade-knowledge-check.ts): a concept (telling
 * ideas apart, applying a rule), a fact (recalling a figure or a definition), or arithmetic (a calculation from
 * numbers the prompt gives). One arithmetic slip must not fail a learner who has the concepts right.
 */
export const QUIZ_ITEM_TESTS = ["concept", "fact", "arithmetic"] as const;
const QuizItemBase = { id: z.string().regex(/^[a-z0-9-]+$/), prompt: Text, explanation: Text, tests: z.enum(QUIZ_ITEM_TESTS) };

export const QuizItemSchema = z.discriminatedUnion("kind", [
  z
    .strictObject({
      ...QuizItemBase,
      kind: z.literal("single"),
      options: z
        .array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+$/), text: Text, correct: z.boolean().default(false), explanation: Text.optional() }))
        .min(2, "a question needs at least two options"),
    })
    .refine((item) => item.options.filter((option) => option.correct).length === 1, {
      message: "a single-choice question needs exactly one correct option",
      path: ["options"],
    })
    .refine((item) => new Set(item.options.map((option) => option.id)).size === item.options.length, {
      message: "option ids must be unique",
      path: ["options"],
    }),
  z.strictObject({
    ...QuizItemBase,
    kind: z.literal("numeric"),
    answer: z.number(),
    tolerance: z.number().nonnegative().default(0),
    unit: Text.optional(),
  }),
  z
    .strictObject({
      ...QuizItemBase,
      kind: z.literal("matching"),
      pairs: z.array(z.strictObject({ left: Text, right: Text })).min(2, "matching needs at least two pairs"),
    })
    .refine(
      (item) =>
        new Set(item.pairs.map((pair) => pair.left)).size === item.pairs.length &&
        new Set(item.pairs.map((pair) => pair.right)).size === item.pairs.length,
      { message: "each left and each right must be unique", path: ["pairs"] },
    ),
]);
export type QuizItem = z.infer<typeof QuizItemSchema>;

export const QuizSchema = z.strictObject({
  items: z
    .array(QuizItemSchema)
    .min(3, "a knowledge check needs at least three items")
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, { message: "item ids must be unique" }),
});
export type Quiz = z.infer<typeof QuizSchema>;

const DottedCode = z.string().regex(/^[A-Z0-9]{2,3}(\.[A-Z0-9]{1,4})?$|^[A-Z][0-9]{4}$|^[A-Z0-9]{2}$/, "a code such as I10, S52.5 or J1885");

export const SynonymSchema = z.strictObject({
  term: Text,
  means: z.array(Text),
  codes: z.array(DottedCode).optional(),
  note: Text.optional(),
}).refine((synonym) => synonym.means.length > 0 || (synonym.codes?.length ?? 0) > 0, { message: "a synonym needs words (means) or codes" });
export type Synonym = z.infer<typeof SynonymSchema>;

export const CPT_SECTIONS = ["evaluation-and-management", "anesthesia", "surgery", "radiology", "pathology-laboratory", "medicine"] as const;

export const CptSummarySchema = z.strictObject({
  code: z.string().regex(/^[0-9]{4}[0-9FT]$/, "a five-character CPT code such as 99213"),
  summary: Text.max(200, "keep a summary under 200 characters"),
  section: z.enum(CPT_SECTIONS),
});
export type CptSummary = z.infer<typeof CptSummarySchema>;

// Chart-coding cases (content/cases/<specialty>/<case-id>.yaml): synthetic charts with answer keys.
export const SPECIALTIES = ["family-medicine", "orthopaedics", "cardiology", "emergency", "radiology", "obgyn", "dermatology", "injections-drugs", "dme-supplies", "ambulance"] as const;
export const DIAGNOSIS_PRINCIPLES = ["highest-specificity", "laterality", "seventh-character", "no-uncertain-diagnoses-outpatient", "integral-symptoms-not-coded", "combination-code", "sequencing", "external-cause", "chronic-and-acute", "z-codes-for-encounter", "pregnancy-trimester", "other"] as const;
export const PROCEDURE_PRINCIPLES = ["modifier-25", "modifier-59-x", "laterality-modifier", "professional-technical", "units-from-dose", "e-m-level", "new-vs-established", "bundling", "other"] as const;

const IcdCode = z.string().regex(/^[A-Z][0-9A-Z]{2}(\.[0-9A-Z]{1,4})?$/, "an ICD-10-CM code written with its dot, such as S83.241A");
const Modifier = z.string().regex(/^[0-9A-Z]{2}$/, "a two-character modifier such as RT or 25");

/**
 * How the grader treats a key line. required (the default when absent): worth its share of the score, missing
 * when not coded. optional: the chart supports it, so coding it or leaving it off costs nothing. alternate:
 * accepted in place of the line named in alternateTo (its rationale says when), never needed beside it.
 */
export const KEY_LINE_STATUSES = ["required", "optional", "alternate"] as const;
export type KeyLineStatus = (typeof KEY_LINE_STATUSES)[number];
const KeyLineStatusSchema = z.enum(KEY_LINE_STATUSES).optional();

export const ChartCaseSchema = z.strictObject({
  id: Slug,
  version: z.number().int().positive(),
  title: Text,
  specialty: z.enum(SPECIALTIES),
  setting: Text,
  difficulty: z.enum(["beginner", "intermediate", "advanced"]),
  codeSets: z.array(z.enum(["icd10cm", "cpt", "hcpcs"])).min(1),
  summary: Text,
  documents: z
    .array(z.strictObject({ kind: z.enum(["visit-note", "operative-report", "ed-note", "radiology-report", "order", "run-sheet", "procedure-note"]), title: Text, text: Text }))
    .min(1)
    .max(3),
  key: z.strictObject({
    diagnoses: z
      .array(
        z.strictObject({
          id: z.string().regex(/^d[0-9]+$/),
          code: IcdCode,
          alternates: z.array(IcdCode).default([]),
          rationale: Text,
          evidence: z.array(Text).min(1, "quote the words in the chart that support the code"),
          principle: z.enum(DIAGNOSIS_PRINCIPLES),
          status: KeyLineStatusSchema,
          alternateTo: z.string().regex(/^d[0-9]+$/).optional(),
        }),
      )
      .min(1),
    procedures: z.array(
      z.strictObject({
        id: z.string().regex(/^p[0-9]+$/),
        system: z.enum(["cpt", "hcpcs"]),
        code: z.string().regex(/^([0-9]{4}[0-9FT]|[A-Z][0-9]{4})$/, "a CPT or HCPCS code such as 29881 or J1885"),
        modifiers: z.array(Modifier).max(4).default([]),
        units: z.number().int().positive(),
        pointers: z.array(z.string().regex(/^d[0-9]+$/)).min(1).max(4, "a claim line points to at most four diagnoses"),
        alternates: z.array(z.strictObject({ code: z.string(), modifiers: z.array(Modifier).default([]), units: z.number().int().positive().optional() })).default([]),
        rationale: Text,
        evidence: z.array(Text).min(1, "quote the words in the chart that support the line"),
        principle: z.enum(PROCEDURE_PRINCIPLES),
        status: KeyLineStatusSchema,
        alternateTo: z.string().regex(/^p[0-9]+$/).optional(),
      }),
    ),
  }),
  /** What the case's payer asks beyond the national rules, when it asks more; see lib/coding/key-policy.ts. */
  payer: z.strictObject({ name: Text, requiresExternalCause: z.boolean().default(false) }).optional(),
  cptSummaries: z.record(z.string().regex(/^[0-9]{4}[0-9FT]$/), Text).default({}),
  teachingPoints: z.array(Text).min(1).max(3),
  /** Why the key stands where a reviewer could expect otherwise (an audit finding not taken up); shown after grading. */
  keyNotes: z.array(Text).max(6).optional(),
});
export type ChartCase = z.infer<typeof ChartCaseSchema>;
