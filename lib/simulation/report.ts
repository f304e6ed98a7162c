import { auditSample } from "@/lib/simulation/audit";
import { type ClockMinute } from "@/lib/simulation/clock";
import { APPROACH_LABELS, educationOutcome, TOPIC_LABELS, type EducationOutcome } from "@/lib/simulation/education";
import { chartPotential } from "@/lib/simulation/revenue";
import type { DayContext, DayState } from "@/lib/simulation/types";

/** A norm or bar from the facts file, with its source, as the report shows it. */
export type NormFigure = {
  key: string;
  label: string;
  value: number;
  note?: string;
  source: { publisher: string; title: string; year?: number; url?: string };
};
export type ReportNorms = { productivity: NormFigure; accuracy: NormFigure; productivityBar: NormFigure };

export type ReportItem = { text: string; href: string };

export type DayReport = {
  scenarioId: string;
  ended: boolean;
  endedAt: ClockMinute;
  endReason?: DayState["endReason"];
  charts: { coded: number; total: number; rolledOver: number; statLate: number };
  productivity: { codingMinutes: number; chartsPerHour: number; norm: NormFigure; target: number; meets: boolean };
  audit: { sample: { caseId: string; title: string; score: number; codedOrder: number }[]; accuracy: number | null; bar: NormFigure; meets: boolean };
  denials: { total: number; worked: number; resolved: number; overturned: number; recovered: number };
  revenue: { coding: number; denials: number; total: number; potential: number };
  education: (EducationOutcome & { physician: string }) | null;
  queries: { asked: number; compliant: number; leading: number };
  messages: { total: number; answered: number; best: number };
  bonus: { productivity: boolean; accuracy: boolean };
  wentWell: ReportItem[];
  practiseNext: ReportItem[];
};

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const money = (value: number) => Math.round(value * 100) / 100;
const QUEUE_LESSON = "/guide/day-in-the-life/morning-coding-queue";
const AFTERNOON_LESSON = "/guide/day-in-the-life/afternoon-denials-and-education";

/** Minutes the clock spent in coding: every coding block from start to end, plus the charts coded in the wrap-up. */
export function codingMinutes(context: DayContext, state: DayState): number {
  let total = 0;
  state.blocks.forEach((block) => {
    if (block.kind === "coding" && block.startedAt !== undefined) total += (block.endedAt ?? state.clock) - block.startedAt;
  });
  const wrapUp = state.blocks.findIndex((block) => block.kind === "wrap-up");
  if (wrapUp >= 0) {
    const { startedAt, endedAt } = state.blocks[wrapUp]!;
    for (const chart of state.charts) {
      if (startedAt !== undefined && chart.codedAt !== undefined && chart.codedAt > startedAt && chart.codedAt <= (endedAt ?? state.clock))
        total += chart.costMinutes ?? 0;
    }
  }
  return total;
}

