"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TeachingApproach, TeachingTopic } from "@/lib/simulation/scenario-schema";
import type { DayView } from "@/lib/workday/day-view";

/** The provider-education call: the physician's own notes, then a topic and a way to teach it per turn; the physician answers. */
export function EducationCall({
  call,
  pending,
  onTeach,
}: {
  call: NonNullable<DayView["education"]>;
  pending: boolean;
  onTeach: (topic: TeachingTopic, approach: TeachingApproach) => void;
}) {
  const [topic, setTopic] = useState<TeachingTopic | "">("");
  const [approach, setApproach] = useState<TeachingApproach | "">("");
  const taught = new Set(call.turns.map((turn) => turn.topic));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="physician-title" className="space-y-3">
        <div className="rounded-xl border border-border bg-surface p-4">
          <h2 id="physician-title" className="font-semibold text-fg">
            {call.physician.name}
          </h2>
          <p className="text-sm text-muted">{call.physician.specialty}</p>
          <p className="mt-2 text-sm text-fg">{call.physician.note}</p>
        </div>
        <h3 className="text-sm font-semibold text-fg">Their recent notes</h3>
        {call.samples.map((sample) => (
          <article key={sample.id} aria-label={sample.title} className="rounded-xl border border-border bg-surface">
            <h4 className="border-b border-border bg-surface-2 px-4 py-2 text-sm font-semibold text-fg">{sample.title}</h4>
            <pre className="px-4 py-3 font-mono text-[0.8rem] leading-relaxed whitespace-pre-wrap text-fg">{sample.text}</pre>
          </article>
        ))}
      </section>

      <section aria-labelledby="call-title" className="space-y-4">
        <h2 id="call-title" className="font-semibold text-fg">
          On the call
        </h2>
        {call.turns.length > 0 && (
          <ol className="space-y-3">
            {call.turns.map((turn, index) => (
              <li key={index} className="rounded-xl border border-border bg-surface p-3 text-sm">
                <p className="text-muted">
                  You: {turn.topic}. <span className="italic">{turn.approach}.</span>
                </p>
                <p className="mt-1 text-fg">{turn.reply}</p>
                <div className="mt-2">
                  {!turn.relevant ? (
                    <Badge variant="warning">Not a problem in their notes</Badge>
                  ) : turn.landed ? (
                    <Badge variant="success">Landed</Badge>
                  ) : (
                    <Badge variant="danger">Did not land</Badge>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}

        {call.outcome ? (
          <div className="rounded-xl border border-border bg-surface p-4">
            <h3 className="font-semibold text-fg">Their next notes</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {call.outcome.nextNotes.map((note) => (
                <li key={note.topic} className="flex items-start gap-2">
                  <Badge variant={note.improved ? "success" : "danger"}>{note.improved ? "Better" : "Same"}</Badge>
                  <span className="font-mono text-[0.8rem] text-fg">{note.text}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <form
            className="space-y-4 rounded-xl border border-border bg-surface p-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (topic && approach) onTeach(topic, approach);
              setTopic("");
              setApproach("");
            }}
          >
            <p className="text-sm text-muted">
              {call.turnsLeft} {call.turnsLeft === 1 ? "topic" : "topics"} left on this call, {call.minutesPerTurn} minutes each.
            </p>
            <fieldset className="space-y-2">
              <legend className="text-sm font-semibold text-fg">What to teach</legend>
              {call.topics.map((option) => (
                <label key={option.id} className="flex items-start gap-2 text-sm text-fg">
                  <input
                    type="radio"
                    name="topic"
                    value={option.id}
                    checked={topic === option.id}
                    disabled={taught.has(option.label)}
                    onChange={() => setTopic(option.id)}
                    className="mt-1 accent-(--color-brand)"
                  />
                  <span className={taught.has(option.label) ? "text-muted line-through" : undefined}>{option.label}</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="space-y-2">
              <legend className="text-sm font-semibold text-fg">How</legend>
              {call.approaches.map((option) => (
                <label key={option.id} className="flex items-start gap-2 text-sm text-fg">
                  <input
                    type="radio"
                    name="approach"
                    value={option.id}
                    checked={approach === option.id}
                    onChange={() => setApproach(option.id)}
                    className="mt-1 accent-(--color-brand)"
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </fieldset>
            <Button type="submit" size="sm" loading={pending} disabled={!topic || !approach}>
              Teach this
            </Button>
          </form>
        )}
      </section>
    </div>
  );
}
