"use client";

import { useEffect, useState } from "react";
import { formatDuration } from "@/lib/practice/format-duration";

/**
 * Time on the case since `startedAt`, ticking each second; frozen at `stoppedAfterSeconds` once submitted. Before
 * the learner starts (`startedAt` null) it shows 0:00 and says the clock starts with their first entry.
 */
export function ElapsedTimer({ startedAt, stoppedAfterSeconds }: { startedAt: string | null; stoppedAfterSeconds?: number }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (stoppedAfterSeconds !== undefined || startedAt === null) return;
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [stoppedAfterSeconds, startedAt]);
  const seconds = stoppedAfterSeconds ?? (now === null || startedAt === null ? 0 : Math.max(0, (now - Date.parse(startedAt)) / 1000));
  const waiting = startedAt === null && stoppedAfterSeconds === undefined;
  return (
    <span
      role="timer"
      title={waiting ? "The clock starts when you enter your first code." : undefined}
      className="inline-flex items-center gap-1.5 rounded-full border border-border bg-surface px-3 py-1 font-mono text-sm text-fg tabular-nums"
      data-testid="case-timer"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-4 text-muted" fill="none" stroke="currentColor" strokeWidth={2}>
        <circle cx="12" cy="13" r="8" />
        <path d="M12 9v4l2 2M9 2h6" strokeLinecap="round" />
      </svg>
      <span className="sr-only">
        {waiting ? "Not started: the clock starts with your first entry" : stoppedAfterSeconds === undefined ? "Time on this case" : "Time taken"}
      </span>
      <span>{formatDuration(seconds)}</span>
    </span>
  );
}
