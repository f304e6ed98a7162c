import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { CONTENT_DIR } from "@/lib/content/load-guide";
import { findCase } from "@/lib/practice/case-catalog";
import { SPECIALTY_LABELS } from "@/lib/practice/case-catalog";

/** The case the landing page's picture is taken from. */
export const LANDING_CASE_ID = "ortho-knee-scope-medial-meniscus";

const MODIFIER_NAMES: Record<string, string> = { RT: "Right side", LT: "Left side" };

export type ExampleLine = { system: "ICD-10-CM" | "CPT" | "HCPCS" | "Modifier"; code: string; summary: string };
/** One line of the chart, split around the words the key quotes as evidence. */
export type ExampleChartLine = { before: string; quote: string; after: string; kind: "diagnosis" | "procedure" };
export type LandingExample = { caseTitle: string; specialty: string; documentKind: string; chart: ExampleChartLine[]; lines: ExampleLine[] };

/** The official long title of an ICD-10-CM code, from the shipped official order file. */
function icd10cmTitle(code: string, root: string): string {
  const bare = code.replace(".", "");
  const file = path.join(root, "codes", "official", "icd10cm_order_2026.txt.gz");
  const line = zlib
    .gunzipSync(fs.readFileSync(file))
    .toString("latin1")
    .split(/\r?\n/)
    .find((row) => row.slice(6, 13).trim() === bare);
  if (!line) throw new Error(`${code} is not in the shipped ICD-10-CM file`);
  return line.slice(77).trim();
}

function chartLine(text: string, quote: string, kind: ExampleChartLine["kind"]): ExampleChartLine {
  const line = text.split("\n").find((row) => row.includes(quote));
  if (!line) throw new Error(`"${quote}" is not in the chart of ${LANDING_CASE_ID}`);
  const at = line.indexOf(quote);
  return { before: line.slice(0, at).trim() + (at > 0 ? " " : ""), quote, after: line.slice(at + quote.length).trimEnd(), kind };
}

/**
 * The landing page's chart-to-codes picture, built from a real case file: the chart's own words that the key
 * quotes, and the key's first diagnosis and first claim line with their modifiers. Whatever the case says, the
 * picture says; it cannot drift from the key.
 */
export function landingExample(root = CONTENT_DIR): LandingExample {
  const chartCase = findCase(LANDING_CASE_ID);
  if (!chartCase) throw new Error(`the landing page's case ${LANDING_CASE_ID} is missing`);
  const diagnosis = chartCase.key.diagnoses[0]!;
  const procedure = chartCase.key.procedures[0]!;
  const text = chartCase.documents.map((document) => document.text).join("\n");
  const kind = chartCase.documents[0]!.kind === "operative-report" ? "Operative report" : chartCase.documents[0]!.title;
  return {
    caseTitle: chartCase.title,
    specialty: SPECIALTY_LABELS[chartCase.specialty],
    documentKind: kind,
    chart: [chartLine(text, diagnosis.evidence[0]!, "diagnosis"), chartLine(text, procedure.evidence[0]!, "procedure")],
    lines: [
      { system: "ICD-10-CM", code: diagnosis.code, summary: icd10cmTitle(diagnosis.code, root) },
      { system: procedure.system === "cpt" ? "CPT" : "HCPCS", code: procedure.code, summary: chartCase.cptSummaries[procedure.code] ?? procedure.code },
      ...procedure.modifiers.map((modifier) => ({ system: "Modifier" as const, code: modifier, summary: MODIFIER_NAMES[modifier] ?? modifier })),
    ],
  };
}
