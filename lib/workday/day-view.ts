import type { ChartCase } from "@/lib/content/schemas";
import type { Database } from "@/lib/db/client";
import { DIFFICULTY_LABELS } from "@/lib/practice/case-catalog";
import { EMPTY_ANSWER, getDraft } from "@/lib/practice/drafts";
import type { DraftAnswer } from "@/lib/practice/schemas";
import { formatClock, parseClock } from "@/lib/simulation/clock";
import { APPROACH_LABELS, educationOutcome, TOPIC_LABELS, type EducationOutcome } from "@/lib/simulation/education";
import type { BlockKind, TeachingApproach, TeachingTopic } from "@/lib/simulation/scenario-schema";
import { TEACHING_APPROACHES, TEACHING_TOPICS } from "@/lib/simulation/scenario-schema";
import type { BlockStatus, TimelineEntry } from "@/lib/simulation/types";
import { denialBrief, type DenialBrief } from "@/lib/workday/claims-adapter";
import type { LoadedRun } from "@/lib/workday/runs";

type Option = { id: string; label: string; minutes: number };
type Answered = { choiceLabel?: string; text?: string; consequence?: string; quality?: "best" | "acceptable" | "poor"; flags?: string[] };

/** What the day screen shows: the state in plain data, with the scenario's words, and nothing that gives an answer away before it is chosen. */
export type DayView = {
  runId: string;
  seq: number;
  status: "playing" | "ended";
  scenario: { id: string; title: string; role: string; tutorial: boolean };
  clock: number;
  clockLabel: string;
  dayStart: number;
  dayEnd: number;
  block: { id: string; kind: BlockKind; title: string; description: string; start: number; end: number; overtime: boolean };
  blocks: { id: string; kind: BlockKind; title: string; start: number; end: number; status: BlockStatus }[];
  queue: {
    caseId: string;
    title: string;
    difficulty: string;
    minutes: number;
    stat: boolean;
    dueBy?: string;
    status: "queued" | "coded" | "rolled-over";
    costMinutes?: number;
  }[];
  activeDenialId: string | null;
  activeChart: { caseId: string; title: string; documents: ChartCase["documents"]; draft: DraftAnswer } | null;
  inbox: {
    id: string;
    kind: "billing-question" | "interruption" | "physician-query";
    from: string;
    title: string;
    body: string;
    arrivedAt: string;
    options: Option[];
    writable: boolean;
    answered: Answered | null;
  }[];
  denials: {
    id: string;
    title: string;
    payer: string;
    reason: string;
    billed: number;
    href: string;
    status: "open" | "worked";
    summary?: string;
    score?: number;
    minutes: number;
    brief: DenialBrief | null;
  }[];
  education: {
    physician: { name: string; specialty: string; note: string };
    samples: { id: string; title: string; text: string }[];
    turnsLeft: number;
    minutesPerTurn: number;
    topics: { id: TeachingTopic; label: string }[];
    approaches: { id: TeachingApproach; label: string }[];
    turns: { topic: string; approach: string; relevant: boolean; landed: boolean; reply: string }[];
    outcome: EducationOutcome | null;
  } | null;
  messages: { id: string; from: string; subject: string; body: string; options: Option[]; answered: Answered | null }[];
  timeline: (TimelineEntry & { label: string })[];
};

function reply(relevant: boolean, landed: boolean, name: string): string {
  const first = name.split(" ").slice(0, 2).join(" ");
  if (!relevant) return `${first}: "I think I already do that; is it really a problem in my notes?"`;
  return landed
    ? `${first}: "That makes sense. I will change how I write that from today."`
    : `${first}: "Hm. I hear you, but I am not sure how that changes what I write."`;
}

