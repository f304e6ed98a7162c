import { findCase } from "@/lib/practice/case-catalog";
import type { ReportNorms } from "@/lib/simulation/report";
import { ScenarioSchema } from "@/lib/simulation/scenario-schema";
import type { DayAction, DayContext, DenialTask, StoredAction } from "@/lib/simulation/types";

/** A small day over real cases: 2 queued charts, a STAT chart at 9:00, a query, an interruption, one denial, a call, one message. */
export const fixtureScenario = ScenarioSchema.parse({
  id: "fixture-day",
  version: 1,
  order: 0,
  title: "Fixture day",
  role: "Remote coder",
  setting: "Orthopaedic practice",
  summary: "A day for tests.",
  norms: {
    productivity: "workday.norm.ortho_mixed_charts_per_hour",
    accuracy: "workday.bonus.accuracy_percent",
    productivityBar: "workday.bonus.productivity_percent_of_norm",
  },
  blocks: [
    { id: "queue", kind: "queue-check", title: "Queue check", start: "08:00", end: "08:15", description: "Look at the queue." },
    { id: "morning", kind: "coding", title: "Morning coding", start: "08:15", end: "10:00", description: "Code." },
    { id: "lunch", kind: "lunch", title: "Lunch", start: "10:00", end: "10:30", description: "Eat." },
    { id: "denials", kind: "denials", title: "Denials", start: "10:30", end: "11:30", description: "Work denials." },
    { id: "call", kind: "education", title: "Provider education call", start: "11:30", end: "12:30", description: "Teach." },
    { id: "wrap", kind: "wrap-up", title: "Wrap-up", start: "12:30", end: "13:00", description: "Finish." },
  ],
  queue: [
    { caseId: "ortho-knee-scope-medial-meniscus", minutes: 10 },
    { caseId: "ortho-wrist-fracture-cast-check", minutes: 6 },
  ],
  events: [
    {
      id: "stat",
      kind: "stat-chart",
      at: "09:00",
      from: "Surgery scheduler",
      title: "STAT",
      body: "Needed for a prior auth.",
      caseId: "ortho-ankle-bimalleolar-orif",
      minutes: 12,
      dueWithinMinutes: 20,
    },
    {
      id: "huddle",
      kind: "interruption",
      at: "08:30",
      from: "Team lead",
      title: "Huddle",
      body: "Quick huddle?",
      choices: [
        { id: "join", label: "Join", minutes: 15, quality: "best", consequence: "You hear about the new payer edit." },
        { id: "skip", label: "Skip", minutes: 0, quality: "poor", consequence: "You miss the payer edit." },
      ],
    },
    {
      id: "query",
      kind: "physician-query",
      at: "08:45",
      from: "Dr. Reyes",
      title: "Anemia query",
      body: "Hgb 7.9, transfused 2 units; no diagnosis documented.",
      indicators: ["Hgb 7.9", "transfused 2 units"],
      minutes: 10,
      choices: [
        { id: "open", label: "Open multiple-choice query", leading: false, why: "Cites indicators and offers options." },
        { id: "lead", label: "Please document acute blood loss anemia.", leading: true, why: "It names the diagnosis it wants." },
      ],
    },
  ],
  denials: [{ id: "fixture-denial", minutes: 20 }],
  education: {
    physician: { name: "Dr. New", specialty: "Orthopaedics", note: "Started last month." },
    samples: [
      { id: "s1", title: "Injection note", text: "Injected knee.", issues: ["laterality", "link-diagnosis"] },
      { id: "s2", title: "Visit note", text: "Long ROS.", issues: ["laterality", "history-exam-vs-mdm"] },
    ],
    turns: 2,
    minutesPerTurn: 20,
    nextNotes: {
      laterality: { improved: "Injected the LEFT knee.", unchanged: "Injected knee." },
      "link-diagnosis": { improved: "For M17.12.", unchanged: "For knee pain." },
      "history-exam-vs-mdm": { improved: "MDM moderate.", unchanged: "Long ROS." },
    },
  },
  messages: [
    {
      id: "msg",
      from: "Billing team",
      subject: "Modifier 25?",
      body: "Should we add 25?",
      choices: [
        { id: "yes", label: "Only if separately identifiable", minutes: 5, quality: "best", consequence: "Claim goes out clean." },
        { id: "always", label: "Always add it", minutes: 2, quality: "poor", consequence: "Payer audit risk." },
      ],
    },
  ],
  audit: { sampleSize: 2 },
});

export const fixtureDenial: DenialTask = {
  id: "fixture-denial",
  title: "Knee injection denied for medical necessity",
  payer: "Synthetic Medicare",
  reason: "CO-50",
  billed: 180,
  href: "/denials/fixture-denial",
  judge: (work) =>
    work === "appeal"
      ? { resolved: true, overturned: true, recovered: 120, score: 100, summary: "appealed and overturned" }
      : { resolved: false, overturned: false, recovered: 0, score: 20, summary: "wrote off a winnable denial" },
};

export const FEES: Record<string, number> = { "29881": 600, "27814": 1200, "99213": 90 };

export function fixtureContext(): DayContext {
  const ids = [...fixtureScenario.queue.map((chart) => chart.caseId), "ortho-ankle-bimalleolar-orif"];
  return {
    scenario: fixtureScenario,
    cases: new Map(ids.map((id) => [id, findCase(id)!])),
    fee: (code) => FEES[code] ?? 50,
    denials: new Map([[fixtureDenial.id, fixtureDenial]]),
  };
}

export const fixtureNorms: ReportNorms = {
  productivity: { key: "workday.norm.ortho_mixed_charts_per_hour", label: "Norm", value: 6, source: { publisher: "HCPro", title: "Report", year: 2009 } },
  accuracy: { key: "workday.bonus.accuracy_percent", label: "Accuracy bar", value: 95, source: { publisher: "Guide", title: "Guide", year: 2024 } },
  productivityBar: { key: "workday.bonus.productivity_percent_of_norm", label: "Bar", value: 100, source: { publisher: "Guide", title: "Guide", year: 2024 } },
};

/** Numbers actions 1, 2, 3 … at one-minute real intervals from a fixed start. */
export function stored(actions: DayAction[], startMs = 1_800_000_000_000, stepMs = 60_000): StoredAction[] {
  return actions.map((action, index) => ({ seq: index + 1, atMs: startMs + index * stepMs, action }));
}
