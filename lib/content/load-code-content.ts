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

/**
 * The search vocabulary tables, one kind of term a file: chart shorthand and plain words (synonyms.yaml), eponyms
 * and named conditions (eponyms.yaml), drug brand names (drug-names.yaml), and Alphabetic-Index phrasing and main-term
 * defaults (index-terms.yaml).
 */
export const SYNONYM_FILES = ["synonyms.yaml", "eponyms.yaml", "drug-names.yaml", "index-terms.yaml"] as const;

/** Every curated search term, from all the tables in SYNONYM_FILES; a term may appear once across them. */
export function loadSynonyms(root = CONTENT_DIR): Synonym[] {
  const all: Synonym[] = [];
  const seen = new Map<string, string>();
  for (const name of SYNONYM_FILES) {
    const file = path.join(root, "codes", name);
    if (!fs.existsSync(file)) continue;
    for (const synonym of loadList(file, SynonymSchema)) {
      const key = synonym.term.toLowerCase();
      if (seen.has(key)) throw new ContentError(`${name}: the term "${synonym.term}" is already in ${seen.get(key)}`);
      seen.set(key, name);
      all.push(synonym);
    }
  }
  return all;
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
