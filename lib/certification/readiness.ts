import type { CredentialSkill } from "@/lib/certification/schemas";
import type { FamilyAccuracy } from "@/lib/coding/code-family";

/** Lessons done in one guide module. */
export type ModuleCompletion = { slug: string; title: string; lessonsTotal: number; lessonsCompleted: number };

/** Denial work on the workbench: claims worked and the credit earned on them (latest attempt per claim, score/100 each). */
export type DenialMastery = { claimsWorked: number; earned: number };

/** What a learner has shown so far: coding accuracy by code family (latest attempt per case), lessons done, denial work. */
export type LearnerMastery = { families: FamilyAccuracy[]; modules: ModuleCompletion[]; casesAttempted: number; denials?: DenialMastery };

export type ReadinessOptions = {
  /** The exam's pass mark in percent, when it publishes one. */
  passingScore?: number;
  /** Coded lines a skill needs before its accuracy counts in full. */
  minLines?: number;
  /** Charts (distinct cases) coded before a score is shown at all. */
  minCharts?: number;
  /**
   * Code-family keys Chartwise has practice charts for. A coding area with none cannot gather evidence, so it does
   * not hold the score back; unset means every area can be practised.
   */
  practicableFamilies?: ReadonlySet<string>;
};

export type ReadinessBand = "not-started" | "too-early" | "building" | "nearly-ready" | "ready";

export const BAND_LABELS: Record<ReadinessBand, string> = {
  "not-started": "Not started",
  "too-early": "Not enough evidence yet",
  building: "Building",
  "nearly-ready": "Nearly ready",
  ready: "Ready",
};

/** Coded lines before a skill's accuracy counts at full confidence, and before an area counts as covered. */
export const MIN_LINES_FOR_FULL_CONFIDENCE = 5;
/**
 * Charts coded before any score is shown. A certification exam has around a hundred questions over every area; a
 * handful of charts says little about it, so until then the page shows the evidence instead of a number.
 */
export const MIN_CHARTS_FOR_SCORE = 10;
/** Bar used when an exam reports a scaled score instead of a percentage pass mark. */
export const DEFAULT_PASSING_SCORE = 70;
/** Practice is not the exam: "ready" asks for this many points above the pass mark. */
export const READY_MARGIN = 10;

export type SkillLink = { kind: "family" | "module" | "practice"; key: string; label: string; href: string };

export type SkillReadiness = {
  id: string;
  label: string;
  kind: "coding" | "lessons" | "denials";
  weight: number;
  /** The mastery that counts (0–1), after any low-evidence damping. */
  mastery: number;
  /** Coding skills: share of lines right (0–1) and lines coded. */
  accuracy?: number;
  lines?: number;
  /** Lesson skills. */
  lessonsCompleted?: number;
  lessonsTotal?: number;
  /** 0–1: how much of the evidence a full-confidence reading needs is there. */
  confidence: number;
  lowEvidence: boolean;
  evidence: string;
  /** Points this skill adds to the 0–100 score, and the most it could add. */
  points: number;
  maxPoints: number;
  links: SkillLink[];
};

/** One coding area the exam tests, and whether the learner has coded enough lines in it for the score to count. */
export type EvidenceArea = { skillId: string; label: string; lines: number; needed: number; practicable: boolean; covered: boolean };

/** What the score rests on, and what is still missing before it is shown. */
export type ReadinessEvidence = {
  enough: boolean;
  charts: { coded: number; needed: number };
  areas: EvidenceArea[];
  /** Plain sentences, one per missing piece ("Code 7 more charts."), empty when there is enough. */
  missing: string[];
};

export type Readiness = {
  credentialCode: string;
  score: number;
  band: ReadinessBand;
  bandLabel: string;
  passingScore: number;
  passingScoreIsDefault: boolean;
  readyAt: number;
  hasEvidence: boolean;
  casesAttempted: number;
  skills: SkillReadiness[];
  evidence: ReadinessEvidence;
};

const SET_LABELS: Record<string, string> = { icd10cm: "ICD-10-CM (all chapters)", cpt: "CPT (all sections)", hcpcs: "HCPCS Level II (all letters)" };

function matches(pattern: string, familyKey: string): boolean {
  return pattern.endsWith("-*") ? familyKey.startsWith(pattern.slice(0, -1)) : familyKey === pattern;
}

