import { pairLines } from "@/lib/coding/assign-lines";
import { creditFor, matchWeight, roundPoints, sharedPrefixLength } from "@/lib/coding/line-credit";
import { SCORE_WEIGHTS } from "@/lib/coding/scoring-weights";
import type { GradedDiagnosis } from "@/lib/coding/key-policy";
import type { DiagnosisVerdict, KeyDiagnosis, SubmittedDiagnosis, VerdictReason } from "@/lib/coding/types";
import { formatCode, normalizeCode } from "@/lib/codes/normalize-code";

export type DiagnosisGrading = {
  verdicts: DiagnosisVerdict[];
  /** For each submitted diagnosis, the key diagnosis id it stands for (matched, near miss or wrong code), or null. */
  keyIdOfSubmitted: (string | null)[];
  credits: number[];
  extraCount: number;
};

// Initial/subsequent/sequela is the 7th character of most injury (S/T) codes; fractures add more letters.
const ENCOUNTER_OF_SEVENTH: Record<string, string> = {
  A: "an initial encounter (active treatment)",
  D: "a subsequent encounter (healing or recovery)",
  S: "a sequela (a late effect)",
};

// A category is the first 3 characters; two leftovers that share the first 2 are "wrong code" rather than extra + missing.
const CATEGORY_LENGTH = 3;
const FAMILY_LENGTH = 2;

function bareDiagnosisCode(code: string): string {
  return normalizeCode(code) ?? code.trim().toUpperCase().replace(".", "");
}

const dotted = (bare: string) => formatCode("icd10cm", bare);

type Comparison = { reasons: VerdictReason[]; sharedPrefix: number };

/**
 * How a submitted code relates to a key diagnosis, or null when it is no match. Laterality is not
 * detected on its own: the side sits in different positions in different chapters, so a wrong side
 * counts as wrong specificity, which the message says includes side.
 */
function compareDiagnosis(submitted: string, key: KeyDiagnosis): Comparison | null {
  const accepted = [key.code, ...key.alternates].map(bareDiagnosisCode);
  const sharedPrefix = Math.max(...accepted.map((code) => sharedPrefixLength(code, submitted)));
  const exact = accepted.indexOf(submitted);
  if (exact !== -1) return { reasons: exact > 0 ? ["accepted-alternate"] : [], sharedPrefix };
  if (accepted.some((code) => code.length === 7 && submitted.length === 7 && code.slice(0, 6) === submitted.slice(0, 6))) {
    return { reasons: ["wrong-seventh-character"], sharedPrefix };
  }
  if (sharedPrefix >= CATEGORY_LENGTH) return { reasons: ["wrong-specificity"], sharedPrefix };
  return null;
}

function partialMessage(submitted: string, key: KeyDiagnosis, reasons: VerdictReason[]): string {
  const keyCode = key.code;
  const sentences: string[] = [];
  if (reasons.includes("wrong-seventh-character")) {
    const given = ENCOUNTER_OF_SEVENTH[submitted.at(-1) ?? ""];
    const wanted = ENCOUNTER_OF_SEVENTH[bareDiagnosisCode(keyCode).at(-1) ?? ""];
    sentences.push(
      given && wanted
        ? `Right code, wrong 7th character: ${dotted(submitted)} is ${given}, but this visit is ${wanted}, so ${keyCode}.`
        : `Right code, wrong 7th character: you gave ${dotted(submitted)}; the key has ${keyCode}.`,
    );
  } else if (reasons.includes("wrong-specificity")) {
    sentences.push(
      `Right category (${submitted.slice(0, CATEGORY_LENGTH)}), wrong specificity: you gave ${dotted(submitted)}; the chart supports ${keyCode}. Check the type, site and side documented.`,
    );
  }
  if (reasons.includes("wrong-sequence")) {
    sentences.push(
      sentences.length === 0
        ? `Right code, wrong position: ${keyCode} is the first-listed diagnosis and should come first.`
        : `It should also be listed first.`,
    );
  }
  return sentences.join(" ");
}

