import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { CONTENT_DIR, ContentError, type Facts } from "@/lib/content/load-guide";
import type { ChartCase } from "@/lib/content/schemas";
import { ScenarioSchema, type Scenario } from "@/lib/simulation/scenario-schema";

/** What a scenario refers to, beyond its own shape: cases, denial scenarios and facts figures that must exist. */
export function findScenarioProblems(
  scenario: Scenario,
  known: { cases: ReadonlyMap<string, ChartCase>; denialIds: ReadonlySet<string>; facts: Facts },
): string[] {
  const problems: string[] = [];
  const caseIds = [...scenario.queue.map((chart) => chart.caseId), ...scenario.events.flatMap((event) => (event.kind === "stat-chart" ? [event.caseId] : []))];
  for (const id of caseIds) if (!known.cases.has(id)) problems.push(`the chart ${id} is not a case in content/cases`);
  for (const denial of scenario.denials)
    if (!known.denialIds.has(denial.id)) problems.push(`the denial ${denial.id} is not a denial scenario in the workbench`);
  for (const key of Object.values(scenario.norms)) {
    const figure = known.facts.figures.get(key);
    if (!figure) problems.push(`the figure ${key} is not in content/facts/figures.yaml`);
    else if (figure.value === undefined) problems.push(`the figure ${key} is a range; a norm needs one value`);
  }
  return problems;
}

/** Reads and validates every workday scenario in content/workday/, in their order. */
export function loadScenarios(known: Parameters<typeof findScenarioProblems>[1], root = CONTENT_DIR): Scenario[] {
  const dir = path.join(root, "workday");
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const scenarios = files.map((name) => {
    const file = path.join(dir, name);
    const result = ScenarioSchema.safeParse(parseYaml(fs.readFileSync(file, "utf8")));
    if (!result.success)
      throw new ContentError(`${file} is not valid:\n${result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
    if (`${result.data.id}.yaml` !== name) throw new ContentError(`${file}: the file should be named ${result.data.id}.yaml`);
    const problems = findScenarioProblems(result.data, known);
    if (problems.length) throw new ContentError(`${file}:\n  ${problems.join("\n  ")}`);
    return result.data;
  });
  return scenarios.sort((a, b) => a.order - b.order);
}