/** Builds the day screen's data from a loaded run (and the learner's draft of the chart they have open). */
export async function buildDayView(db: Database, userId: string, loaded: LoadedRun): Promise<DayView> {
  const { scenario, state, run, context } = loaded;
  const blockContent = scenario.blocks[state.blockIndex]!;
  const title = (caseId: string) => context.cases.get(caseId)?.title ?? caseId;
  const active = state.active?.kind === "chart" ? context.cases.get(state.active.caseId) : undefined;
  const draft = active ? await getDraft(db, userId, active.id) : null;
  const call = scenario.education;

  return {
    runId: run.id,
    seq: state.seq,
    status: state.status,
    scenario: { id: scenario.id, title: scenario.title, role: scenario.role, tutorial: scenario.tutorial },
    clock: state.clock,
    clockLabel: formatClock(state.clock),
    dayStart: parseClock(scenario.blocks[0]!.start),
    dayEnd: parseClock(scenario.blocks.at(-1)!.end),
    block: {
      id: blockContent.id,
      kind: blockContent.kind,
      title: blockContent.title,
      description: blockContent.description,
      start: parseClock(blockContent.start),
      end: parseClock(blockContent.end),
      overtime: state.clock >= parseClock(blockContent.end),
    },
    blocks: scenario.blocks.map((block, index) => ({
      id: block.id,
      kind: block.kind,
      title: block.title,
      start: parseClock(block.start),
      end: parseClock(block.end),
      status: state.blocks[index]!.status,
    })),
    queue: state.charts.map((chart) => ({
      caseId: chart.caseId,
      title: title(chart.caseId),
      difficulty: DIFFICULTY_LABELS[context.cases.get(chart.caseId)!.difficulty],
      minutes: chart.minutes,
      stat: chart.source === "stat",
      dueBy: chart.dueBy === undefined ? undefined : formatClock(chart.dueBy),
      status: chart.status,
      costMinutes: chart.costMinutes,
    })),
    activeDenialId: state.active?.kind === "denial" ? state.active.denialId : null,
    activeChart: active ? { caseId: active.id, title: active.title, documents: active.documents, draft: draft?.answer ?? EMPTY_ANSWER } : null,
    inbox: scenario.events.flatMap((event) => {
      const current = state.events.find((candidate) => candidate.id === event.id)!;
      if (event.kind === "stat-chart" || current.status === "upcoming") return [];
      const options =
        event.kind === "physician-query"
          ? event.choices.map((choice) => ({ id: choice.id, label: choice.label, minutes: event.minutes }))
          : event.choices.map((choice) => ({ id: choice.id, label: choice.label, minutes: choice.minutes }));
      let answered: Answered | null = null;
      if (current.status === "resolved") {
        const choice = event.choices.find((candidate) => candidate.id === current.choiceId);
        answered = {
          choiceLabel: choice?.label,
          text: current.text,
          quality: current.quality,
          flags: current.flags,
          consequence: choice && "consequence" in choice ? choice.consequence : choice && "why" in choice ? choice.why : undefined,
        };
      }
      return [
        {
          id: event.id,
          kind: event.kind,
          from: event.from,
          title: event.title,
          body: event.body,
          arrivedAt: formatClock(current.arrivedAt!),
          options,
          writable: event.kind === "physician-query",
          answered,
        },
      ];
    }),
    denials: scenario.denials.map((planned) => {
      const task = context.denials.get(planned.id)!;
      const current = state.denials.find((candidate) => candidate.id === planned.id)!;
      return {
        id: task.id,
        title: task.title,
        payer: task.payer,
        reason: task.reason,
        billed: task.billed,
        href: task.href,
        status: current.status,
        summary: current.outcome?.summary,
        score: current.outcome?.score,
        minutes: planned.minutes,
        brief: current.status === "open" ? (denialBrief(task.id) ?? null) : null,
      };
    }),
    education: call
      ? {
          physician: call.physician,
          samples: call.samples.map((sample) => ({ id: sample.id, title: sample.title, text: sample.text })),
          turnsLeft: call.turns - state.teaching.length,
          minutesPerTurn: call.minutesPerTurn,
          topics: TEACHING_TOPICS.map((id) => ({ id, label: TOPIC_LABELS[id] })),
          approaches: TEACHING_APPROACHES.map((id) => ({ id, label: APPROACH_LABELS[id] })),
          turns: state.teaching.map((turn) => ({
            topic: TOPIC_LABELS[turn.topic],
            approach: APPROACH_LABELS[turn.approach],
            relevant: turn.relevant,
            landed: turn.landed,
            reply: reply(turn.relevant, turn.landed, call.physician.name),
          })),
          outcome:
            state.teaching.length >= call.turns || state.blocks.find((block) => block.kind === "education")?.status === "done"
              ? educationOutcome(call, state.teaching)
              : null,
        }
      : null,
    messages: scenario.messages.map((message) => {
      const current = state.messages.find((candidate) => candidate.id === message.id)!;
      const choice = message.choices.find((candidate) => candidate.id === current.choiceId);
      return {
        id: message.id,
        from: message.from,
        subject: message.subject,
        body: message.body,
        options: message.choices.map((option) => ({ id: option.id, label: option.label, minutes: option.minutes })),
        answered: current.status === "answered" ? { choiceLabel: choice?.label, consequence: choice?.consequence, quality: current.quality } : null,
      };
    }),
    timeline: state.timeline.map((entry) => ({ ...entry, label: formatClock(entry.at) })),
  };
}
