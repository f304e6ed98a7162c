import { arriveEvents, dayStart, log } from "@/lib/simulation/day-clock";
import type { DayContext, DayState } from "@/lib/simulation/types";

/** The state of a day before the learner has done anything: 8:00 (or the first block's start), the queue loaded. */
export function startDay(context: DayContext, seed: string): DayState {
  const { scenario } = context;
  const state: DayState = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    clock: dayStart(context),
    status: "playing",
    blockIndex: 0,
    blocks: scenario.blocks.map((block, index) => ({
      id: block.id,
      kind: block.kind,
      status: index === 0 ? "current" : "upcoming",
      startedAt: index === 0 ? dayStart(context) : undefined,
    })),
    charts: scenario.queue.map((chart) => ({ caseId: chart.caseId, minutes: chart.minutes, source: "queue", status: "queued" })),
    events: scenario.events.map((event) => ({ id: event.id, status: "upcoming" })),
    denials: scenario.denials.map((denial) => ({ id: denial.id, status: "open" })),
    teaching: [],
    messages: scenario.messages.map((message) => ({ id: message.id, status: "open" })),
    timeline: [],
    seq: 0,
  };
  log(state, "day", `Logged in: ${scenario.queue.length} ${scenario.queue.length === 1 ? "chart" : "charts"} in the queue`);
  log(state, "block", scenario.blocks[0]!.title);
  arriveEvents(context, state);
  return state;
}
