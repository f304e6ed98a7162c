import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatCents } from "@/lib/claims/money";
import type { Claim, Payer } from "@/lib/claims/schemas";
import { PLAN_TYPE_LABELS } from "@/lib/claims/schemas";

function Box({ number, label, children }: { number: string; label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 border-r border-b border-border px-3 py-2">
      <dt className="text-[0.7rem] font-semibold tracking-wide text-muted uppercase">
        <span className="mr-1 font-mono text-brand">{number}</span>
        {label}
      </dt>
      <dd className="mt-0.5 text-sm break-words text-fg">{children || <span className="text-danger">(blank)</span>}</dd>
    </div>
  );
}

const letter = (index: number) => String.fromCharCode(65 + index);

/** The claim laid out like the CMS-1500: the boxes a biller reads, numbered as on the form. */
export function Cms1500View({ claim, payer, summaries }: { claim: Claim; payer: Payer; summaries: Record<string, string> }) {
  return (
    <div className="space-y-4">
      <div className="overflow-hidden rounded-xl border border-border bg-surface">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-border bg-surface-2 px-3 py-2">
          <p className="text-sm font-semibold text-fg">Health insurance claim form (CMS-1500 layout)</p>
          <p className="text-xs text-muted">
            {payer.name} · {PLAN_TYPE_LABELS[payer.planType]} · payer id {payer.ediId}
          </p>
        </div>
        <dl className="grid grid-cols-1 border-t border-l border-border sm:grid-cols-2 lg:grid-cols-3">
          <Box number="1a" label="Insured's id">
            {claim.memberId}
          </Box>
          <Box number="2" label="Patient">
            {claim.patient.name}
          </Box>
          <Box number="3" label="Birth date · sex">
            {claim.patient.birthDate} · {claim.patient.sex}
          </Box>
          <Box number="4" label="Insured">
            {claim.insured.name}
          </Box>
          <Box number="6" label="Relationship to insured">
            {claim.insured.relationship}
          </Box>
          <Box number="11" label="Group number">
            {claim.groupNumber ?? "—"}
          </Box>
          <Box number="11d" label="Another health plan?">
            {claim.otherPayer ? `Yes: ${claim.otherPayer.name}` : "No"}
          </Box>
          <Box number="22" label="Frequency · original ref">
            {claim.frequency === "1" ? "1 (original)" : `${claim.frequency} · ${claim.originalReference ?? ""}`}
          </Box>
          <Box number="23" label="Prior authorization">
            {claim.priorAuthorization ?? "—"}
          </Box>
          <Box number="24B" label="Place of service">
            {claim.placeOfService}
          </Box>
          <Box number="24J" label="Rendering provider NPI">
            {claim.renderingNpi} ({claim.renderingName})
          </Box>
          <Box number="25" label="Federal tax id">
            {claim.billingProvider.taxId}
          </Box>
          <Box number="26" label="Patient account no.">
            {claim.claimNumber}
          </Box>
          <Box number="33" label="Billing provider">
            {claim.billingProvider.name}, {claim.billingProvider.address}
          </Box>
          <Box number="33a" label="Billing NPI">
            {claim.billingProvider.npi}
          </Box>
        </dl>
      </div>

      <div className="rounded-xl border border-border bg-surface p-3">
        <p className="text-[0.7rem] font-semibold tracking-wide text-muted uppercase">
          <span className="mr-1 font-mono text-brand">21</span>Diagnoses (ICD-10-CM)
        </p>
        <ol className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
          {claim.diagnoses.map((code, index) => (
            <li key={index} className="font-mono text-sm">
              <span className="text-muted">{letter(index)}.</span> {code}
            </li>
          ))}
        </ol>
      </div>

      <Table label="Service lines, box 24">
        <THead>
          <TR>
            <TH>24</TH>
            <TH>A · Date</TH>
            <TH>D · Code</TH>
            <TH>Modifiers</TH>
            <TH>E · Pointer</TH>
            <TH numeric>F · Charge</TH>
            <TH numeric>G · Units</TH>
          </TR>
        </THead>
        <TBody>
          {claim.lines.map((line, index) => (
            <TR key={index}>
              <TD className="font-mono text-muted">{index + 1}</TD>
              <TD className="whitespace-nowrap tabular-nums">{line.serviceDate}</TD>
              <TD>
                <span className="font-mono font-semibold">{line.code}</span>
                {summaries[line.code] && <div className="max-w-72 text-xs text-muted">{summaries[line.code]}</div>}
              </TD>
              <TD className="font-mono">{line.modifiers.join(" ") || "—"}</TD>
              <TD className="font-mono">{line.pointers.map((pointer) => letter(pointer - 1)).join("") || <span className="text-danger">none</span>}</TD>
              <TD numeric>{formatCents(line.charge)}</TD>
              <TD numeric>{line.units}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <p className="text-xs text-muted">CPT descriptions are Chartwise’s own short summaries, not the AMA’s descriptors.</p>
    </div>
  );
}
