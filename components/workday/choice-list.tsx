"use client";

import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Option = { id: string; label: string; minutes: number };
export type Answered = { choiceLabel?: string; text?: string; consequence?: string; quality?: "best" | "acceptable" | "poor"; flags?: string[] };

const QUALITY: Record<NonNullable<Answered["quality"]>, { label: string; variant: "success" | "warning" | "danger" }> = {
  best: { label: "Good call", variant: "success" },
  acceptable: { label: "Acceptable", variant: "warning" },
  poor: { label: "Costly", variant: "danger" },
};

/** What the learner chose and what followed. */
export function AnsweredNote({ answered }: { answered: Answered }) {
  return (
    <div className="mt-3 rounded-lg bg-surface-2 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        {answered.quality && <Badge variant={QUALITY[answered.quality].variant}>{QUALITY[answered.quality].label}</Badge>}
        <span className="text-fg">{answered.text ? `You wrote: “${answered.text}”` : answered.choiceLabel}</span>
      </div>
      {answered.consequence && <p className="mt-2 text-muted">{answered.consequence}</p>}
      {answered.flags && answered.flags.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-danger">
          {answered.flags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A short decision: pick one option (radio buttons, so arrow keys move between them), or write your own where allowed. */
export function ChoiceList({
  name,
  options,
  writable,
  pending,
  onChoose,
}: {
  name: string;
  options: Option[];
  writable?: boolean;
  pending: boolean;
  onChoose: (choice: { choiceId?: string; text?: string }) => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState<string>("");
  const [text, setText] = useState("");
  const writing = choice === "__write";
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (writing) onChoose({ text });
        else if (choice) onChoose({ choiceId: choice });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="sr-only">{name}</legend>
        {options.map((option) => (
          <label
            key={option.id}
            className="flex cursor-pointer items-start gap-2 rounded-lg border border-border p-2 text-sm has-checked:border-brand has-checked:bg-brand-soft"
          >
            <input
              type="radio"
              name={id}
              value={option.id}
              checked={choice === option.id}
              onChange={() => setChoice(option.id)}
              className="mt-1 accent-(--color-brand)"
            />
            <span className="flex-1 text-fg">{option.label}</span>
            <span className="shrink-0 text-xs text-muted">{option.minutes} min</span>
          </label>
        ))}
        {writable && (
          <label className="flex cursor-pointer items-start gap-2 rounded-lg border border-border p-2 text-sm has-checked:border-brand has-checked:bg-brand-soft">
            <input type="radio" name={id} value="__write" checked={writing} onChange={() => setChoice("__write")} className="mt-1 accent-(--color-brand)" />
            <span className="flex-1 text-fg">Write my own query</span>
          </label>
        )}
      </fieldset>
      {writing && (
        <label className="block text-sm">
          <span className="font-medium text-fg">Your query</span>
          <textarea
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={5}
            maxLength={2000}
            className="mt-1 w-full rounded-lg border border-border bg-surface p-2 text-fg focus-visible:outline-2 focus-visible:outline-ring"
          />
        </label>
      )}
      <Button type="submit" size="sm" loading={pending} disabled={!choice || (writing && text.trim().length === 0)}>
        Send
      </Button>
    </form>
  );
}
