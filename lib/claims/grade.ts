import { formatCents, type Cents } from "@/lib/claims/money";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import { RESOLUTION_LABELS, WRITE_OFF_LABELS } from "@/lib/claims/resolutions";
import type { Remittance } from "@/lib/claims/remittance";
import type { DenialWork, PayerAnswer } from "@/lib/claims/workbench";

export type FeedbackItem = { about: "root-cause" | "resolution" | "correction" | "payer"; good: boolean; message: string };

/** What the payer's answer means for the learner's work. */
export type DenialOutcome = "paid" | "overturned" | "partly-overturned" | "upheld" | "denied-again" | "dismissed" | "blocked" | "refused" | "not-sent";

/** Each outcome in the words the workbench's result and the instructor's drill-down show. */
export const DENIAL_OUTCOME_LABELS: Record<DenialOutcome, string> = {
  paid: "Paid",
  overturned: "Appeal overturned",
  "partly-overturned": "Appeal partly overturned",
  upheld: "Appeal upheld",
  "denied-again": "Denied again",
  dismissed: "Appeal dismissed",
  blocked: "Stopped by the scrubber",
  refused: "Not accepted",
  "not-sent": "Handled in the practice",
};

export type DenialWorkGrade = {
  rootCauseCorrect: boolean;
  resolutionCorrect: boolean;
  /** Null when the resolution does not go to the payer. */
  payerSucceeded: boolean | null;
  appealOverturned: boolean | null;
  outcome: DenialOutcome;
  /** Dollars the work brought in beyond the first remittance's payment. */
  recovered: Cents;
  /** 0–100: root cause 40, resolution 30, the payer's answer (or, with no payer step, the resolution again) 30. */
  score: number;
  feedback: FeedbackItem[];
  /** The scenario's explanation in our words and the rule it relies on (unset on grades stored before they were kept). */
  rationale?: string;
  rule?: string;
};

const SCORE = { rootCause: 40, resolution: 30, outcome: 30 } as const;

function correctionProblems(scenario: DenialScenario, answer: PayerAnswer): string[] {
  if (answer.kind !== "remittance") return [];
  const problems: string[] = [];
  for (const check of scenario.correction) {
    const original = scenario.claim.lines[check.line - 1];
    if (!original) continue;
    const corrected = answer.claim.lines.filter((line) => line.code === original.code);
    if (check.removed) {
      if (corrected.length > 0) problems.push(`Line ${check.line} (${original.code}) should not be on the corrected claim: ${check.why}`);
      continue;
    }
    if (corrected.length === 0) {
      problems.push(`Line ${check.line} (${original.code}) is missing from the corrected claim: ${check.why}`);
      continue;
    }
    const line = corrected[0]!;
    if (check.modifierAnyOf && !line.modifiers.some((modifier) => check.modifierAnyOf!.includes(modifier)))
      problems.push(`Line ${check.line} (${original.code}) needs ${check.modifierAnyOf.join(" or ")}: ${check.why}`);
    const forbidden = check.modifierNoneOf ? line.modifiers.filter((modifier) => check.modifierNoneOf!.includes(modifier)) : [];
    if (forbidden.length)
      problems.push(`Line ${check.line} (${original.code}) carries ${forbidden.join(", ")}, which the chart does not support: ${check.why}`);
    if (check.units !== undefined && corrected.reduce((total, other) => total + other.units, 0) !== check.units)
      problems.push(`Line ${check.line} (${original.code}) should bill ${check.units} unit${check.units === 1 ? "" : "s"}: ${check.why}`);
    if (check.pointsTo && !line.pointers.some((pointer) => answer.claim.diagnoses[pointer - 1] === check.pointsTo))
      problems.push(`Line ${check.line} (${original.code}) should point to ${check.pointsTo}: ${check.why}`);
  }
  return problems;
}

const deniedCount = (remittance: Remittance) => remittance.lines.filter((line) => line.deniedBy !== undefined).length;

