import { pairLines } from "@/lib/coding/assign-lines";
import { creditFor, matchWeight, roundPoints, sharedPrefixLength } from "@/lib/coding/line-credit";
import { SCORE_WEIGHTS } from "@/lib/coding/scoring-weights";
import type { GradedDiagnosis, GradedProcedure } from "@/lib/coding/key-policy";
import type { ProcedureVerdict, SubmittedProcedure, VerdictReason } from "@/lib/coding/types";

export type ProcedureGrading = { verdicts: ProcedureVerdict[]; credits: number[]; extraCount: number };

// CPT and HCPCS codes that share the first 3 characters are one family (9921x office visits, 1200x simple repairs,
// A042x ambulance): a leftover line in the key line's family is a wrong code for it, not an extra line.
const FAMILY_LENGTH = 3;

type AcceptedLine = { code: string; modifiers: string[]; units: number; isAlternate: boolean; pointers: string[]; alternateLineId?: string };

type LineComparison = {
  reasons: VerdictReason[];
  credit: number;
  missingModifiers: string[];
  extraModifiers: string[];
  wrongModifiers: [given: string, wanted: string][];
  expectedUnits: number;
};

const clean = (value: string) => value.trim().toUpperCase();

function acceptedLines(key: GradedProcedure): AcceptedLine[] {
  return [
    { code: clean(key.code), modifiers: key.modifiers.map(clean), units: key.units, isAlternate: false, pointers: key.pointers },
    ...key.alternates.map((alternate) => ({
      code: clean(alternate.code),
      modifiers: alternate.modifiers.map(clean),
      units: alternate.units ?? key.units,
      isAlternate: true,
      pointers: alternate.pointers ?? key.pointers,
      alternateLineId: alternate.lineId,
    })),
  ];
}

/**
 * The primary pointer must be the key's first. Every key pointer to a required diagnosis must be there; a pointer
 * to an optional diagnosis may be there or not; a pointer to anything else is wrong.
 */
function arePointersRight(pointerKeyIds: (string | null)[], keyPointers: readonly string[], optionalIds: ReadonlySet<string>): boolean {
  return (
    pointerKeyIds[0] === keyPointers[0] &&
    pointerKeyIds.every((id) => id !== null && (keyPointers.includes(id) || optionalIds.has(id))) &&
    keyPointers.every((id) => optionalIds.has(id) || pointerKeyIds.includes(id))
  );
}

function compareLine(
  line: SubmittedProcedure,
  pointerKeyIds: (string | null)[],
  key: GradedProcedure,
  optionalIds: ReadonlySet<string>,
): (LineComparison & { alternateLineId?: string }) | null {
  const code = clean(line.code);
  const modifiers = [...new Set(line.modifiers.map(clean))];
  let best: (LineComparison & { alternateLineId?: string }) | null = null;
  for (const accepted of acceptedLines(key)) {
    if (accepted.code !== code) continue;
    const pointersRight = arePointersRight(pointerKeyIds, accepted.pointers, optionalIds);
    const missing = accepted.modifiers.filter((modifier) => !modifiers.includes(modifier));
    const extra = modifiers.filter((modifier) => !accepted.modifiers.includes(modifier));
    const pairs = Math.min(missing.length, extra.length);
    const wrongModifiers = extra.slice(0, pairs).map((given, index): [string, string] => [given, missing[index]!]);
    const reasons: VerdictReason[] = [];
    if (wrongModifiers.length > 0) reasons.push("wrong-modifier");
    if (missing.length > pairs) reasons.push("missing-modifier");
    if (extra.length > pairs) reasons.push("extra-modifier");
    if (line.units !== accepted.units) reasons.push("wrong-units");
    if (!pointersRight) reasons.push("wrong-pointers");
    if (reasons.length === 0 && accepted.isAlternate) reasons.push("accepted-alternate");
    const credit = creditFor(reasons);
    if (best === null || credit > best.credit) {
      best = {
        reasons,
        credit,
        missingModifiers: missing.slice(pairs),
        extraModifiers: extra.slice(pairs),
        wrongModifiers,
        expectedUnits: accepted.units,
        alternateLineId: accepted.alternateLineId,
      };
    }
  }
  return best;
}