/** Grades the diagnoses: matched to key lines by code (not position), then the first-listed position checked. */
export function gradeDiagnoses(
  keyDiagnoses: readonly GradedDiagnosis[],
  submittedDiagnoses: readonly SubmittedDiagnosis[],
  pointsPerLine: number,
): DiagnosisGrading {
  const submitted = submittedDiagnoses.map((diagnosis) => bareDiagnosisCode(diagnosis.code));
  const firstKeyId = keyDiagnoses[0]?.id;
  const comparisons = submitted.map((code, index) =>
    keyDiagnoses.map((key) => {
      const comparison = compareDiagnosis(code, key);
      if (comparison === null) return null;
      const reasons: VerdictReason[] = key.id === firstKeyId && index !== 0 ? [...comparison.reasons, "wrong-sequence"] : comparison.reasons;
      return { reasons, sharedPrefix: comparison.sharedPrefix };
    }),
  );
  // Leftovers in the same code family pair up as "wrong code"; the rest are missing or extra.
  const {
    keyOfSubmitted: matched,
    submittedOfKey,
    wrongOfKey,
    keyOfWrong: keyIndexOfWrong,
  } = pairLines(
    submitted.length,
    keyDiagnoses.length,
    (index, keyIndex) => {
      const cell = comparisons[index]![keyIndex];
      return cell ? matchWeight(creditFor(cell.reasons), cell.sharedPrefix, index) : 0;
    },
    (index, keyIndex) => {
      const shared = sharedPrefixLength(submitted[index]!, bareDiagnosisCode(keyDiagnoses[keyIndex]!.code));
      return shared >= FAMILY_LENGTH ? matchWeight(1, shared, index) : 0;
    },
  );

  const verdicts: DiagnosisVerdict[] = [];
  const credits: number[] = [];
  keyDiagnoses.forEach((key, keyIndex) => {
    const optional = key.status === "optional";
    const lineMax = optional ? 0 : pointsPerLine;
    const base = {
      kind: "diagnosis" as const,
      keyLineId: key.id,
      expected: { code: key.code, alternates: key.alternates },
      rationale: key.rationale,
      evidence: key.evidence,
      maxPoints: roundPoints(lineMax),
      ...(optional ? { optional: true } : {}),
    };
    const optionalNote = optional ? " This line is optional, so it costs nothing either way." : "";
    const matchedIndex = submittedOfKey.get(keyIndex);
    if (matchedIndex !== undefined) {
      const code = submitted[matchedIndex]!;
      const reasons = comparisons[matchedIndex]![keyIndex]!.reasons;
      const credit = creditFor(reasons);
      credits.push(optional ? 0 : credit);
      const isCorrect = credit === 1;
      // A code accepted through an alternate line shows that line's reasoning first.
      const alternateLine = key.alternateLines.find((line) => line.codes.map(bareDiagnosisCode).includes(code));
      verdicts.push({
        ...base,
        ...(alternateLine ? { rationale: `${alternateLine.rationale} ${key.rationale}`, evidence: [...alternateLine.evidence, ...key.evidence] } : {}),
        status: isCorrect ? "correct" : "partial",
        reasons,
        submitted: { code: dotted(code) },
        submittedLine: matchedIndex + 1,
        points: roundPoints(lineMax * credit),
        ...(optional ? { credit } : {}),
        message: isCorrect
          ? alternateLine
            ? `Correct: ${dotted(code)} is accepted in place of ${key.code}.`
            : reasons.includes("accepted-alternate")
              ? `Correct: ${dotted(code)} is an accepted alternate to ${key.code}.`
              : optional
                ? `Correct: ${key.code}, an optional code the chart supports.`
                : `Correct: ${key.code}.`
          : `${partialMessage(code, key, reasons)}${optionalNote}`,
      });
      return;
    }
    credits.push(0);
    const wrongIndex = wrongOfKey.get(keyIndex);
    if (wrongIndex !== undefined) {
      const code = dotted(submitted[wrongIndex]!);
      verdicts.push({
        ...base,
        status: "wrong",
        reasons: ["wrong-code"],
        submitted: { code },
        submittedLine: wrongIndex + 1,
        points: 0,
        ...(optional ? { credit: 0 } : {}),
        message: `Wrong code: you gave ${code}; the chart supports ${key.code}.${optionalNote}`,
      });
      return;
    }
    if (optional) {
      verdicts.push({
        ...base,
        status: "optional",
        reasons: [],
        points: 0,
        message: `Optional: ${key.code} may be reported, and leaving it off costs nothing.`,
      });
      return;
    }
    verdicts.push({ ...base, status: "missing", reasons: [], points: 0, message: `Missing: ${key.code} was not coded.` });
  });

  const gradedCodes = new Set([...submittedOfKey.values(), ...wrongOfKey.values()].map((index) => submitted[index]!));
  let extraCount = 0;
  submitted.forEach((code, index) => {
    if (matched[index] !== null || keyIndexOfWrong.has(index)) return;
    extraCount++;
    const isDuplicate = gradedCodes.has(code) || submitted.indexOf(code) < index;
    verdicts.push({
      kind: "diagnosis",
      status: "extra",
      reasons: [isDuplicate ? "duplicate" : "not-in-key"],
      submitted: { code: dotted(code) },
      submittedLine: index + 1,
      points: -SCORE_WEIGHTS.extraLinePenalty,
      maxPoints: 0,
      message: isDuplicate
        ? `Extra: ${dotted(code)} is listed more than once (−${SCORE_WEIGHTS.extraLinePenalty} points).`
        : `Extra: the chart does not support ${dotted(code)} (−${SCORE_WEIGHTS.extraLinePenalty} points).`,
    });
  });

  // A line's pointers are judged by which key diagnosis each learner line stands for, so a diagnosis
  // coded wrong is not penalised a second time on every claim line that points to it.
  const keyIdOfSubmitted = submitted.map((code, index) => {
    const keyIndex = matched[index] ?? keyIndexOfWrong.get(index);
    if (keyIndex !== undefined) return keyDiagnoses[keyIndex]!.id;
    // A repeated diagnosis still stands for its key line when a claim line points to it.
    return keyDiagnoses.find((key) => [key.code, ...key.alternates].map(bareDiagnosisCode).includes(code))?.id ?? null;
  });
  return { verdicts, keyIdOfSubmitted, credits, extraCount };
}
