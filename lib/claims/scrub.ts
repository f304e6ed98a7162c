import { EDIT_IDS, findClaimIssues, PAYER_ONLY_EDITS, type ClaimContext, type ClaimIssue, type EditId } from "@/lib/claims/rules";
import type { Claim } from "@/lib/claims/schemas";

export type ScrubFinding = Pick<ClaimIssue, "edit" | "line" | "severity" | "what" | "why" | "source" | "fix"> & {
  /** The denial the payer would most likely send if the claim went out like this: "CO-97 M15". */
  wouldDeny: string;
};

export type ScrubResult = {
  findings: ScrubFinding[];
  /** No errors: the claim may be sent (warnings are the biller's call). */
  clean: boolean;
};

/** The edits the scrubber runs: every claim rule except the payer-only ones. */
export const SCRUBBER_EDITS: readonly EditId[] = EDIT_IDS.filter((id) => !PAYER_ONLY_EDITS.has(id));

/**
 * The practice's claim scrubber: every rule the practice can check before sending (the payer-only ones need the
 * payer's member file), one finding per problem, errors first.
 */
export function scrubClaim(claim: Claim, context: Omit<ClaimContext, "member">): ScrubResult {
  const issues = findClaimIssues(claim, { ...context, member: undefined }, { skip: PAYER_ONLY_EDITS });
  const findings = issues
    .map((issue) => ({
      edit: issue.edit,
      ...(issue.line !== undefined ? { line: issue.line } : {}),
      severity: issue.severity,
      what: issue.what,
      why: issue.why,
      source: issue.source,
      fix: issue.fix,
      wouldDeny: [`${issue.denial.group}-${issue.denial.reason}`, ...issue.denial.remarks].join(" "),
    }))
    .sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
  return { findings, clean: findings.every((finding) => finding.severity !== "error") };
}