function patternLabel(pattern: string, families: FamilyAccuracy[]): string {
  if (pattern.endsWith("-*")) return SET_LABELS[pattern.slice(0, -2)] ?? pattern;
  const known = families.find((family) => family.family.key === pattern);
  if (known) return known.family.label;
  if (pattern === "modifiers") return "Modifiers";
  const chapter = /^icd10cm-(\d+)$/.exec(pattern);
  if (chapter) return `ICD-10-CM chapter ${chapter[1]}`;
  const letter = /^hcpcs-([A-Z])$/.exec(pattern);
  if (letter) return `HCPCS ${letter[1]} codes`;
  const section = pattern.replace(/^cpt-/, "").replaceAll("-", " ");
  return `CPT ${section.charAt(0).toUpperCase()}${section.slice(1)}`;
}

/** Where to practise a family: a whole code set links by its prefix (?family=cpt). */
export function practiceHref(pattern: string): string {
  return `/practice?family=${encodeURIComponent(pattern.replace(/-\*$/, ""))}`;
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
const lineWord = (count: number) => `${count} ${count === 1 ? "line" : "lines"}`;

function listLabels(labels: string[]): string {
  if (labels.length <= 2) return labels.join(" and ");
  return `${labels.slice(0, 2).join(", ")} and ${labels.length - 2} more`;
}

function codingSkill(
  skill: CredentialSkill & { families: string[] },
  mastery: LearnerMastery,
  minLines: number,
): Omit<SkillReadiness, "points" | "maxPoints" | "id" | "label" | "weight"> {
  const seen = mastery.families.filter((family) => skill.families.some((pattern) => matches(pattern, family.family.key)));
  const earned = seen.reduce((sum, family) => sum + family.earned, 0);
  const lines = seen.reduce((sum, family) => sum + family.possible, 0);
  const accuracy = lines > 0 ? earned / lines : 0;
  // Below the minimum, the lines not yet coded count as misses: earned / max(lines, minLines).
  const value = earned / Math.max(lines, minLines);
  const confidence = Math.min(1, lines / minLines);
  const lowEvidence = lines < minLines;
  const where = listLabels(seen.length ? seen.map((family) => family.family.label) : skill.families.map((pattern) => patternLabel(pattern, mastery.families)));
  let evidence = lines === 0 ? `No lines coded yet in ${where}.` : `${lineWord(lines)} coded in ${where}, ${percent(accuracy)} right.`;
  if (lines > 0 && lowEvidence) evidence += ` Only ${lineWord(lines)} so far: counted at ${percent(confidence)} confidence until ${minLines} are coded.`;
  return {
    kind: "coding",
    mastery: Math.min(1, Math.max(0, value)),
    accuracy,
    lines,
    confidence,
    lowEvidence,
    evidence,
    links: skill.families.map((pattern) => ({ kind: "family", key: pattern, label: patternLabel(pattern, mastery.families), href: practiceHref(pattern) })),
  };
}

function lessonSkill(
  skill: CredentialSkill & { modules: string[] },
  mastery: LearnerMastery,
): Omit<SkillReadiness, "points" | "maxPoints" | "id" | "label" | "weight"> {
  const modules = skill.modules.map(
    (slug) => mastery.modules.find((candidate) => candidate.slug === slug) ?? { slug, title: slug, lessonsTotal: 0, lessonsCompleted: 0 },
  );
  const total = modules.reduce((sum, module) => sum + module.lessonsTotal, 0);
  const completed = modules.reduce((sum, module) => sum + Math.min(module.lessonsCompleted, module.lessonsTotal), 0);
  const names = listLabels(modules.map((module) => `“${module.title}”`));
  return {
    kind: "lessons",
    mastery: total > 0 ? completed / total : 0,
    lessonsCompleted: completed,
    lessonsTotal: total,
    confidence: 1,
    lowEvidence: false,
    evidence: `${completed} of ${total} ${total === 1 ? "lesson" : "lessons"} complete in ${names}.`,
    links: modules.map((module) => ({ kind: "module", key: module.slug, label: module.title, href: `/guide/${module.slug}` })),
  };
}

const claimWord = (count: number) => `${count} ${count === 1 ? "claim" : "claims"}`;

/** Denial work: the credit earned (root cause, resolution, payer's answer) over the claims worked, damped below the minimum like coding lines. */
function denialSkill(mastery: LearnerMastery, minClaims: number): Omit<SkillReadiness, "points" | "maxPoints" | "id" | "label" | "weight"> {
  const { claimsWorked, earned } = mastery.denials ?? { claimsWorked: 0, earned: 0 };
  const accuracy = claimsWorked > 0 ? earned / claimsWorked : 0;
  const confidence = Math.min(1, claimsWorked / minClaims);
  const lowEvidence = claimsWorked < minClaims;
  let evidence =
    claimsWorked === 0
      ? "No denials worked yet on the workbench."
      : `${claimWord(claimsWorked)} worked on the denials workbench, ${percent(accuracy)} accuracy.`;
  if (claimsWorked > 0 && lowEvidence)
    evidence += ` Only ${claimWord(claimsWorked)} so far: counted at ${percent(confidence)} confidence until ${minClaims} are worked.`;
  return {
    kind: "denials",
    mastery: Math.min(1, Math.max(0, earned / Math.max(claimsWorked, minClaims))),
    accuracy,
    lines: claimsWorked,
    confidence,
    lowEvidence,
    evidence,
    links: [{ kind: "practice", key: "denials", label: "Denials workbench", href: "/denials" }],
  };
}

/**
 * Readiness for a credential, 0–100. Each skill the exam tests has a weight (the weights sum to 1) and a mastery
 * from 0 to 1: for coding skills, the credit earned on coded lines in its code families divided by the larger of
 * the lines coded and the minimum (5), so a skill with little evidence is damped; for guide skills, the share of
 * the module's lessons completed. Score = 100 × Σ weight × mastery. Bands: not started (no evidence at all), not
 * enough evidence yet (fewer than MIN_CHARTS_FOR_SCORE charts, or a practicable coding area with fewer than
 * MIN_LINES_FOR_FULL_CONFIDENCE lines), building, nearly ready (at or above the exam's percentage pass mark, 70 when
 * it has none), ready (10 above it).
 */
export function assessReadiness(credential: { code: string; skills: CredentialSkill[] }, mastery: LearnerMastery, options: ReadinessOptions = {}): Readiness {
  const minLines = Math.max(1, options.minLines ?? MIN_LINES_FOR_FULL_CONFIDENCE);
  const skills = credential.skills.map((skill): SkillReadiness => {
    const measured = skill.families
      ? codingSkill({ ...skill, families: skill.families }, mastery, minLines)
      : skill.practice === "denials"
        ? denialSkill(mastery, minLines)
        : lessonSkill({ ...skill, modules: skill.modules ?? [] }, mastery);
    return {
      id: skill.id,
      label: skill.label,
      weight: skill.weight,
      ...measured,
      points: 100 * skill.weight * measured.mastery,
      maxPoints: 100 * skill.weight,
    };
  });
  const total = skills.reduce((sum, skill) => sum + skill.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(total)));
  const hasEvidence = skills.some((skill) => (skill.lines ?? 0) > 0 || (skill.lessonsCompleted ?? 0) > 0);
  const passingScore = options.passingScore ?? DEFAULT_PASSING_SCORE;
  const readyAt = Math.min(100, passingScore + READY_MARGIN);
  const evidence = evidenceOf(credential.skills, skills, mastery, {
    minLines,
    minCharts: Math.max(1, options.minCharts ?? MIN_CHARTS_FOR_SCORE),
    practicable: options.practicableFamilies,
  });
  const band: ReadinessBand = !hasEvidence
    ? "not-started"
    : !evidence.enough
      ? "too-early"
      : score >= readyAt
        ? "ready"
        : score >= passingScore
          ? "nearly-ready"
          : "building";
  return {
    credentialCode: credential.code,
    score,
    band,
    bandLabel: BAND_LABELS[band],
    passingScore,
    passingScoreIsDefault: options.passingScore === undefined,
    readyAt,
    hasEvidence,
    casesAttempted: mastery.casesAttempted,
    skills,
    evidence,
  };
}

