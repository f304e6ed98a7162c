import { Badge } from "@/components/ui/badge";
import type { CodeSummary } from "@/lib/codes/code-directory";

export const CODE_SYSTEM_NAMES: Record<CodeSummary["system"], string> = { icd10cm: "ICD-10-CM", hcpcs: "HCPCS Level II", cpt: "CPT" };

/** A code's set and status at a glance: billable, a header that cannot be billed, a modifier, terminated. */
export function CodeBadges({ code }: { code: Pick<CodeSummary, "system" | "kind" | "billable" | "terminated"> }) {
  return (
    <>
      <Badge variant="neutral">{CODE_SYSTEM_NAMES[code.system]}</Badge>
      {code.kind === "modifier" ? (
        <Badge variant="brand">Modifier</Badge>
      ) : code.billable ? (
        <Badge variant="success">Billable</Badge>
      ) : (
        <Badge variant="warning">Header: not billable</Badge>
      )}
      {code.terminated && <Badge variant="danger">Terminated</Badge>}
    </>
  );
}