function describeLine(code: string, modifiers: readonly string[], units: number): string {
  return `${[code, ...modifiers].join("-")} ×${units}`;
}

const unitsWord = (units: number) => `${units} ${units === 1 ? "unit" : "units"}`;

function listCodes(codes: string[]): string {
  return codes.length <= 1 ? (codes[0] ?? "") : `${codes.slice(0, -1).join(", ")} and ${codes.at(-1)}`;
}

function partialMessage(line: SubmittedProcedure, comparison: LineComparison, pointerCodes: string[]): string {
  const problems: string[] = [];
  for (const [given, wanted] of comparison.wrongModifiers) problems.push(`modifier ${given} should be ${wanted}`);
  if (comparison.missingModifiers.length > 0) problems.push(`add modifier ${comparison.missingModifiers.join(" and ")}`);
  if (comparison.extraModifiers.length > 0) problems.push(`modifier ${comparison.extraModifiers.join(" and ")} does not belong on this line`);
  if (comparison.reasons.includes("wrong-units")) problems.push(`${unitsWord(line.units)} billed where the chart supports ${comparison.expectedUnits}`);
  if (comparison.reasons.includes("wrong-pointers")) {
    problems.push(
      pointerCodes.length === 1 ? `point the line to ${pointerCodes[0]}` : `point the line to ${listCodes(pointerCodes)}, with ${pointerCodes[0]} first`,
    );
  }
  return `Right code (${clean(line.code)}), but ${problems.join("; ")}.`;
}

