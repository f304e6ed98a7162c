import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CONTENT_DIR, ContentError } from "@/lib/content/load-guide";
import { CptSummarySchema, SynonymSchema, type CptSummary, type Synonym } from "@/lib/content/schemas";

function loadList<T>(file: string, schema: z.ZodType<T>): T[] {
  const result = z.array(schema).safeParse(parseYaml(fs.readFileSync(file, "utf8")));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  entry ${Number(issue.path[0]) + 1}${issue.path.length > 1 ? ` ${issue.path.slice(1).join(".")}` : ""}: ${issue.message}`);
  throw new ContentError(`${file} is not valid:\n${problems.join("\n")}`);
}

/** The curated chart-shorthand list (content/codes/synonyms.yaml). */
export function loadSynonyms(root = CONTENT_DIR): Synonym[] {
  const synonyms = loadList(path.join(root, "codes", "synonyms.yaml"), SynonymSchema);
  const seen = new Set<string>();
  for (const synonym of synonyms) {
    const key = synonym.term.toLowerCase();
    if (seen.has(key)) throw new ContentError(`synonyms.yaml: the term "${synonym.term}" appears twice`);
    seen.add(key);
  }
  return synonyms;
}

/** Chartwise's own plain-language CPT summaries (content/codes/cpt-summaries.yaml); never AMA descriptor text. */
export function loadCptSummaries(root = CONTENT_DIR): CptSummary[] {
  const summaries = loadList(path.join(root, "codes", "cpt-summaries.yaml"), CptSummarySchema);
  const seen = new Set<string>();
  for (const summary of summaries) {
    if (seen.has(summary.code)) throw new ContentError(`cpt-summaries.yaml: ${summary.code} appears twice`);
    seen.add(summary.code);
  }
  return summaries;
}
