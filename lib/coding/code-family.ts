import { chapterFor, loadIcd10cmChapters, type Icd10cmChapters } from "@/lib/codes/icd10cm-hierarchy";
import type { CodingGrade, CodingVerdict, ProcedureSystem } from "@/lib/coding/types";

/**
 * A code family is what accuracy is reported by: an ICD-10-CM chapter ("icd10cm-19"), a CPT section
 * ("cpt-surgery"), a HCPCS Level II letter ("hcpcs-J"), or modifiers ("modifiers").
 */
export type CodeFamily = { key: string; label: string; kind: "icd10cm-chapter" | "cpt-section" | "hcpcs-letter" | "modifiers" };

export const MODIFIERS_FAMILY: CodeFamily = { key: "modifiers", label: "Modifiers", kind: "modifiers" };

// CPT numeric ranges by section; Category II (…F) and III (…T) codes have their own families.
const CPT_SECTIONS: Array<{ key: string; label: string; first: number; last: number }> = [
  { key: "anesthesia", label: "CPT Anesthesia", first: 100, last: 1999 },
  { key: "surgery", label: "CPT Surgery", first: 10004, last: 69990 },
  { key: "radiology", label: "CPT Radiology", first: 70010, last: 79999 },
  { key: "pathology-laboratory", label: "CPT Pathology and Laboratory", first: 80047, last: 89398 },
  { key: "evaluation-and-management", label: "CPT Evaluation and Management", first: 99202, last: 99499 },
  { key: "medicine", label: "CPT Medicine", first: 90281, last: 99607 },
];

const HCPCS_LETTERS: Record<string, string> = {
  A: "transport, medical and surgical supplies",
  B: "enteral and parenteral therapy",
  C: "hospital outpatient (OPPS) codes",
  E: "durable medical equipment",
  G: "temporary procedures and professional services",
  H: "behavioural health services",
  J: "drugs given other than by mouth",
  K: "temporary DME codes",
  L: "orthotics and prosthetics",
  M: "other medical services",
  P: "laboratory services",
  Q: "temporary codes",
  R: "diagnostic radiology services",
  S: "temporary national (non-Medicare) codes",
  T: "state Medicaid codes",
  V: "vision and hearing services",
};

export function diagnosisFamily(code: string, table: Icd10cmChapters = loadIcd10cmChapters()): CodeFamily {
  const chapter = chapterFor(code, table);
  if (!chapter) return { key: "icd10cm-other", label: "ICD-10-CM, no chapter", kind: "icd10cm-chapter" };
  return { key: `icd10cm-${chapter.number}`, label: `ICD-10-CM ch. ${chapter.number}: ${chapter.title}`, kind: "icd10cm-chapter" };
}

export function procedureFamily(system: ProcedureSystem, code: string): CodeFamily {
  const upper = code.toUpperCase();
  if (system === "hcpcs") {
    const letter = upper.charAt(0);
    const what = HCPCS_LETTERS[letter];
    return { key: `hcpcs-${letter}`, label: what ? `HCPCS ${letter} codes: ${what}` : `HCPCS ${letter} codes`, kind: "hcpcs-letter" };
  }
  if (upper.endsWith("F")) return { key: "cpt-category-ii", label: "CPT Category II (performance measures)", kind: "cpt-section" };
  if (upper.endsWith("T")) return { key: "cpt-category-iii", label: "CPT Category III (emerging technology)", kind: "cpt-section" };
  const number = Number(upper);
  // E/M sits inside the Medicine range numerically, so it is checked first.
  const section = CPT_SECTIONS.find((candidate) => number >= candidate.first && number <= candidate.last);
  return section ? { key: `cpt-${section.key}`, label: section.label, kind: "cpt-section" } : { key: "cpt-other", label: "CPT, other", kind: "cpt-section" };
}

/** One graded line's contribution to a family: the fraction of the line earned (0–1) out of 1. */
export type FamilyCredit = { family: CodeFamily; earned: number; possible: number };

const MODIFIER_REASONS = new Set(["missing-modifier", "extra-modifier", "wrong-modifier"]);

function familyOfVerdict(verdict: CodingVerdict, table: Icd10cmChapters): CodeFamily | undefined {
  if (verdict.kind === "diagnosis") {
    const code = verdict.expected?.code ?? verdict.submitted?.code;
    return code ? diagnosisFamily(code, table) : undefined;
  }
  const line = verdict.expected ?? verdict.submitted;
  return line?.system ? procedureFamily(line.system, line.code) : undefined;
}

/**
 * Splits a grade into per-family credit. Every required key line counts once in its family (earned = the share of
 * the line's points it got); an optional line counts only when coded; an extra line counts as a miss in the
 * family of the code written. A procedure line
 * whose key has modifiers, or where the learner's modifiers were judged wrong, also counts once under modifiers.
 */
export function familyCredits(grade: CodingGrade, table: Icd10cmChapters = loadIcd10cmChapters()): FamilyCredit[] {
  const credits: FamilyCredit[] = [];
  for (const verdict of grade.verdicts) {
    // An optional line left off is no weakness; coded, it counts at the share it earned.
    if (verdict.status === "optional") continue;
    const family = familyOfVerdict(verdict, table);
    if (!family) continue;
    const earned =
      verdict.status === "extra"
        ? 0
        : verdict.optional
          ? (verdict.credit ?? 0)
          : verdict.maxPoints <= 0
            ? 0
            : Math.max(0, Math.min(1, verdict.points / verdict.maxPoints));
    credits.push({ family, earned, possible: 1 });
    if (verdict.kind !== "procedure" || verdict.status === "extra") continue;
    const keyHasModifiers = (verdict.expected?.modifiers.length ?? 0) > 0;
    const modifierMistake = verdict.reasons.some((reason) => MODIFIER_REASONS.has(reason));
    if (keyHasModifiers || modifierMistake) {
      const modifiersRight = !modifierMistake && (verdict.status === "correct" || verdict.status === "partial");
      credits.push({ family: MODIFIERS_FAMILY, earned: modifiersRight ? 1 : 0, possible: 1 });
    }
  }
  return credits;
}

export type FamilyAccuracy = { family: CodeFamily; earned: number; possible: number; accuracy: number };

/** Sums credits by family; accuracy is earned / possible (0–1). Sorted weakest first, then by label. */
export function summariseFamilies(credits: Iterable<FamilyCredit>): FamilyAccuracy[] {
  const byKey = new Map<string, FamilyAccuracy>();
  for (const credit of credits) {
    const entry = byKey.get(credit.family.key) ?? { family: credit.family, earned: 0, possible: 0, accuracy: 0 };
    entry.earned += credit.earned;
    entry.possible += credit.possible;
    byKey.set(credit.family.key, entry);
  }
  const rows = [...byKey.values()].map((row) => ({ ...row, accuracy: row.possible > 0 ? row.earned / row.possible : 0 }));
  return rows.sort((a, b) => a.accuracy - b.accuracy || a.family.label.localeCompare(b.family.label));
}