/** Grades a learner's denial work against the scenario's key and the payer's answer. */
export function gradeDenialWork(scenario: DenialScenario, work: DenialWork, original: Remittance, answer: PayerAnswer): DenialWorkGrade {
  const feedback: FeedbackItem[] = [];
  const chosen = scenario.rootCause.options.find((option) => option.id === work.rootCause);
  const rootCauseCorrect = chosen?.correct === true;
  const right = scenario.rootCause.options.find((option) => option.correct)!;
  feedback.push({ about: "root-cause", good: rootCauseCorrect, message: chosen ? chosen.feedback : `No root cause chosen. The root cause: ${right.text}` });
  if (chosen && !rootCauseCorrect) feedback.push({ about: "root-cause", good: false, message: `The root cause: ${right.text}` });

  const accepted = scenario.resolutions.accepted.find((resolution) => resolution.kind === work.resolution);
  let resolutionCorrect = accepted !== undefined;
  const label = RESOLUTION_LABELS[work.resolution].label;
  if (accepted) feedback.push({ about: "resolution", good: true, message: `${label}: ${accepted.why}` });
  else {
    const why = scenario.resolutions.rejected[work.resolution] ?? `${label} does not resolve this remittance.`;
    const best = scenario.resolutions.accepted.map((resolution) => RESOLUTION_LABELS[resolution.kind].label.toLowerCase()).join(" or ");
    feedback.push({ about: "resolution", good: false, message: `${why} What works here: ${best}.` });
  }
  if (accepted && work.resolution === "write-off" && work.writeOffReason !== scenario.resolutions.writeOffReason) {
    resolutionCorrect = false;
    feedback.push({
      about: "resolution",
      good: false,
      message: `Writing it off is right, but file it under "${WRITE_OFF_LABELS[scenario.resolutions.writeOffReason!]}"${work.writeOffReason ? `, not "${WRITE_OFF_LABELS[work.writeOffReason]}"` : ""}: the adjustment reason is how the practice tracks why money was lost.`,
    });
  }

  let payerSucceeded: boolean | null = null;
  let appealOverturned: boolean | null = null;
  let outcome: DenialOutcome = "not-sent";
  let recovered = 0;
  switch (answer.kind) {
    case "blocked":
      outcome = "blocked";
      payerSucceeded = false;
      feedback.push({
        about: "payer",
        good: false,
        message: `The scrubber stopped the claim: ${answer.scrub.findings
          .filter((finding) => finding.severity === "error")
          .map((finding) => finding.what)
          .join(" ")}`,
      });
      break;
    case "refused":
      outcome = "refused";
      payerSucceeded = false;
      feedback.push({ about: "payer", good: false, message: answer.reason });
      break;
    case "remittance": {
      const denied = deniedCount(answer.remittance);
      recovered = Math.max(0, answer.remittance.paid - original.paid);
      const problems = correctionProblems(scenario, answer);
      for (const problem of problems) feedback.push({ about: "correction", good: false, message: problem });
      payerSucceeded = denied === 0 && problems.length === 0;
      outcome = denied === 0 ? "paid" : "denied-again";
      feedback.push({
        about: "payer",
        good: denied === 0,
        message:
          denied === 0
            ? `The payer paid ${formatCents(answer.remittance.paid)}${answer.remittance.patientResponsibility ? `, with ${formatCents(answer.remittance.patientResponsibility)} patient responsibility` : ""}.`
            : `The payer denied ${denied} line${denied === 1 ? "" : "s"} again: ${answer.remittance.lines
                .filter((line) => line.deniedBy)
                .map((line) => `line ${line.line} ${line.adjustments[0]!.group}-${line.adjustments[0]!.reason}`)
                .join(", ")}.`,
      });
      break;
    }
    case "appeal": {
      const decision = answer.decision;
      outcome = decision.outcome;
      appealOverturned = decision.outcome === "overturned" || decision.outcome === "partly-overturned";
      payerSucceeded = decision.outcome === "overturned";
      if (decision.remittance) recovered = Math.max(0, decision.remittance.paid - original.paid);
      for (const reason of decision.reasons) feedback.push({ about: "payer", good: appealOverturned && !/upheld|stands/.test(reason), message: reason });
      break;
    }
    case "none":
      break;
  }

  const outcomePoints = !resolutionCorrect
    ? 0
    : payerSucceeded === null
      ? SCORE.outcome
      : payerSucceeded
        ? SCORE.outcome
        : answer.kind === "appeal" && answer.decision.outcome === "partly-overturned"
          ? SCORE.outcome / 2
          : 0;
  const score = Math.round((rootCauseCorrect ? SCORE.rootCause : 0) + (resolutionCorrect ? SCORE.resolution : 0) + outcomePoints);
  return {
    rootCauseCorrect,
    resolutionCorrect,
    payerSucceeded,
    appealOverturned,
    outcome,
    recovered,
    score,
    feedback,
    rationale: scenario.rationale,
    rule: scenario.rule,
  };
}