/** Grades the claim lines: matched to key lines by code, then modifiers, units and diagnosis pointers checked. */
export function gradeProcedures(
  keyProcedures: readonly GradedProcedure[],
  keyDiagnoses: readonly GradedDiagnosis[],
  submittedLines: readonly SubmittedProcedure[],
  keyIdOfSubmittedDiagnosis: readonly (string | null)[],
  pointsPerLine: number,
): ProcedureGrading {
  const codeOfKeyId = new Map(keyDiagnoses.map((diagnosis) => [diagnosis.id, diagnosis.code]));
  const pointerKeyIds = submittedLines.map((line) => line.pointers.map((pointer) => keyIdOfSubmittedDiagnosis[pointer - 1] ?? null));
  const optionalIds = new Set(keyDiagnoses.filter((diagnosis) => diagnosis.status === "optional").map((diagnosis) => diagnosis.id));
  const comparisons = submittedLines.map((line, index) => keyProcedures.map((key) => compareLine(line, pointerKeyIds[index]!, key, optionalIds)));
  const {
    keyOfSubmitted: matched,
    submittedOfKey,
    wrongOfKey,
  } = pairLines(
    submittedLines.length,
    keyProcedures.length,
    (index, keyIndex) => {
      const cell = comparisons[index]![keyIndex];
      return cell ? matchWeight(cell.credit, 0, index) : 0;
    },
    (index, keyIndex) => {
      const code = clean(submittedLines[index]!.code);
      const shared = Math.max(...acceptedLines(keyProcedures[keyIndex]!).map((accepted) => sharedPrefixLength(code, accepted.code)));
      return shared >= FAMILY_LENGTH ? matchWeight(1, shared, index) : 0;
    },
  );

  const submittedView = (line: SubmittedProcedure): SubmittedProcedure => ({ ...line, code: clean(line.code), modifiers: line.modifiers.map(clean) });
  const verdicts: ProcedureVerdict[] = [];
  const credits: number[] = [];
  keyProcedures.forEach((key, keyIndex) => {
    const pointerCodes = key.pointers.map((id) => codeOfKeyId.get(id) ?? id);
    const keyLine = describeLine(key.code, key.modifiers, key.units);
    const optional = key.status === "optional";
    const lineMax = optional ? 0 : pointsPerLine;
    const optionalNote = optional ? " This line is optional, so it costs nothing either way." : "";
    const base = {
      kind: "procedure" as const,
      keyLineId: key.id,
      expected: { system: key.system, code: key.code, modifiers: key.modifiers, units: key.units, pointers: key.pointers, pointerCodes },
      rationale: key.rationale,
      evidence: key.evidence,
      maxPoints: roundPoints(lineMax),
      ...(optional ? { optional: true } : {}),
    };
    const matchedIndex = submittedOfKey.get(keyIndex);
    if (matchedIndex !== undefined) {
      const line = submittedLines[matchedIndex]!;
      const comparison = comparisons[matchedIndex]![keyIndex]!;
      credits.push(optional ? 0 : comparison.credit);
      const isCorrect = comparison.credit === 1;
      const given = describeLine(clean(line.code), line.modifiers.map(clean), line.units);
      const alternateLine = comparison.alternateLineId ? key.alternates.find((alternate) => alternate.lineId === comparison.alternateLineId) : undefined;
      verdicts.push({
        ...base,
        ...(alternateLine?.rationale
          ? { rationale: `${alternateLine.rationale} ${key.rationale}`, evidence: [...(alternateLine.evidence ?? []), ...key.evidence] }
          : {}),
        status: isCorrect ? "correct" : "partial",
        reasons: comparison.reasons,
        submitted: submittedView(line),
        submittedLine: matchedIndex + 1,
        points: roundPoints(lineMax * comparison.credit),
        ...(optional ? { credit: comparison.credit } : {}),
        message: isCorrect
          ? alternateLine
            ? `Correct: ${given} is accepted in place of ${keyLine}.`
            : comparison.reasons.includes("accepted-alternate")
              ? `Correct: ${given} is an accepted way to report ${keyLine}.`
              : optional
                ? `Correct: ${given}, an optional line the chart supports.`
                : `Correct: ${given}.`
          : `${partialMessage(line, comparison, pointerCodes)}${optionalNote}`,
      });
      return;
    }
    credits.push(0);
    const wrongIndex = wrongOfKey.get(keyIndex);
    if (wrongIndex !== undefined) {
      const line = submittedLines[wrongIndex]!;
      verdicts.push({
        ...base,
        status: "wrong",
        reasons: ["wrong-code"],
        submitted: submittedView(line),
        submittedLine: wrongIndex + 1,
        points: 0,
        ...(optional ? { credit: 0 } : {}),
        message: `Wrong code: ${clean(line.code)} is in the same code family, but the chart supports ${key.code}.${optionalNote}`,
      });
      return;
    }
    if (optional) {
      verdicts.push({
        ...base,
        status: "optional",
        reasons: [],
        points: 0,
        message: `Optional: ${keyLine} may be reported, and leaving it off costs nothing.`,
      });
      return;
    }
    verdicts.push({ ...base, status: "missing", reasons: [], points: 0, message: `Missing: ${keyLine} was not coded.` });
  });

  const pairedIndexes = new Set(wrongOfKey.values());
  const gradedCodes = new Set([...submittedOfKey.values(), ...pairedIndexes].map((index) => clean(submittedLines[index]!.code)));
  let extraCount = 0;
  submittedLines.forEach((line, index) => {
    if (matched[index] !== null || pairedIndexes.has(index)) return;
    extraCount++;
    const code = clean(line.code);
    const isDuplicate = gradedCodes.has(code) || submittedLines.findIndex((other) => clean(other.code) === code) < index;
    verdicts.push({
      kind: "procedure",
      status: "extra",
      reasons: [isDuplicate ? "duplicate" : "not-in-key"],
      submitted: submittedView(line),
      submittedLine: index + 1,
      points: -SCORE_WEIGHTS.extraLinePenalty,
      maxPoints: 0,
      message: isDuplicate
        ? `Extra: ${code} is already coded on another line; report it once, with units if it was done more than once (−${SCORE_WEIGHTS.extraLinePenalty} points).`
        : `Extra: the chart does not support ${code} (−${SCORE_WEIGHTS.extraLinePenalty} points).`,
    });
  });
  return { verdicts, credits, extraCount };
}
