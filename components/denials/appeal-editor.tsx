"use client";

import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/input";
import type { PassageRef } from "@/lib/claims/appeal";
import type { ChartDocument } from "@/lib/claims/scenario-schema";
import type { AppealFields } from "@/lib/claims/work-start";
import { ChartPassages } from "./chart-passages";

/** The appeal: structured fields, the letter (starting from a template), and the chart passages attached by selecting them. */
export function AppealEditor({
  fields,
  letter,
  onLetter,
  documents,
  attachments,
  onAttachments,
  disabled,
}: {
  fields: AppealFields;
  letter: string;
  onLetter: (letter: string) => void;
  documents: ChartDocument[];
  attachments: PassageRef[];
  onAttachments: (attachments: PassageRef[]) => void;
  disabled?: boolean;
}) {
  const toggle = (ref: PassageRef) =>
    onAttachments(
      attachments.some((item) => item.documentId === ref.documentId && item.passage === ref.passage)
        ? attachments.filter((item) => !(item.documentId === ref.documentId && item.passage === ref.passage))
        : [...attachments, ref],
    );
  const rows: [string, string][] = [
    ["Level", fields.level],
    ["Beneficiary / member", `${fields.patient} · ${fields.memberId}`],
    ["Claim", `${fields.payerClaimNumber} (ours ${fields.claimNumber})`],
    ["Date of service", fields.serviceDate],
    ["Disputed", `${fields.services} · ${fields.denial}`],
    ["File by", fields.deadline],
  ];
  return (
    <fieldset disabled={disabled} className="space-y-5">
      <legend className="text-base font-semibold text-fg">Appeal</legend>
      <dl className="grid gap-x-4 gap-y-2 rounded-xl border border-border bg-surface-2/50 p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-muted">{label}</dt>
            <dd className="text-fg">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <label htmlFor="appeal-letter" className="mb-1 block text-sm font-medium text-fg">
          Letter
        </label>
        <textarea
          id="appeal-letter"
          value={letter}
          onChange={(event) => onLetter(event.target.value)}
          rows={12}
          className={cn(controlClasses, "w-full px-3 py-2 font-mono text-sm")}
          maxLength={8000}
        />
        <p className="mt-1 text-xs text-muted">Replace the bracketed parts. Say what the policy requires and where the records show it.</p>
      </div>
      <div>
        <p className="text-sm font-medium text-fg" id="attach-title">
          Attach chart passages <span className="font-normal text-muted">({attachments.length} attached)</span>
        </p>
        <p className="mb-2 text-xs text-muted">Select the passages that answer the denial. Attach what the reviewer needs, not the whole chart.</p>
        <div role="group" aria-labelledby="attach-title">
          <ChartPassages documents={documents} selected={attachments} onToggle={disabled ? undefined : toggle} />
        </div>
      </div>
    </fieldset>
  );
}
