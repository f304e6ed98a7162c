import type { ChartCase } from "@/lib/content/schemas";
import type { GuidelineCitation } from "@/lib/content/guideline-sections";

export type ProcedureSystem = "cpt" | "hcpcs";

/** One diagnosis as the learner listed it (CMS-1500 box 21). */
export type SubmittedDiagnosis = { code: string };

/** One claim line as the learner wrote it (CMS-1500 box 24). */
export type SubmittedProcedure = {
  system?: ProcedureSystem;
  code: string;
  modifiers: string[];
  units: number;
  /** 1-based indexes into the submitted diagnoses, like box 24E. */
  pointers: number[];
};

/** The learner's answer for one chart: diagnoses in first-listed order, then claim lines. */
export type CodingSubmission = {
  diagnoses: SubmittedDiagnosis[];
  procedures: SubmittedProcedure[];
};

export type AnswerKey = ChartCase["key"];
export type KeyDiagnosis = AnswerKey["diagnoses"][number];
export type KeyProcedure = AnswerKey["procedures"][number];

/** "optional": an optional key line the learner left off, which costs nothing. */
export type VerdictStatus = "correct" | "partial" | "wrong" | "missing" | "extra" | "optional";

export const DIAGNOSIS_PARTIAL_REASONS = ["wrong-specificity", "wrong-seventh-character", "wrong-sequence"] as const;
export const PROCEDURE_PARTIAL_REASONS = ["missing-modifier", "extra-modifier", "wrong-modifier", "wrong-units", "wrong-pointers"] as const;
export type DiagnosisPartialReason = (typeof DIAGNOSIS_PARTIAL_REASONS)[number];
export type ProcedurePartialReason = (typeof PROCEDURE_PARTIAL_REASONS)[number];
export type PartialReason = DiagnosisPartialReason | ProcedurePartialReason;

/**
 * Tags a page can show beside a verdict. "accepted-alternate": a correct line that used an alternate
 * the key accepts. "wrong-code": a different code in the same family. "duplicate": an extra line that
 * repeats one already graded. "not-in-key": an extra line the chart does not support. Missing lines have none.
 */
export type VerdictReason = PartialReason | "accepted-alternate" | "wrong-code" | "duplicate" | "not-in-key";

export type ExpectedDiagnosis = { code: string; alternates: string[] };

export type ExpectedProcedure = {
  system: ProcedureSystem;
  code: string;
  modifiers: string[];
  units: number;
  /** Key diagnosis ids ("d1"), primary first. */
  pointers: string[];
  /** The same diagnoses as dotted codes, for display. */
  pointerCodes: string[];
};

type VerdictBase = {
  status: VerdictStatus;
  reasons: VerdictReason[];
  /** 1-based position of the learner's line in its list, when there is one. */
  submittedLine?: number;
  keyLineId?: string;
  rationale?: string;
  /** Words in the chart that support the key line, for highlighting. */
  evidence?: string[];
  /** On the score's 0–100 scale: a key line's share of 100, or a negative penalty for an extra line. */
  points: number;
  maxPoints: number;
  message: string;
  /** The key line is optional: it earns and costs nothing, coded or not. */
  optional?: boolean;
  /** The share of the line the learner's code earned (0–1), for optional lines that carry no points. */
  credit?: number;
  /** The guideline sections the rationale cites, with their headings (added when an attempt is read). */
  citations?: GuidelineCitation[];
};

export type DiagnosisVerdict = VerdictBase & { kind: "diagnosis"; submitted?: SubmittedDiagnosis; expected?: ExpectedDiagnosis };
export type ProcedureVerdict = VerdictBase & { kind: "procedure"; submitted?: SubmittedProcedure; expected?: ExpectedProcedure };
export type CodingVerdict = DiagnosisVerdict | ProcedureVerdict;

export type CodingGrade = {
  /** Whole number 0–100. */
  score: number;
  /** Points earned on key lines before penalties (0–100). */
  earnedPoints: number;
  /** Points taken off for extra lines. */
  penaltyPoints: number;
  /** Diagnoses in key order then extras in submission order, then procedures the same way. */
  verdicts: CodingVerdict[];
};
