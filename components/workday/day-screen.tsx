"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { sendWorkdayAction } from "@/app/(app)/workday/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import type { CodingSubmissionInput } from "@/lib/coding/schemas";
import { formatClock } from "@/lib/simulation/clock";
import type { DayAction } from "@/lib/simulation/types";
import type { DayView } from "@/lib/workday/day-view";
import { ChartTask } from "./chart-task";
import { DayTimeline } from "./day-timeline";
import { DenialsPanel } from "./denials-panel";
import { EducationCall } from "./education-call";
import { InboxPanel } from "./inbox-panel";
import { MessagesPanel } from "./messages-panel";
import { QueuePanel } from "./queue-panel";
import { AbandonDayButton } from "./start-day-button";

type ClientAction = DayAction | { type: "submit-chart"; caseId: string; submission: CodingSubmissionInput };

const NEXT_LABEL: Record<DayView["block"]["kind"], string> = {
  "queue-check": "Start coding",
  coding: "Finish the coding block",
  lunch: "Back from lunch",
  denials: "Done with denials",
  education: "End the call",
  "wrap-up": "Log off",
};

/** The day being played: the clock and timeline, the current block's work, the inbox and the log. Every change goes to the server as one numbered action. */
export function DayScreen({ initial }: { initial: DayView }) {
  const [view, setView] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [browsing, setBrowsing] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  function send(action: ClientAction) {
    setError(null);
    startTransition(async () => {
      const result = await sendWorkdayAction({ runId: view.runId, seq: view.seq + 1, action });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setView(result.data);
      setBrowsing(false);
      if (result.data.status === "ended") router.push(`/workday/${view.runId}/report`);
    });
  }

  const { block } = view;
  const canCode = (block.kind === "coding" || block.kind === "wrap-up") && !block.overtime;
  const codingOpen = view.activeChart && !browsing;
  const lastBlock = view.blocks.at(-1)!.id === block.id;

  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <header className="flex flex-wrap items-end justify-between gap-4 border-b border-border pb-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand uppercase">{view.scenario.role}</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight text-fg">{view.scenario.title}</h1>
        </div>
        <div className="flex items-center gap-4">
          <div className="text-right">
            <p className="text-xs text-muted">Simulated time</p>
            <p className="font-mono text-3xl font-bold text-fg tabular-nums" aria-live="polite" aria-label={`Time ${view.clockLabel}`}>
              {view.clockLabel}
            </p>
          </div>
          <AbandonDayButton runId={view.runId} />
        </div>
      </header>

      <div className="mt-4">
        <DayTimeline view={view} />
      </div>

      <section aria-labelledby="block-title" className="mt-6 flex flex-wrap items-start justify-between gap-4 rounded-xl border border-border bg-surface p-4">
        <div className="max-w-3xl">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id="block-title" className="text-lg font-semibold text-fg">
              Now: {block.title}
            </h2>
            <Badge>
              {formatClock(block.start)}–{formatClock(block.end)}
            </Badge>
            {block.overtime && <Badge variant="warning">Over time</Badge>}
          </div>
          <p className="mt-1 text-sm text-muted">{block.overtime ? `It is past ${formatClock(block.end)}: this block is over. Move on.` : block.description}</p>
        </div>
        {!codingOpen && (
          <Button
            type="button"
            onClick={() => send(lastBlock ? { type: "log-off" } : { type: "advance" })}
            loading={pending}
            variant={block.kind === "queue-check" || block.kind === "lunch" || block.overtime ? "primary" : "secondary"}
          >
            {NEXT_LABEL[block.kind]}
          </Button>
        )}
      </section>

      {error && (
        <Alert variant="danger" title="That did not go through" className="mt-4">
          {error}{" "}
          {/moved on|missing/.test(error) && (
            <Link href={`/workday/${view.runId}`} className="font-medium underline" onClick={() => router.refresh()}>
              Reload the day
            </Link>
          )}
        </Alert>
      )}

      <div className="mt-6">
        {codingOpen ? (
          <ChartTask
            key={view.activeChart!.caseId}
            chart={view.activeChart!}
            pending={pending}
            onSubmit={(submission) => send({ type: "submit-chart", caseId: view.activeChart!.caseId, submission })}
            onBack={() => setBrowsing(true)}
          />
        ) : (
          <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <div className="min-w-0 space-y-6">
              {block.kind === "education" && view.education && (
                <EducationCall call={view.education} pending={pending} onTeach={(topic, approach) => send({ type: "teach", topic, approach })} />
              )}
              {block.kind === "denials" && (
                <DenialsPanel
                  view={view}
                  pending={pending}
                  activeDenialId={view.activeDenialId}
                  onWork={(denialId, work) => send({ type: "work-denial", denialId, work })}
                  onOpen={(denialId) => send({ type: "open-denial", denialId })}
                />
              )}
              {block.kind === "lunch" && (
                <p className="rounded-xl border border-border bg-surface p-6 text-fg">Lunch. Step away from the screen; the queue will still be there.</p>
              )}
              {block.kind === "wrap-up" && (
                <MessagesPanel
                  messages={view.messages}
                  pending={pending}
                  onAnswer={(messageId, choiceId) => send({ type: "answer-message", messageId, choiceId })}
                />
              )}
              {(block.kind === "queue-check" || block.kind === "coding" || block.kind === "wrap-up") && (
                <QueuePanel
                  queue={view.queue}
                  canCode={canCode}
                  pending={pending}
                  onOpen={(caseId) => (view.activeChart?.caseId === caseId ? setBrowsing(false) : send({ type: "open-chart", caseId }))}
                />
              )}
            </div>
            <div className="min-w-0 space-y-6">
              <InboxPanel inbox={view.inbox} pending={pending} onRespond={(eventId, choice) => send({ type: "respond-event", eventId, ...choice })} />
              <section aria-labelledby="log-title" className="rounded-xl border border-border bg-surface">
                <h2 id="log-title" className="border-b border-border px-4 py-3 font-semibold text-fg">
                  Today so far
                </h2>
                <ol className="max-h-72 space-y-1 overflow-y-auto px-4 py-3 text-sm" tabIndex={0} aria-label="Today so far">
                  {[...view.timeline].reverse().map((entry, index) => (
                    <li key={index} className="flex gap-3">
                      <span className="w-16 shrink-0 font-mono text-xs text-muted tabular-nums">{entry.label}</span>
                      <span className="text-fg">{entry.text}</span>
                    </li>
                  ))}
                </ol>
              </section>
              {view.status === "ended" && <ButtonLink href={`/workday/${view.runId}/report`}>Read the report</ButtonLink>}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
