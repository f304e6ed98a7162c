"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { LineHeader } from "./line-header";
import {
  addDiagnosis,
  addProcedure,
  moveDiagnosis,
  moveProcedure,
  pointerLetter,
  removeDiagnosis,
  removeProcedure,
  setLineCode,
  togglePointer,
  type LineRef,
} from "@/lib/practice/draft-editing";
import type { DraftAnswer } from "@/lib/practice/schemas";
import { SUBMISSION_LIMITS } from "@/lib/coding/limits";

export type LookupTarget = LineRef;
export type RowErrors = { diagnoses: Record<number, string[]>; procedures: Record<number, string[]> };

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-danger">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

/**
 * The claim being coded, laid out like the CMS-1500: diagnoses lettered A–L (box 21), then service lines with
 * code, up to four modifiers, units and diagnosis pointers (box 24). Fully controlled by `answer`.
 */
export function CodingForm({
  answer,
  onChange,
  onLookup,
  onEditLine,
  errors,
  disabled,
}: {
  answer: DraftAnswer;
  onChange: (answer: DraftAnswer) => void;
  onLookup: (target: LookupTarget) => void;
  /** Told which line holds the focus, so a lookup opened from elsewhere fills that line. */
  onEditLine?: (target: LookupTarget) => void;
  errors: RowErrors;
  disabled?: boolean;
}) {
  const setProcedure = (row: number, change: Partial<DraftAnswer["procedures"][number]>) =>
    onChange({ ...answer, procedures: answer.procedures.map((line, at) => (at === row ? { ...line, ...change } : line)) });
  const diagnosisCount = answer.diagnoses.length;
  // After a line is added, the cursor goes to its code field.
  const focusCode = (label: string) => window.setTimeout(() => document.querySelector<HTMLInputElement>(`[aria-label="${label}"]`)?.focus(), 0);

  return (
    <div className="space-y-6">
      <fieldset disabled={disabled} className="space-y-3">
        <legend className="mb-2 flex w-full items-baseline justify-between gap-2">
          <span className="text-base font-semibold text-fg">Diagnoses (ICD-10-CM)</span>
          <span className="text-xs text-muted">First-listed first · box 21</span>
        </legend>
        <ol className="space-y-2">
          {answer.diagnoses.map((line, row) => {
            const letter = pointerLetter(row + 1);
            const errorId = `dx-${row}-error`;
            return (
              <li key={row} className="rounded-lg border border-border bg-surface p-2" onFocus={() => onEditLine?.({ kind: "diagnosis", row })}>
                <LineHeader
                  marker={letter}
                  name={`diagnosis ${letter}`}
                  code={line.code}
                  onCode={(code) => onChange(setLineCode(answer, { kind: "diagnosis", row }, code))}
                  placeholder={row === 0 ? "First-listed, e.g. S83.241A" : "ICD-10-CM code"}
                  errorId={errors.diagnoses[row]?.length ? errorId : undefined}
                  onLookup={() => onLookup({ kind: "diagnosis", row })}
                  onMove={(direction) => onChange(moveDiagnosis(answer, row, direction))}
                  isFirst={row === 0}
                  isLast={row === diagnosisCount - 1}
                  onRemove={() => onChange(removeDiagnosis(answer, row))}
                />
                <Errors id={errorId} messages={errors.diagnoses[row]} />
              </li>
            );
          })}
        </ol>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => {
            onChange(addDiagnosis(answer));
            onEditLine?.({ kind: "diagnosis", row: diagnosisCount });
            focusCode(`Diagnosis ${pointerLetter(diagnosisCount + 1)} code`);
          }}
          disabled={diagnosisCount >= SUBMISSION_LIMITS.diagnoses}
        >
          + Add diagnosis
        </Button>
      </fieldset>

      <fieldset disabled={disabled} className="space-y-3">
        <legend className="mb-2 flex w-full items-baseline justify-between gap-2">
          <span className="text-base font-semibold text-fg">Procedures and supplies (CPT / HCPCS)</span>
          <span className="text-xs text-muted">Service lines · box 24</span>
        </legend>
        {answer.procedures.length === 0 && (
          <p className="text-sm text-muted">No service lines yet. Add one for each procedure, visit, drug or supply you would bill.</p>
        )}
        <ol className="space-y-3">
          {answer.procedures.map((line, row) => {
            const number = row + 1;
            const errorId = `px-${row}-error`;
            const hasErrors = Boolean(errors.procedures[row]?.length);
            return (
              <li key={row} className="rounded-lg border border-border bg-surface p-3" onFocus={() => onEditLine?.({ kind: "procedure", row })}>
                <LineHeader
                  marker={String(number)}
                  name={`line ${number}`}
                  code={line.code}
                  onCode={(code) => onChange(setLineCode(answer, { kind: "procedure", row }, code))}
                  placeholder="e.g. 29881 or J1885"
                  errorId={hasErrors ? errorId : undefined}
                  onLookup={() => onLookup({ kind: "procedure", row })}
                  onMove={(direction) => onChange(moveProcedure(answer, row, direction))}
                  isFirst={row === 0}
                  isLast={row === answer.procedures.length - 1}
                  onRemove={() => onChange(removeProcedure(answer, row))}
                />

                <div className="mt-3 grid grid-cols-[auto_auto] items-start justify-start gap-3 sm:grid-cols-[auto_auto_1fr]">
                  <div>
                    <span className="mb-1 block text-xs font-medium text-muted" id={`px-${row}-mods`}>
                      Modifiers
                    </span>
                    <div className="flex gap-1" role="group" aria-labelledby={`px-${row}-mods`}>
                      {[0, 1, 2, 3].map((slot) => (
                        <Input
                          key={slot}
                          aria-label={`Line ${number} modifier ${slot + 1}`}
                          value={line.modifiers[slot] ?? ""}
                          onChange={(event) => {
                            const modifiers = [0, 1, 2, 3].map((at) => (at === slot ? event.target.value.toUpperCase() : (line.modifiers[at] ?? "")));
                            while (modifiers.length > 0 && modifiers.at(-1) === "") modifiers.pop();
                            setProcedure(row, { modifiers });
                          }}
                          fullWidth={false}
                          dense
                          className="w-12 text-center font-mono uppercase"
                          maxLength={2}
                          autoComplete="off"
                          spellCheck={false}
                        />
                      ))}
                    </div>
                  </div>
                  <div>
                    <label htmlFor={`px-${row}-units`} className="mb-1 block text-xs font-medium text-muted">
                      Units
                    </label>
                    <Input
                      id={`px-${row}-units`}
                      aria-label={`Line ${number} units`}
                      value={line.units}
                      onChange={(event) => setProcedure(row, { units: event.target.value.replace(/[^0-9]/g, "").slice(0, 3) })}
                      inputMode="numeric"
                      fullWidth={false}
                      className="w-16 text-center font-mono"
                    />
                  </div>
                  <div className="col-span-2 sm:col-span-1">
                    <span className="mb-1 block text-xs font-medium text-muted" id={`px-${row}-ptr`}>
                      Diagnosis pointers <span className="font-normal">(first = primary)</span>
                    </span>
                    <div className="flex flex-wrap gap-1" role="group" aria-labelledby={`px-${row}-ptr`}>
                      {answer.diagnoses.map((_, at) => {
                        const pointer = at + 1;
                        const order = line.pointers.indexOf(pointer);
                        const pressed = order !== -1;
                        return (
                          <button
                            key={pointer}
                            type="button"
                            aria-pressed={pressed}
                            aria-label={`Line ${number} points to diagnosis ${pointerLetter(pointer)}`}
                            onClick={() => setProcedure(row, togglePointer(line, pointer))}
                            className={cn(
                              "relative h-8 min-w-8 rounded-md border px-2 font-mono text-sm font-semibold transition-colors",
                              "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                              pressed ? "border-brand bg-brand text-brand-fg" : "border-border bg-surface text-muted hover:bg-surface-2",
                            )}
                          >
                            {pointerLetter(pointer)}
                            {pressed && <sup className="ml-0.5 text-[0.65rem]">{order + 1}</sup>}
                          </button>
                        );
                      })}
                    </div>
                  </div>
                </div>
                <Errors id={errorId} messages={errors.procedures[row]} />
              </li>
            );
          })}
        </ol>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => {
            onChange(addProcedure(answer, answer.diagnoses.length > 0 ? [1] : []));
            onEditLine?.({ kind: "procedure", row: answer.procedures.length });
            focusCode(`Line ${answer.procedures.length + 1} code`);
          }}
          disabled={answer.procedures.length >= SUBMISSION_LIMITS.procedures}
        >
          + Add service line
        </Button>
      </fieldset>
    </div>
  );
}