/** The report a coding manager would write at the end of the day, computed from the state alone. */
export function buildReport(context: DayContext, state: DayState, norms: ReportNorms): DayReport {
  const { scenario } = context;
  const coded = state.charts.filter((chart) => chart.status === "coded");
  const minutes = codingMinutes(context, state);
  const chartsPerHour = minutes > 0 ? round((coded.length * 60) / minutes) : 0;
  const target = round((norms.productivity.value * norms.productivityBar.value) / 100);
  const audit = auditSample(state, scenario.audit.sampleSize);
  const title = (caseId: string) => context.cases.get(caseId)?.title ?? caseId;
  const wentWell: DayReport["wentWell"] = [];
  const practiseNext: DayReport["practiseNext"] = [];

  for (const chart of coded) {
    const score = chart.grade!.score;
    const href = `/practice/${chart.caseId}`;
    if (score >= norms.accuracy.value) wentWell.push({ text: `${title(chart.caseId)}: coded cleanly (${score})`, href });
    else if (score < 80) {
      const miss = chart.grade!.verdicts.find((verdict) => verdict.status !== "correct");
      practiseNext.push({ text: `${title(chart.caseId)}: scored ${score}${miss ? `. ${miss.message}` : ""}`, href });
    }
  }
  const statLate = state.charts.filter(
    (chart) => chart.source === "stat" && chart.dueBy !== undefined && (chart.codedAt === undefined || chart.codedAt > chart.dueBy),
  ).length;
  if (statLate)
    practiseNext.push({
      text: `${statLate} STAT ${statLate === 1 ? "chart was" : "charts were"} coded late or not at all: work STAT charts first`,
      href: QUEUE_LESSON,
    });
  const rolledOver = state.charts.filter((chart) => chart.status === "rolled-over").length;
  if (rolledOver)
    practiseNext.push({
      text: `${rolledOver} ${rolledOver === 1 ? "chart" : "charts"} rolled over to tomorrow: build speed on the same kinds of chart`,
      href: `/practice?specialty=${context.cases.get(state.charts.find((chart) => chart.status === "rolled-over")!.caseId)?.specialty ?? ""}`,
    });

  const denialStates = state.denials.filter((denial) => denial.status === "worked");
  for (const denial of denialStates) {
    const task = context.denials.get(denial.id);
    if (!task) continue;
    if (denial.outcome!.overturned) wentWell.push({ text: `${task.title}: ${denial.outcome!.summary}`, href: task.href });
    else if (!denial.outcome!.resolved) practiseNext.push({ text: `${task.title}: ${denial.outcome!.summary}`, href: task.href });
  }

  let queriesAsked = 0;
  let compliant = 0;
  for (const event of scenario.events) {
    const current = state.events.find((candidate) => candidate.id === event.id)!;
    if (current.status !== "resolved") continue;
    const href = ("learnHref" in event && event.learnHref) || AFTERNOON_LESSON;
    if (event.kind === "physician-query") {
      queriesAsked++;
      if (current.quality === "best") {
        compliant++;
        wentWell.push({ text: `Query to ${event.from}: compliant and non-leading`, href });
      } else practiseNext.push({ text: `Query to ${event.from} was leading: ${(current.flags ?? [])[0] ?? "rewrite it as an open question"}`, href });
    } else if (event.kind !== "stat-chart" && current.quality === "poor") {
      const choice = event.choices.find((candidate) => candidate.id === current.choiceId);
      practiseNext.push({ text: `${event.title}: ${choice?.consequence ?? "a weak reply"}`, href });
    }
  }

  const answered = state.messages.filter((message) => message.status === "answered");
  for (const message of answered) {
    const content = scenario.messages.find((candidate) => candidate.id === message.id)!;
    if (message.quality === "poor") {
      const choice = content.choices.find((candidate) => candidate.id === message.choiceId);
      practiseNext.push({
        text: `Reply to ${content.from} (${content.subject}): ${choice?.consequence ?? "a weak reply"}`,
        href: content.learnHref ?? AFTERNOON_LESSON,
      });
    }
  }

  let education: DayReport["education"] = null;
  if (scenario.education) {
    const outcome = educationOutcome(scenario.education, state.teaching);
    education = { ...outcome, physician: scenario.education.physician.name };
    const href = scenario.education.learnHref ?? AFTERNOON_LESSON;
    const physician = scenario.education.physician.name;
    const topicText = (topic: keyof typeof TOPIC_LABELS) => TOPIC_LABELS[topic].toLowerCase();
    for (const topic of outcome.improved) wentWell.push({ text: `${physician} now does this: ${topicText(topic)}`, href });
    // How the learner taught matters as much as what: a topic taught but not landed names the approach that failed.
    for (const topic of outcome.notImproved) {
      const tried = state.teaching.find((turn) => turn.topic === topic);
      practiseNext.push({
        text: tried
          ? `${physician} still needs: ${topicText(topic)}. Taught as "${APPROACH_LABELS[tried.approach].toLowerCase()}", it did not land: walk through one of their own notes instead`
          : `${physician} still needs: ${topicText(topic)}`,
        href,
      });
    }
    for (const turn of state.teaching.filter((candidate) => !candidate.relevant))
      practiseNext.push({
        text: `A turn of the call went on "${topicText(turn.topic)}", which ${physician}'s notes did not need: choose topics from the problems in their own samples`,
        href,
      });
  }

  const codingRevenue = money(coded.reduce((sum, chart) => sum + (chart.revenue ?? 0), 0));
  const denialRevenue = money(denialStates.reduce((sum, denial) => sum + (denial.outcome?.recovered ?? 0), 0));
  const potential = money(state.charts.reduce((sum, chart) => sum + chartPotential(context.cases.get(chart.caseId)!.key, context.fee), 0));
  const meetsProductivity = chartsPerHour >= target;
  const meetsAccuracy = audit.accuracy !== null && audit.accuracy >= norms.accuracy.value;

  return {
    scenarioId: scenario.id,
    ended: state.status === "ended",
    endedAt: state.clock,
    endReason: state.endReason,
    charts: { coded: coded.length, total: state.charts.length, rolledOver, statLate },
    productivity: { codingMinutes: minutes, chartsPerHour, norm: norms.productivity, target, meets: meetsProductivity },
    audit: {
      sample: audit.charts.map((chart) => ({ caseId: chart.caseId, title: title(chart.caseId), score: chart.grade!.score, codedOrder: chart.codedOrder ?? 0 })),
      accuracy: audit.accuracy,
      bar: norms.accuracy,
      meets: meetsAccuracy,
    },
    denials: {
      total: state.denials.length,
      worked: denialStates.length,
      resolved: denialStates.filter((denial) => denial.outcome?.resolved).length,
      overturned: denialStates.filter((denial) => denial.outcome?.overturned).length,
      recovered: denialRevenue,
    },
    revenue: { coding: codingRevenue, denials: denialRevenue, total: money(codingRevenue + denialRevenue), potential },
    education,
    queries: { asked: queriesAsked, compliant, leading: queriesAsked - compliant },
    messages: { total: state.messages.length, answered: answered.length, best: answered.filter((message) => message.quality === "best").length },
    bonus: { productivity: meetsProductivity, accuracy: meetsAccuracy },
    wentWell,
    practiseNext,
  };
}
