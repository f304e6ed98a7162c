import { gradeCoding } from "@/lib/coding/grade-coding";
import { DomainError } from "@/lib/errors";
import { formatClock, parseClock } from "@/lib/simulation/clock";
import { endDay, enterNextBlock, log, spend } from "@/lib/simulation/day-clock";
import { teachTurn, TOPIC_LABELS } from "@/lib/simulation/education";
import { checkQuery } from "@/lib/simulation/query-check";
import { chartRevenue } from "@/lib/simulation/revenue";
import type { BlockKind } from "@/lib/simulation/scenario-schema";
import { taskCost } from "@/lib/simulation/task-cost";
import type { DayAction, DayContext, DayState, StoredAction } from "@/lib/simulation/types";

const refuse = (message: string): never => {
  throw new DomainError("CONFLICT", message);
};

function requireBlock(context: DayContext, state: DayState, kinds: BlockKind[], doing: string): void {
  const block = context.scenario.blocks[state.blockIndex]!;
  if (!kinds.includes(block.kind)) refuse(`You cannot ${doing} during ${block.title.toLowerCase()}.`);
  if (state.clock >= parseClock(block.end))
    refuse(`It is ${formatClock(state.clock)}: ${block.title.toLowerCase()} ended at ${formatClock(parseClock(block.end))}. Move on to the next block.`);
}

const realSecondsOf = (state: DayState, kind: "chart" | "denial", id: string, atMs: number): number | undefined => {
  const active = state.active;
  if (!active || active.kind !== kind) return undefined;
  if ((active.kind === "chart" ? active.caseId : active.denialId) !== id) return undefined;
  return Math.max(0, (atMs - active.openedAtMs) / 1000);
};

function submitChart(context: DayContext, state: DayState, action: Extract<DayAction, { type: "submit-chart" }>, atMs: number): void {
  requireBlock(context, state, ["coding", "wrap-up"], "code charts");
  const chart = state.charts.find((candidate) => candidate.caseId === action.caseId);
  if (!chart) return refuse("That chart is not in today's queue.");
  if (chart.status !== "queued") return refuse("That chart is already coded.");
  const chartCase = context.cases.get(chart.caseId)!;
  const grade = gradeCoding(chartCase.key, action.submission);
  const realSeconds = realSecondsOf(state, "chart", chart.caseId, atMs);
  const cost = taskCost(chart.minutes, realSeconds);
  state.active = undefined;
  chart.status = "coded";
  chart.grade = grade;
  chart.submission = action.submission;
  chart.realSeconds = realSeconds === undefined ? undefined : Math.round(realSeconds);
  chart.costMinutes = cost;
  chart.revenue = chartRevenue(chartCase.key, grade, context.fee);
  chart.codedOrder = state.charts.filter((candidate) => candidate.status === "coded").length;
  spend(context, state, cost);
  chart.codedAt = state.clock;
  log(state, "chart", `Coded ${chartCase.title} (${cost} min)`);
  if (chart.source === "stat") {
    const event = context.scenario.events.find((candidate) => candidate.kind === "stat-chart" && candidate.caseId === chart.caseId);
    const eventState = event && state.events.find((candidate) => candidate.id === event.id);
    if (eventState) {
      eventState.status = "resolved";
      eventState.resolvedAt = state.clock;
      eventState.quality = chart.dueBy !== undefined && state.clock <= chart.dueBy ? "best" : "poor";
    }
  }
}

function respondEvent(context: DayContext, state: DayState, action: Extract<DayAction, { type: "respond-event" }>): void {
  const event = context.scenario.events.find((candidate) => candidate.id === action.eventId);
  const current = state.events.find((candidate) => candidate.id === action.eventId);
  if (!event || !current || current.status === "upcoming") return refuse("That message has not arrived.");
  if (current.status === "resolved") return refuse("You have already dealt with that.");
  if (event.kind === "stat-chart") return refuse("A STAT chart is dealt with by coding it.");
  let minutes: number;
  if (event.kind === "physician-query") {
    if (action.text !== undefined && action.text.trim() !== "") {
      const check = checkQuery(action.text, event.indicators);
      current.text = action.text.trim();
      current.flags = check.flags;
      current.quality = check.compliant ? "best" : "poor";
    } else {
      const choice = event.choices.find((candidate) => candidate.id === action.choiceId);
      if (!choice) return refuse("Choose one of the query wordings or write your own.");
      current.choiceId = choice.id;
      current.flags = choice.leading ? [choice.why] : [];
      current.quality = choice.leading ? "poor" : "best";
    }
    minutes = event.minutes;
  } else {
    const choice = event.choices.find((candidate) => candidate.id === action.choiceId);
    if (!choice) return refuse("Choose one of the options.");
    current.choiceId = choice.id;
    current.quality = choice.quality;
    minutes = choice.minutes;
  }
  current.status = "resolved";
  spend(context, state, minutes);
  current.resolvedAt = state.clock;
  log(state, "event", `Answered: ${event.title}${current.quality === "poor" && event.kind === "physician-query" ? " (query flagged as leading)" : ""}`);
}

