import type { Deadline } from "@/lib/claims/deadlines";
import type { DenialAttempt } from "@/lib/denials/attempts";

export type TimelineEvent = { date: string; label: string; detail?: string; tone?: "past" | "today" | "future" };

/** What happened to the claim, oldest first, then the deadlines still ahead. */
export function ClaimTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-border pl-5">
      {events.map((event, index) => (
        <li key={index} className="relative">
          <span
            aria-hidden
            className={`absolute top-1.5 -left-[1.72rem] size-3 rounded-full border-2 ${event.tone === "today" ? "border-brand bg-brand" : event.tone === "future" ? "border-border bg-surface" : "border-brand bg-surface"}`}
          />
          <p className="text-sm font-semibold text-fg">
            <time dateTime={event.date} className="mr-2 font-mono text-muted tabular-nums">
              {event.date}
            </time>
            {event.label}
          </p>
          {event.detail && <p className="text-sm text-muted">{event.detail}</p>}
        </li>
      ))}
    </ol>
  );
}

export function timelineEvents(input: {
  serviceDate: string;
  receivedOn: string;
  noticeDate: string;
  presumedReceipt?: string;
  workedOn: string;
  deadlines: Deadline[];
  attempts: DenialAttempt[];
  history: { serviceDate: string; codes: string[]; payerClaimNumber: string }[];
}): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...input.history.map((prior) => ({
      date: prior.serviceDate,
      label: `Earlier claim ${prior.payerClaimNumber}`,
      detail: `Services ${prior.codes.join(", ")}`,
      tone: "past" as const,
    })),
    { date: input.serviceDate, label: "Date of service", tone: "past" },
    { date: input.receivedOn, label: "Claim received by the payer", tone: "past" },
    { date: input.noticeDate, label: "Remittance issued (initial determination)", tone: "past" },
    ...(input.presumedReceipt
      ? [
          {
            date: input.presumedReceipt,
            label: "Notice presumed received",
            detail: "Medicare counts appeal time from 5 days after the notice date.",
            tone: "past" as const,
          },
        ]
      : []),
    { date: input.workedOn, label: "Today on the workbench", tone: "today" },
    ...input.deadlines
      .filter((deadline) => deadline.available)
      .map((deadline) => ({ date: deadline.due, label: `Deadline: ${deadline.label}`, detail: deadline.source, tone: "future" as const })),
  ];
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
