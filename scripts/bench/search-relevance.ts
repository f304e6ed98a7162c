// Code-search relevance and in-process speed on the labelled queries (bench/queries/code-search.yaml), for our
// index and for two general-purpose search libraries given the same entries: MiniSearch and Fuse.js.
// Used by `npm run bench` (scripts/bench/code-search.ts) and on its own by `npm run bench:relevance`, which prints
// the misses so the synonym tables and the ranking can be tuned to kinds of query.
import fs from "node:fs";
import Fuse from "fuse.js";
import MiniSearch, { type SearchOptions as MiniSearchOptions, type SearchResult as MiniSearchResult } from "minisearch";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CodeDirectory } from "@/lib/codes/code-directory";
import { readCodeFile } from "@/lib/codes/import-code-set";
import { formatCode } from "@/lib/codes/normalize-code";
import type { IndexedCode } from "@/lib/codes/search-index";
import { SHIPPED_CODE_FILES } from "@/lib/codes/seed-code-sets";
import { loadCptSummaries } from "@/lib/content/load-code-content";

export const QUERY_KINDS = [
  "code",
  "prefix",
  "words",
  "plain",
  "abbreviation",
  "misspelling",
  "eponym",
  "index",
  "side-encounter",
  "combination",
  "z-code",
  "drug",
  "supply",
] as const;

export const LabelledQuerySchema = z.strictObject({
  query: z.string().min(1),
  kind: z.enum(QUERY_KINDS),
  system: z.enum(["icd10cm", "hcpcs", "any"]),
  accept: z.array(z.string()).min(1),
  /** Drug and supply queries with a dose: the units the dose bills as (ketorolac 30 mg → J1885 × 2). */
  units: z.number().int().positive().optional(),
});
export type LabelledQuery = z.infer<typeof LabelledQuerySchema>;

export const QUERIES_FILE = "bench/queries/code-search.yaml";

export function loadLabelledQueries(file = QUERIES_FILE): LabelledQuery[] {
  return z.array(LabelledQuerySchema).parse(parseYaml(fs.readFileSync(file, "utf8")));
}

/** Every entry the app indexes, read straight from the shipped official files and our CPT summaries. */
export async function loadSearchEntries(): Promise<IndexedCode[]> {
  const entries: IndexedCode[] = [];
  for (const system of ["icd10cm", "hcpcs"] as const) {
    for (const record of await readCodeFile(system, SHIPPED_CODE_FILES[system].file)) {
      entries.push({
        system,
        code: record.code,
        description: record.description,
        billable: record.billable,
        terminated: record.terminated ?? false,
        kind: record.kind ?? "code",
      });
    }
  }
  for (const summary of loadCptSummaries())
    entries.push({ system: "cpt", code: summary.code, description: summary.summary, billable: true, terminated: false, kind: "code" });
  return entries;
}

/** A search engine under test: query in, dotted codes out, best first. */
export type Engine = { name: string; search: (query: LabelledQuery) => string[] };

export type EngineScore = {
  engine: string;
  queries: number;
  recallAt5: number;
  meanReciprocalRank: number;
  p50Ms: number;
  p95Ms: number;
  byKind: Record<string, { queries: number; recallAt5: number; meanReciprocalRank: number }>;
  misses: { query: string; kind: string; accept: string[]; got: string[] }[];
};

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Rank of the first accepted code among the top 5 (1-based), or 0. */
export function rankOf(codes: string[], accept: string[]): number {
  return codes.slice(0, 5).findIndex((code) => accept.includes(code)) + 1;
}

export function scoreEngine(engine: Engine, queries: LabelledQuery[], options: { warmUp?: boolean } = {}): EngineScore {
  const latencies: number[] = [];
  const kinds = new Map<string, { queries: number; hits: number; rr: number }>();
  const misses: EngineScore["misses"] = [];
  let hits = 0;
  let rr = 0;
  if (options.warmUp ?? true) for (const query of queries) engine.search(query);
  for (const query of queries) {
    const started = performance.now();
    const codes = engine.search(query);
    latencies.push(performance.now() - started);
    const rank = rankOf(codes, query.accept);
    const kind = kinds.get(query.kind) ?? { queries: 0, hits: 0, rr: 0 };
    kind.queries++;
    if (rank > 0) {
      hits++;
      rr += 1 / rank;
      kind.hits++;
      kind.rr += 1 / rank;
    }
    kinds.set(query.kind, kind);
    if (rank !== 1) misses.push({ query: query.query, kind: query.kind, accept: query.accept, got: codes.slice(0, 5) });
  }
  latencies.sort((a, b) => a - b);
  return {
    engine: engine.name,
    queries: queries.length,
    recallAt5: round(hits / queries.length),
    meanReciprocalRank: round(rr / queries.length),
    p50Ms: round(percentile(latencies, 0.5), 2),
    p95Ms: round(percentile(latencies, 0.95), 2),
    byKind: Object.fromEntries(
      [...kinds].map(([kind, value]) => [
        kind,
        { queries: value.queries, recallAt5: round(value.hits / value.queries), meanReciprocalRank: round(value.rr / value.queries) },
      ]),
    ),
    misses,
  };
}