function evidenceOf(
  definitions: CredentialSkill[],
  skills: SkillReadiness[],
  mastery: LearnerMastery,
  rules: { minLines: number; minCharts: number; practicable?: ReadonlySet<string> },
): ReadinessEvidence {
  const areas = skills.flatMap((skill): EvidenceArea[] => {
    if (skill.kind !== "coding") return [];
    const patterns = definitions.find((definition) => definition.id === skill.id)?.families ?? [];
    const practicable = !rules.practicable || patterns.some((pattern) => [...rules.practicable!].some((key) => matches(pattern, key)));
    const lines = skill.lines ?? 0;
    return [{ skillId: skill.id, label: skill.label, lines, needed: rules.minLines, practicable, covered: !practicable || lines >= rules.minLines }];
  });
  const missing: string[] = [];
  const chartsShort = rules.minCharts - mastery.casesAttempted;
  if (chartsShort > 0)
    missing.push(`Code ${chartsShort} more ${chartsShort === 1 ? "chart" : "charts"} (${mastery.casesAttempted} of ${rules.minCharts} so far).`);
  for (const area of areas) {
    if (!area.covered)
      missing.push(
        `Code ${area.needed - area.lines} more ${area.needed - area.lines === 1 ? "line" : "lines"} in ${area.label} (${area.lines} of ${area.needed}).`,
      );
  }
  return { enough: missing.length === 0, charts: { coded: mastery.casesAttempted, needed: rules.minCharts }, areas, missing };
}
