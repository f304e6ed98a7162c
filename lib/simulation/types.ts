import type { ChartCase } from "@/lib/content/schemas";
import type { CodingGrade, CodingSubmission } from "@/lib/coding/types";
import type { ClockMinute } from "@/lib/simulation/clock";
import type { BlockKind, Scenario, TeachingApproach, TeachingTopic } from "@/lib/simulation/scenario-schema";

/** The outcome of working one denial, decided by the denials workbench's own grading (lib/claims). */
export type DenialOutcome = {
  /** The learner took the right next step (corrected, appealed or wrote off as the case called for). */
  resolved: boolean;
  /** The payer reversed its denial and paid. */
  overturned: boolean;
  /** Dollars the work recovered (synthetic fee schedule). */
  recovered: number;
  /** 0–100, the workbench's score for the work. */
  score: number;
  summary: string;
};

/** What the day's denial block needs to know about one denial scenario from the workbench. */
export type DenialTask = {
  id: string;
  title: string;
  payer: string;
  reason: string;
  billed: number;
  href: string;
  /** Pure: the workbench's grading of the learner's work on this denial. */
  judge: (work: unknown) => DenialOutcome;
};

/** Everything a day is played against: the scenario, its charts, the fee schedule and the denial scenarios. Pure data and pure functions. */
export type DayContext = {
  scenario: Scenario;
  cases: ReadonlyMap<string, ChartCase>;
  /** Synthetic allowed amount in dollars for a CPT or HCPCS code. */
  fee: (code: string) => number;
  denials: ReadonlyMap<string, DenialTask>;
};

export type ChartStatus = "queued" | "coded" | "rolled-over";

export type ChartItem = {
  caseId: string;
  /** Minutes an experienced coder takes on this chart. */
  minutes: number;
  source: "queue" | "stat";
  status: ChartStatus;
  /** STAT charts: the clock minute it should be coded by. */
  dueBy?: ClockMinute;
  codedAt?: ClockMinute;
  costMinutes?: number;
  realSeconds?: number;
  grade?: CodingGrade;
  submission?: CodingSubmission;
  revenue?: number;
  /** The order it was coded in (1 = first), for the audit sample. */
  codedOrder?: number;
};

export type EventStatus = "upcoming" | "arrived" | "resolved";
export type EventState = {
  id: string;
  status: EventStatus;
  arrivedAt?: ClockMinute;
  resolvedAt?: ClockMinute;
  choiceId?: string;
  /** A query the learner wrote in their own words. */
  text?: string;
  quality?: "best" | "acceptable" | "poor";
  /** Physician queries: why the wording is or is not compliant. */
  flags?: string[];
};

export type DenialState = { id: string; status: "open" | "worked"; outcome?: DenialOutcome; workedAt?: ClockMinute; costMinutes?: number };

export type TeachingTurn = { topic: TeachingTopic; approach: TeachingApproach; relevant: boolean; landed: boolean; at: ClockMinute };

export type MessageState = { id: string; status: "open" | "answered"; choiceId?: string; quality?: "best" | "acceptable" | "poor"; answeredAt?: ClockMinute };

export type BlockStatus = "upcoming" | "current" | "done" | "missed";
export type BlockState = { id: string; kind: BlockKind; status: BlockStatus; startedAt?: ClockMinute; endedAt?: ClockMinute };

export type TimelineEntry = { at: ClockMinute; text: string; kind: "block" | "chart" | "event" | "denial" | "education" | "message" | "day" };

export type ActiveTask = { kind: "chart"; caseId: string; openedAtMs: number } | { kind: "denial"; denialId: string; openedAtMs: number };

export type DayState = {
  scenarioId: string;
  scenarioVersion: number;
  seed: string;
  clock: ClockMinute;
  status: "playing" | "ended";
  endReason?: "logged-off" | "out-of-time";
  blockIndex: number;
  blocks: BlockState[];
  charts: ChartItem[];
  events: EventState[];
  denials: DenialState[];
  teaching: TeachingTurn[];
  messages: MessageState[];
  active?: ActiveTask;
  timeline: TimelineEntry[];
  /** Sequence number of the last action applied (0 before any). */
  seq: number;
};

export type DayAction =
  | { type: "open-chart"; caseId: string }
  | { type: "submit-chart"; caseId: string; submission: CodingSubmission }
  | { type: "respond-event"; eventId: string; choiceId?: string; text?: string }
  | { type: "open-denial"; denialId: string }
  | { type: "work-denial"; denialId: string; work: unknown }
  | { type: "teach"; topic: TeachingTopic; approach: TeachingApproach }
  | { type: "answer-message"; messageId: string; choiceId: string }
  | { type: "advance" }
  | { type: "log-off" };

/** An action as stored: its sequence number and the server's time when it was accepted (epoch ms). */
export type StoredAction = { seq: number; atMs: number; action: DayAction };
