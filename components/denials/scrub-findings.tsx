import { Alert } from "@/components/ui/alert";
import type { ScrubResult } from "@/lib/claims/scrub";

/** The scrubber's findings: what is wrong, why (with the rule's source), how to fix it, and what the payer would send. */
export function ScrubFindings({
  result,
  cleanMessage = "Every edit passed: codes, pointers, NCCI pairs and units, modifiers, the payer’s policy and the filing limit.",
}: {
  result: ScrubResult;
  /** What a claim with no findings passed. */
  cleanMessage?: string;
}) {
  if (result.findings.length === 0)
    return (
      <Alert variant="success" title="Scrubber: no problems found">
        {cleanMessage}
      </Alert>
    );
  return (
    <div className="space-y-2" data-testid="scrub-findings">
      <p className="text-sm font-semibold text-fg" role="status">
        Scrubber: {result.findings.filter((finding) => finding.severity === "error").length} error(s),{" "}
        {result.findings.filter((finding) => finding.severity === "warning").length} warning(s)
        {result.clean ? " — it can be sent." : " — fix the errors before sending."}
      </p>
      <ul className="space-y-2">
        {result.findings.map((finding, index) => (
          <li
            key={index}
            className={
              finding.severity === "error"
                ? "rounded-lg border border-danger/40 bg-danger-soft/40 p-3"
                : "rounded-lg border border-warning/40 bg-warning-soft/40 p-3"
            }
          >
            <p className="text-sm font-semibold text-fg">
              {finding.severity === "error" ? "Error" : "Warning"}: {finding.what}
            </p>
            <p className="mt-1 text-sm text-fg">
              <span className="font-medium">Why:</span> {finding.why}
            </p>
            <p className="mt-1 text-sm text-fg">
              <span className="font-medium">Fix:</span> {finding.fix}
            </p>
            <p className="mt-1 text-xs text-muted">
              Rule: {finding.source} · the payer would send {finding.wouldDeny}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