const systemOf = (query: LabelledQuery) => (query.system === "any" ? undefined : query.system);

export function chartwiseEngine(directory: CodeDirectory): Engine {
  return { name: "Chartwise index", search: (query) => directory.search(query.query, { system: systemOf(query), limit: 20 }).map((hit) => hit.code) };
}

type PeerDocument = { id: number; code: string; dotted: string; description: string; system: string };

function peerDocuments(entries: IndexedCode[]): PeerDocument[] {
  return entries
    .map((entry, id) => ({ id, code: entry.code, dotted: formatCode(entry.system, entry.code), description: entry.description, system: entry.system }))
    .filter((_, id) => !entries[id]!.terminated);
}

/**
 * MiniSearch over code and description, configured as its documentation suggests for a search box: every word must
 * match (falling back to any word), the last word as a prefix, words of five letters or more fuzzily, codes boosted.
 */
export function miniSearchEngine(entries: IndexedCode[]): Engine {
  const documents = peerDocuments(entries);
  const index = new MiniSearch<PeerDocument>({ fields: ["code", "dotted", "description"], storeFields: ["dotted", "system"], idField: "id" });
  index.addAll(documents);
  const options = (system: string, combineWith: "AND" | "OR"): MiniSearchOptions => ({
    prefix: (_term: string, position: number, terms: string[]) => position === terms.length - 1,
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    boost: { code: 3, dotted: 3 },
    combineWith,
    filter: (hit: MiniSearchResult) => system === "any" || hit.system === system,
  });
  return {
    name: "MiniSearch",
    search: (query) => {
      let hits = index.search(query.query, options(query.system, "AND"));
      if (hits.length < 5) hits = hits.concat(index.search(query.query, options(query.system, "OR")));
      return hits
        .map((hit) => hit.dotted as string)
        .filter((code, position, all) => all.indexOf(code) === position)
        .slice(0, 20);
    },
  };
}

/**
 * Fuse.js fuzzy matching over one text per code (the code, dotted and not, and its description), anywhere in the
 * text, with extended search so each word of the query is matched on its own (a whole-phrase pattern over 100,000
 * descriptions takes seconds a query).
 */
export function fuseEngine(entries: IndexedCode[]): Engine {
  const documents = peerDocuments(entries).map((document) => ({ ...document, text: `${document.dotted} ${document.code} ${document.description}` }));
  const bySystem = new Map<string, Fuse<(typeof documents)[number]>>();
  const options = { keys: ["text"], ignoreLocation: true, threshold: 0.3, useExtendedSearch: true };
  const fuseFor = (system: string) => {
    let fuse = bySystem.get(system);
    if (!fuse) bySystem.set(system, (fuse = new Fuse(system === "any" ? documents : documents.filter((document) => document.system === system), options)));
    return fuse;
  };
  // Extended search reads a few characters as operators (', =, !, ^, $, |): quote nothing, just drop them.
  const words = (text: string) =>
    text
      .replace(/['=!^$|"]/g, " ")
      .trim()
      .split(/\s+/)
      .join(" ");
  return {
    name: "Fuse.js",
    search: (query) =>
      fuseFor(query.system)
        .search(words(query.query), { limit: 20 })
        .map((hit) => hit.item.dotted),
  };
}

/** Codes named in `accept` lists that are not in the loaded entries (active, or a header): the labels must be real. */
export function unknownAcceptCodes(queries: LabelledQuery[], entries: IndexedCode[]): string[] {
  const known = new Set(entries.filter((entry) => !entry.terminated).map((entry) => formatCode(entry.system, entry.code)));
  return queries.flatMap((query) => query.accept.filter((code) => !known.has(code)).map((code) => `${query.query}: ${code}`));
}

export function formatScoreTable(scores: EngineScore[]): string {
  const header = `${"".padEnd(16)}${scores.map((score) => score.engine.padStart(17)).join("")}`;
  const row = (label: string, value: (score: EngineScore) => string) => `${label.padEnd(16)}${scores.map((score) => value(score).padStart(17)).join("")}`;
  const lines = [
    header,
    row("recall@5", (score) => score.recallAt5.toFixed(3)),
    row("MRR", (score) => score.meanReciprocalRank.toFixed(3)),
    row("p50 in process", (score) => `${score.p50Ms} ms`),
    row("p95 in process", (score) => `${score.p95Ms} ms`),
  ];
  const kinds = Object.keys(scores[0]?.byKind ?? {});
  lines.push("recall@5 / MRR by kind of query:");
  for (const kind of kinds)
    lines.push(
      row(
        `  ${kind} (${scores[0]!.byKind[kind]!.queries})`,
        (score) => `${score.byKind[kind]?.recallAt5.toFixed(2)} / ${score.byKind[kind]?.meanReciprocalRank.toFixed(2)}`,
      ),
    );
  return lines.join("\n");
}
