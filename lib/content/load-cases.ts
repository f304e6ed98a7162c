import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { CONTENT_DIR, ContentError } from "@/lib/content/load-guide";
import { ChartCaseSchema, type ChartCase } from "@/lib/content/schemas";
import { findStatusProblems } from "@/lib/coding/key-policy";

/** Problems a case's key has beyond its shape: pointers, quoted evidence, CPT summaries, file placement. */
export function findCaseProblems(chartCase: ChartCase, file: string): string[] {
  const problems: string[] = [];
  const chart = chartCase.documents.map((document) => document.text).join("\n");
  const diagnosisIds = new Set(chartCase.key.diagnoses.map((diagnosis) => diagnosis.id));
  if (diagnosisIds.size !== chartCase.key.diagnoses.length) problems.push("diagnosis ids repeat");
  if (new Set(chartCase.key.procedures.map((procedure) => procedure.id)).size !== chartCase.key.procedures.length) problems.push("procedure ids repeat");
  for (const line of [...chartCase.key.diagnoses, ...chartCase.key.procedures]) {
    for (const quote of line.evidence) if (!chart.includes(quote)) problems.push(`${line.id}: the evidence "${quote}" is not in the chart`);
  }
  for (const procedure of chartCase.key.procedures) {
    for (const pointer of procedure.pointers) if (!diagnosisIds.has(pointer)) problems.push(`${procedure.id}: points to ${pointer}, which is not a diagnosis of this case`);
    if (procedure.system === "cpt" && !chartCase.cptSummaries[procedure.code]) problems.push(`${procedure.id}: CPT ${procedure.code} needs our own summary in cptSummaries`);
  }
  problems.push(...findStatusProblems(chartCase.key, chartCase.payer));
  const expected = path.join(chartCase.specialty, `${chartCase.id}.yaml`);
  if (!file.endsWith(expected)) problems.push(`the file should be content/cases/${expected}`);
  return problems;
}

/** Reads and validates every chart-coding case. */
export function loadCases(root = CONTENT_DIR): ChartCase[] {
  const dir = path.join(root, "cases");
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".yaml")).sort();
  const cases = files.map((name) => {
    const file = path.join(dir, name);
    const result = ChartCaseSchema.safeParse(parseYaml(fs.readFileSync(file, "utf8")));
    if (!result.success) {
      throw new ContentError(`${file} is not valid:\n${result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
    }
    const problems = findCaseProblems(result.data, file);
    if (problems.length) throw new ContentError(`${file}:\n  ${problems.join("\n  ")}`);
    return result.data;
  });
  const ids = new Set<string>();
  for (const chartCase of cases) {
    if (ids.has(chartCase.id)) throw new ContentError(`case id ${chartCase.id} is used twice`);
    ids.add(chartCase.id);
  }
  return cases;
}

/**
 * Renamed case ids, old → new (content/case-aliases.yaml), so bookmarks, stored rows written before a rename
 * and clients still holding an old id keep working. An alias may not be a current id, and must name one.
 */
export function loadCaseAliases(cases: ChartCase[], root = CONTENT_DIR): Map<string, string> {
  const file = path.join(root, "case-aliases.yaml");
  if (!fs.existsSync(file)) return new Map();
  const raw = (parseYaml(fs.readFileSync(file, "utf8")) ?? {}) as Record<string, unknown>;
  const ids = new Set(cases.map((chartCase) => chartCase.id));
  const aliases = new Map<string, string>();
  for (const [oldId, newId] of Object.entries(raw)) {
    if (typeof newId !== "string" || !ids.has(newId)) throw new ContentError(`${file}: ${oldId} points to ${String(newId)}, which is not a case`);
    if (ids.has(oldId)) throw new ContentError(`${file}: ${oldId} is still a case id, so it cannot be an alias`);
    aliases.set(oldId, newId);
  }
  return aliases;
}
