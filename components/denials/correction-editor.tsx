"use client";

import { useState, useTransition } from "react";
import { scrubCorrectedClaim } from "@/app/(app)/denials/actions";
import { CodeLookupPanel } from "@/components/codes/lazy-code-lookup-panel";
import { CodingForm, type LookupTarget, type RowErrors } from "@/components/practice/coding-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ScrubResult } from "@/lib/claims/scrub";
import type { ClaimHeader, CorrectionState } from "@/lib/claims/work-start";
import { setLineCode } from "@/lib/practice/draft-editing";
import { ScrubFindings } from "./scrub-findings";
import { correctionPayload } from "./work-drafts";

const NO_ERRORS: RowErrors = { diagnoses: {}, procedures: {} };

const HEADER_FIELDS: { key: keyof ClaimHeader; box: string; label: string; width: string }[] = [
  { key: "memberId", box: "1a", label: "Member id", width: "w-44" },
  { key: "renderingNpi", box: "24J", label: "Rendering NPI", width: "w-36" },
  { key: "placeOfService", box: "24B", label: "Place of service", width: "w-20" },
  { key: "priorAuthorization", box: "23", label: "Prior authorization", width: "w-48" },
];

/**
 * Correcting the claim in the same claim editor chart practice uses (CodingForm with the code lookup panel), plus
 * the header boxes a biller fixes; the scrubber can be run at any time and runs again before sending.
 */
export function CorrectionEditor({
  claimNumber,
  state,
  onChange,
  disabled,
}: {
  claimNumber: string;
  state: CorrectionState;
  onChange: (state: CorrectionState) => void;
  disabled?: boolean;
}) {
  const [lookup, setLookup] = useState<LookupTarget | null>(null);
  const [scrub, setScrub] = useState<ScrubResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const change = (next: CorrectionState) => {
    setScrub(null);
    onChange(next);
  };

  function runScrubber() {
    startTransition(async () => {
      const result = await scrubCorrectedClaim({ claimNumber, correction: correctionPayload(state) });
      if (!result.ok) {
        setError(result.message);
        setScrub(null);
        return;
      }
      setError(null);
      setScrub(result.data);
    });
  }

  return (
    <div className="space-y-5">
      <fieldset disabled={disabled} className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap">
        <legend className="mb-2 text-base font-semibold text-fg">Claim header</legend>
        {HEADER_FIELDS.map((field) => (
          <label key={field.key} className="block">
            <span className="mb-1 block text-xs font-medium text-muted">
              <span className="font-mono text-brand">{field.box}</span> {field.label}
            </span>
            <Input
              value={state.header[field.key]}
              onChange={(event) => change({ ...state, header: { ...state.header, [field.key]: event.target.value.toUpperCase() } })}
              className={`${field.width} max-w-full font-mono uppercase`}
              autoComplete="off"
              spellCheck={false}
            />
          </label>
        ))}
      </fieldset>
      <CodingForm answer={state.answer} onChange={(answer) => change({ ...state, answer })} onLookup={setLookup} errors={NO_ERRORS} disabled={disabled} />
      <div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
        <Button type="button" variant="secondary" onClick={runScrubber} loading={pending} disabled={disabled}>
          Run the scrubber
        </Button>
        <p className="text-sm text-muted">The scrubber also runs when you send; a claim with errors does not go out.</p>
      </div>
      {error && (
        <Alert variant="danger" title="The scrubber could not read the claim">
          {error}
        </Alert>
      )}
      {scrub && <ScrubFindings result={scrub} />}
      <CodeLookupPanel
        open={lookup !== null}
        onClose={() => setLookup(null)}
        onChoose={(result) => lookup && change({ ...state, answer: setLineCode(state.answer, lookup, result.code) })}
        initialQuery={
          lookup ? (lookup.kind === "diagnosis" ? state.answer.diagnoses[lookup.row]?.code : state.answer.procedures[lookup.row]?.code) || undefined : undefined
        }
      />
    </div>
  );
}
