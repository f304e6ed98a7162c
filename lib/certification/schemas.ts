import { z } from "zod";
import { KNOWN_CREDENTIALS } from "@/lib/salary/types";

export const ISSUING_BODIES = ["AAPC", "AHIMA", "ACDIS"] as const;
export type IssuingBody = (typeof ISSUING_BODIES)[number];

export const CREDENTIAL_SETTINGS = [
  "physician-office",
  "hospital-outpatient",
  "hospital-inpatient",
  "payer-audit",
  "risk-adjustment",
  "cdi",
  "billing",
  "health-information-management",
  "specialty-practice",
] as const;
export type CredentialSetting = (typeof CREDENTIAL_SETTINGS)[number];

export const SETTING_LABELS: Record<CredentialSetting, string> = {
  "physician-office": "Physician practice",
  "hospital-outpatient": "Hospital outpatient",
  "hospital-inpatient": "Hospital inpatient",
  "payer-audit": "Audit and compliance",
  "risk-adjustment": "Risk adjustment",
  cdi: "Documentation integrity (CDI)",
  billing: "Billing",
  "health-information-management": "Health information management",
  "specialty-practice": "Specialty practice",
};

export const CREDENTIAL_LEVELS = ["entry", "core", "advanced", "specialty"] as const;
export type CredentialLevel = (typeof CREDENTIAL_LEVELS)[number];

export const LEVEL_LABELS: Record<CredentialLevel, string> = {
  entry: "Entry level",
  core: "Core coding credentials",
  advanced: "Advanced and management",
  specialty: "Specialty credentials",
};

const CPT_SECTIONS = ["anesthesia", "surgery", "radiology", "pathology-laboratory", "evaluation-and-management", "medicine", "category-ii", "category-iii"];
/**
 * A code family key from lib/coding/code-family.ts ("icd10cm-19", "cpt-surgery", "hcpcs-J", "modifiers"), or a
 * whole code set ("icd10cm-*", "cpt-*", "hcpcs-*").
 */
export const FAMILY_PATTERN = new RegExp(`^(icd10cm-([1-9]|1[0-9]|2[0-2]|\\*)|cpt-(${CPT_SECTIONS.join("|")}|\\*)|hcpcs-([A-Z]|\\*)|modifiers)$`);

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case slug such as icd-10-cm");
const Text = z.string().trim().min(1, "text is required");
const FigureKey = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, "a figure key from content/facts/figures.yaml, such as exam.cpc.questions");
// Prose may cite a figure as {figure.key}; a dollar amount or percentage typed by hand is refused.
const Prose = Text.refine((text) => !/\$\s?\d|\d\s?%/.test(text), "states a dollar figure or percentage directly; cite it as {figure.key}");
const CredentialCode = z.enum(KNOWN_CREDENTIALS, `a credential code from KNOWN_CREDENTIALS (${KNOWN_CREDENTIALS.join(", ")})`);

export const CredentialSkillSchema = z
  .strictObject({
    id: Slug,
    label: Text,
    /** Share of the readiness score, 0–1; a credential's weights sum to 1. */
    weight: z.number().gt(0, "a weight is above 0").max(1, "a weight is at most 1"),
    /** Measured by coding accuracy in these code families. */
    families: z
      .array(z.string().regex(FAMILY_PATTERN, "a code family such as icd10cm-19, cpt-surgery, hcpcs-J, modifiers, or a whole set such as cpt-*"))
      .min(1)
      .optional(),
    /** Measured by lessons completed in these guide modules. */
    modules: z.array(Slug).min(1).optional(),
    /** Measured by graded work in a practice area: "denials" is the denials workbench. */
    practice: z.enum(["denials"]).optional(),
  })
  .refine((skill) => [skill.families, skill.modules, skill.practice].filter((measure) => measure !== undefined).length === 1, {
    message: "a skill is measured by families, by modules or by a practice area, exactly one of them",
  });
export type CredentialSkill = z.infer<typeof CredentialSkillSchema>;

export const CredentialSchema = z
  .strictObject({
    code: CredentialCode,
    abbreviation: z.string().regex(/^[A-Z]{2,5}(-[A-Z])?$/, "the credential's letters, such as CPC or CPC-A"),
    name: Text,
    issuingBody: z.enum(ISSUING_BODIES),
    setting: z.enum(CREDENTIAL_SETTINGS),
    level: z.enum(CREDENTIAL_LEVELS),
    order: z.number().int().positive(),
    summary: Prose,
    exam: z.strictObject({
      format: Prose,
      questions: FigureKey.optional(),
      durationHours: FigureKey.optional(),
      /** A percentage pass mark (unit percent); readiness bands hang off it. */
      passingScore: FigureKey.optional(),
      /** How passing works when it is not a percentage (scaled scores), may cite {figure.key}. */
      passingNote: Prose.optional(),
      /** Absent: the entry does not say; the learner checks the candidate handbook. */
      openBook: z.boolean().optional(),
      delivery: Prose,
    }),
    domains: z.array(Prose).min(3, "list at least three exam domains"),
    prerequisites: z.strictObject({
      summary: Prose,
      items: z.array(Prose).default([]),
      /** For apprentice designations: how the "-A" comes off. */
      apprenticeRemoval: Prose.optional(),
    }),
    salary: z.strictObject({ figure: FigureKey, context: Prose.optional() }).optional(),
    sources: z.array(Slug).min(1, "name at least one source from content/facts/sources.yaml"),
    relatedCredentials: z.array(CredentialCode).default([]),
    skills: z.array(CredentialSkillSchema).min(2, "a credential tests at least two skills"),
    /** Skills the exam tests that Chartwise cannot measure yet (shown beside the readiness score). */
    notMeasured: z.array(Prose).default([]),
  })
  .superRefine((credential, ctx) => {
    const total = credential.skills.reduce((sum, skill) => sum + skill.weight, 0);
    if (Math.abs(total - 1) > 1e-6) ctx.addIssue({ code: "custom", path: ["skills"], message: `skill weights sum to ${total.toFixed(3)}, not 1` });
    const ids = credential.skills.map((skill) => skill.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["skills"], message: "skill ids repeat" });
    if (credential.relatedCredentials.includes(credential.code))
      ctx.addIssue({ code: "custom", path: ["relatedCredentials"], message: "a credential is not related to itself" });
  });
export type Credential = z.infer<typeof CredentialSchema>;

/** Figure keys cited in prose as {figure.key}. */
export function figureKeysIn(text: string): string[] {
  return [...text.matchAll(/\{([a-z0-9_]+(?:\.[a-z0-9_]+)+)\}/g)].map((match) => match[1]!);
}
