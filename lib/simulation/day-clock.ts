import { formatClock, parseClock, type ClockMinute } from "@/lib/simulation/clock";
import type { DayContext, DayState, TimelineEntry } from "@/lib/simulation/types";

export const dayStart = (context: DayContext): ClockMinute => parseClock(context.scenario.blocks[0]!.start);
export const dayEnd = (context: DayContext): ClockMinute => parseClock(context.scenario.blocks.at(-1)!.end);

export function log(state: DayState, kind: TimelineEntry["kind"], text: string, at = state.clock): void {
  state.timeline.push({ at, kind, text });
}

/** Events whose time has come arrive; a STAT chart joins the front of the queue. */
export function arriveEvents(context: DayContext, state: DayState): void {
  for (const event of context.scenario.events) {
    const current = state.events.find((candidate) => candidate.id === event.id)!;
    const at = parseClock(event.at);
    if (current.status !== "upcoming" || at > state.clock) continue;
    current.status = "arrived";
    current.arrivedAt = at;
    if (event.kind === "stat-chart") {
      const chartCase = context.cases.get(event.caseId);
      state.charts.unshift({ caseId: event.caseId, minutes: event.minutes ?? 8, source: "stat", status: "queued", dueBy: at + event.dueWithinMinutes });
      log(state, "event", `STAT chart from ${event.from}: ${chartCase?.title ?? event.caseId} (due by ${formatClock(at + event.dueWithinMinutes)})`, at);
    } else {
      log(state, "event", `${event.from}: ${event.title}`, at);
    }
  }
}

/** The day is over: the current block closes, the rest are missed, and charts still queued roll over to tomorrow. */
export function endDay(state: DayState, reason: NonNullable<DayState["endReason"]>): void {
  if (state.status === "ended") return;
  state.status = "ended";
  state.endReason = reason;
  state.active = undefined;
  state.blocks.forEach((block, index) => {
    if (block.status === "current") {
      block.status = "done";
      block.endedAt = state.clock;
    } else if (block.status === "upcoming" && index > state.blockIndex) {
      block.status = "missed";
    }
  });
  const rolled = state.charts.filter((chart) => chart.status === "queued");
  for (const chart of rolled) chart.status = "rolled-over";
  log(state, "day", reason === "logged-off" ? "Logged off" : "The working day is over");
  if (rolled.length) log(state, "day", `${rolled.length} ${rolled.length === 1 ? "chart rolls" : "charts roll"} over to tomorrow's queue`);
}

/** Time passes: the clock moves on, events arrive, and the day ends when the clock reaches its end. */
export function spend(context: DayContext, state: DayState, minutes: number): void {
  state.clock += Math.max(0, minutes);
  arriveEvents(context, state);
  if (state.clock >= dayEnd(context)) endDay(state, "out-of-time");
}

/** Moves to the next block: the current one ends now; a block whose time has already passed is missed (the last block never is). */
export function enterNextBlock(context: DayContext, state: DayState): void {
  const current = state.blocks[state.blockIndex]!;
  current.status = "done";
  current.endedAt = state.clock;
  state.active = undefined;
  let next = state.blockIndex + 1;
  while (next < state.blocks.length - 1 && parseClock(context.scenario.blocks[next]!.end) <= state.clock) {
    state.blocks[next]!.status = "missed";
    log(state, "block", `Missed: ${context.scenario.blocks[next]!.title}`);
    next++;
  }
  if (next >= state.blocks.length) {
    endDay(state, "logged-off");
    return;
  }
  const block = context.scenario.blocks[next]!;
  state.blockIndex = next;
  const startsAt = Math.max(state.clock, parseClock(block.start));
  spend(context, state, startsAt - state.clock);
  if (state.status === "ended") return;
  state.blocks[next]!.status = "current";
  state.blocks[next]!.startedAt = state.clock;
  log(state, "block", block.title);
}
