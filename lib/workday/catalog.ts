import { getGuide } from "@/lib/content/get-guide";
import type { ChartCase } from "@/lib/content/schemas";
import { getCases } from "@/lib/practice/case-catalog";
import type { NormFigure, ReportNorms } from "@/lib/simulation/report";
import type { Scenario } from "@/lib/simulation/scenario-schema";
import type { CodeCheck } from "@/lib/claims/tables";
import type { DayContext } from "@/lib/simulation/types";
import { denialTask, feeFor, workbenchDenials, type DenialListing } from "@/lib/workday/claims-adapter";
import { loadScenarios } from "@/lib/workday/load-scenarios";

type Catalog = { scenarios: Scenario[]; cases: Map<string, ChartCase>; denials: Map<string, DenialListing> };
let cached: Catalog | undefined;

function catalog(): Catalog {
  if (!cached) {
    const cases = new Map(getCases().map((chartCase) => [chartCase.id, chartCase]));
    const denials = workbenchDenials();
    const scenarios = loadScenarios({ cases, denialIds: new Set(denials.keys()), facts: getGuide().facts });
    cached = { scenarios, cases, denials };
  }
  return cached;
}

/** Every workday scenario, tutorial first. */
export const getScenarios = (): Scenario[] => catalog().scenarios;

export const findScenario = (id: string): Scenario | undefined => catalog().scenarios.find((scenario) => scenario.id === id);

/**
 * What the state machine plays a scenario against: its charts, the fee schedule and its denials from the workbench,
 * the learner's work on them judged with `codeCheck` (workdayCodeCheck: the code sets in the database).
 */
export function dayContext(scenario: Scenario, codeCheck: CodeCheck): DayContext {
  const { cases, denials } = catalog();
  const caseIds = [...scenario.queue.map((chart) => chart.caseId), ...scenario.events.flatMap((event) => (event.kind === "stat-chart" ? [event.caseId] : []))];
  return {
    scenario,
    cases: new Map(caseIds.map((id) => [id, cases.get(id)!])),
    fee: feeFor,
    denials: new Map(scenario.denials.map((denial) => [denial.id, denialTask(denials.get(denial.id)!, codeCheck)])),
  };
}

/** The scenario's norm and bonus bars from the facts file, each with its source. */
export function reportNorms(scenario: Scenario): ReportNorms {
  const { facts } = getGuide();
  const norm = (key: string): NormFigure => {
    const figure = facts.figures.get(key)!;
    const source = facts.sources.get(figure.source)!;
    return {
      key,
      label: figure.label,
      value: figure.value!,
      note: figure.note,
      source: { publisher: source.publisher, title: source.title, year: figure.year, url: source.url },
    };
  };
  return { productivity: norm(scenario.norms.productivity), accuracy: norm(scenario.norms.accuracy), productivityBar: norm(scenario.norms.productivityBar) };
}