function workDenial(context: DayContext, state: DayState, action: Extract<DayAction, { type: "work-denial" }>, atMs: number): void {
  requireBlock(context, state, ["denials"], "work denials");
  const denial = state.denials.find((candidate) => candidate.id === action.denialId);
  const task = context.denials.get(action.denialId);
  const planned = context.scenario.denials.find((candidate) => candidate.id === action.denialId);
  if (!denial || !task || !planned) return refuse("That denial is not on today's list.");
  if (denial.status === "worked") return refuse("You have already worked that denial.");
  const outcome = task.judge(action.work);
  const cost = taskCost(planned.minutes, realSecondsOf(state, "denial", denial.id, atMs));
  state.active = undefined;
  denial.status = "worked";
  denial.outcome = outcome;
  denial.costMinutes = cost;
  spend(context, state, cost);
  denial.workedAt = state.clock;
  log(state, "denial", `Worked the ${task.payer} denial: ${outcome.summary}`);
}

function teach(context: DayContext, state: DayState, action: Extract<DayAction, { type: "teach" }>): void {
  requireBlock(context, state, ["education"], "teach");
  const call = context.scenario.education!;
  if (state.teaching.length >= call.turns) return refuse("The call is over: there is no time for another topic.");
  if (state.teaching.some((turn) => turn.topic === action.topic)) return refuse("You have already covered that topic on this call.");
  const outcome = teachTurn(call, state.seed, state.teaching.length, action.topic, action.approach);
  spend(context, state, call.minutesPerTurn);
  state.teaching.push({ topic: action.topic, approach: action.approach, at: state.clock, ...outcome });
  log(state, "education", `Taught: ${TOPIC_LABELS[action.topic]}`);
}

function answerMessage(context: DayContext, state: DayState, action: Extract<DayAction, { type: "answer-message" }>): void {
  requireBlock(context, state, ["wrap-up"], "answer the billing team");
  const message = context.scenario.messages.find((candidate) => candidate.id === action.messageId);
  const current = state.messages.find((candidate) => candidate.id === action.messageId);
  if (!message || !current) return refuse("That message is not in your inbox.");
  if (current.status === "answered") return refuse("You have already answered that message.");
  const choice = message.choices.find((candidate) => candidate.id === action.choiceId);
  if (!choice) return refuse("Choose one of the replies.");
  current.status = "answered";
  current.choiceId = choice.id;
  current.quality = choice.quality;
  spend(context, state, choice.minutes);
  current.answeredAt = state.clock;
  log(state, "message", `Replied to ${message.from}: ${message.subject}`);
}

function apply(context: DayContext, state: DayState, action: DayAction, atMs: number): void {
  switch (action.type) {
    case "open-chart": {
      requireBlock(context, state, ["coding", "wrap-up"], "code charts");
      const chart = state.charts.find((candidate) => candidate.caseId === action.caseId);
      if (!chart || chart.status !== "queued") return refuse("That chart is not waiting in your queue.");
      if (state.active?.kind === "chart" && state.active.caseId === action.caseId) return;
      state.active = { kind: "chart", caseId: action.caseId, openedAtMs: atMs };
      return;
    }
    case "submit-chart":
      return submitChart(context, state, action, atMs);
    case "respond-event":
      return respondEvent(context, state, action);
    case "open-denial": {
      requireBlock(context, state, ["denials"], "work denials");
      const denial = state.denials.find((candidate) => candidate.id === action.denialId);
      if (!denial || denial.status !== "open") return refuse("That denial is not open.");
      if (state.active?.kind === "denial" && state.active.denialId === action.denialId) return;
      state.active = { kind: "denial", denialId: action.denialId, openedAtMs: atMs };
      return;
    }
    case "work-denial":
      return workDenial(context, state, action, atMs);
    case "teach":
      return teach(context, state, action);
    case "answer-message":
      return answerMessage(context, state, action);
    case "advance":
      return enterNextBlock(context, state);
    case "log-off":
      if (state.blockIndex !== state.blocks.length - 1) return refuse("You can log off once you reach the last block of the day.");
      return endDay(state, "logged-off");
  }
}

/**
 * The state machine: the day after one more action. Pure (the state passed in is not changed) and
 * deterministic: the same state and stored action always give the same result. Throws a CONFLICT
 * DomainError, with a message for the learner, for an action the day does not allow now.
 */
export function reduceDay(context: DayContext, state: DayState, stored: StoredAction): DayState {
  if (stored.seq !== state.seq + 1) refuse(`Out of order: expected action ${state.seq + 1}, got ${stored.seq}.`);
  if (state.status === "ended") refuse("This day is over. Open the report, or start a new day.");
  const next = structuredClone(state);
  apply(context, next, stored.action, stored.atMs);
  next.seq = stored.seq;
  return next;
}
