// npm run bench (code search part): relevance and speed of code search on the full official code sets, with the
// same labelled queries (bench/queries/code-search.yaml) given to our index, MiniSearch and Fuse.js.
// 1. In process: each engine over the same entries (recall@5, mean reciprocal rank, p50/p95 per query).
// 2. Over HTTP: the production app started as `npm start` does on a fresh embedded database (which loads the shipped
//    official files on its first start, timed), the queries replayed at one client through GET /api/codes/search (the
//    ordinary Next.js route handler), then CONCURRENCY clients for LOAD_SECONDS, then the server's memory.
// Prints a table and saves JSON under bench/results/. Other bench modules can import measureCodeSearchHttp.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CodeDirectory } from "@/lib/codes/code-directory";
import { runCommand, UsageError } from "../run-command";
import { startAppServer } from "./app-server";
import { runBenchClient } from "./bench-client";
import {
  chartwiseEngine,
  formatScoreTable,
  fuseEngine,
  loadLabelledQueries,
  loadSearchEntries,
  miniSearchEngine,
  rankOf,
  scoreEngine,
  unknownAcceptCodes,
  type EngineScore,
  type LabelledQuery,
} from "./search-relevance";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function searchUrl(base: string, query: LabelledQuery) {
  const params = new URLSearchParams({ q: query.query, limit: "20", ...(query.system === "any" ? {} : { system: query.system }) });
  return `${base}/api/codes/search?${params}`;
}

type SearchAnswer = { ms: number; status: number; body: { results?: { code: string; units?: { units: number } }[] } | string };

/**
 * The labelled queries over HTTP at one client (a warm-up pass, then the measured one), then `concurrency` clients
 * for `seconds`. Both clients run as their own processes (scripts/bench/search-replay.mjs, load-generator.mjs)
 * on keep-alive connections, so the times are the server's and the network stack's, not this process's.
 */
export async function measureCodeSearchHttp(base: string, queries: LabelledQuery[], options = { concurrency: CONCURRENCY, seconds: LOAD_SECONDS }) {
  const urls = queries.map((query) => searchUrl(base, query));
  const answers = await runBenchClient<SearchAnswer[]>("search-replay.mjs", { urls, passes: 2 });
  const latencies: number[] = [];
  let hits = 0;
  let reciprocalRanks = 0;
  let unitsRight = 0;
  const withUnits = queries.filter((query) => query.units !== undefined);
  queries.forEach((query, position) => {
    const answer = answers[position]!;
    if (answer.status !== 200 || typeof answer.body === "string") throw new Error(`${query.query}: HTTP ${answer.status}`);
    latencies.push(answer.ms);
    const results = answer.body.results ?? [];
    const codes = results.map((result) => result.code);
    const rank = rankOf(codes, query.accept);
    if (rank > 0) {
      hits++;
      reciprocalRanks += 1 / rank;
    }
    if (query.units !== undefined && results[0]?.units?.units === query.units && query.accept.includes(codes[0] ?? "")) unitsRight++;
  });
  latencies.sort((a, b) => a - b);
  const loaded = await runBenchClient<{ requests: number; requestsPerSecond: number; p50: number; p95: number; statuses: Record<string, number> }>(
    "load-generator.mjs",
    {
      urls,
      connections: options.concurrency,
      seconds: options.seconds,
    },
  );
  if (Object.keys(loaded.statuses).some((status) => status !== "200")) throw new Error(`Search under load answered ${JSON.stringify(loaded.statuses)}`);
  return {
    singleClient: {
      queries: queries.length,
      p50Ms: round(percentile(latencies, 0.5)),
      p95Ms: round(percentile(latencies, 0.95)),
      p99Ms: round(percentile(latencies, 0.99)),
      recallAt5: round(hits / queries.length, 3),
      meanReciprocalRank: round(reciprocalRanks / queries.length, 3),
      dosesBilledRight: `${unitsRight} of ${withUnits.length}`,
    },
    concurrent: {
      clients: options.concurrency,
      seconds: options.seconds,
      requests: loaded.requests,
      requestsPerSecond: loaded.requestsPerSecond,
      p50Ms: loaded.p50,
      p95Ms: loaded.p95,
    },
  };
}

runCommand(async () => {
  const queries = loadLabelledQueries();
  const entries = await loadSearchEntries();
  const unknown = unknownAcceptCodes(queries, entries);
  if (unknown.length) throw new UsageError(`Accept codes that are not active codes of the shipped files:\n  ${unknown.join("\n  ")}`);
  const kinds = Object.fromEntries(
    [...new Set(queries.map((query) => query.kind))].map((kind) => [kind, queries.filter((query) => query.kind === kind).length]),
  );
  console.log(
    `${queries.length} labelled queries (${Object.entries(kinds)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(", ")}); ${entries.length.toLocaleString("en-US")} codes.`,
  );

  console.log("In process: our index, MiniSearch and Fuse.js on the same queries (Fuse.js takes a while)…");
  const scores: EngineScore[] = [];
  const started = performance.now();
  scores.push(scoreEngine(chartwiseEngine(new CodeDirectory(entries)), queries));
  const skipPeers = process.env.BENCH_SKIP_PEERS === "1";
  if (!skipPeers) for (const engine of [miniSearchEngine(entries), fuseEngine(entries)]) scores.push(scoreEngine(engine, queries, { warmUp: false }));
  console.log(`…done in ${Math.round((performance.now() - started) / 1000)} s.`);

  console.log("Over HTTP: starting the production app on a fresh database (npm start, first-start code-set load)…");
  const server = await startAppServer({ log: (line) => /Loaded|Code search ready|Building/.test(line) && console.log(`  app: ${line}`) });
  try {
    const rssAtStart = await server.serverRssMb();
    const http = await measureCodeSearchHttp(server.base, queries);
    const rssAfterLoad = await server.serverRssMb();
    const treeAfterLoad = Math.round(server.treeRssMb());
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg().map((value) => round(value, 1)) },
      queries: { total: queries.length, byKind: kinds },
      inProcess: scores.map(({ misses, ...score }) => ({
        ...score,
        missed: misses.filter((miss) => !miss.got.slice(0, 5).some((code) => miss.accept.includes(code))).map((miss) => miss.query),
      })),
      http: { route: "GET /api/codes/search (Next.js route handler)", ...http },
      server: {
        firstStartSeconds: round(server.startSeconds, 1),
        rssMbAtStart: rssAtStart,
        rssMbAfterLoad: rssAfterLoad,
        npmStartTreeRssMbAfterLoad: treeAfterLoad,
      },
    };
    fs.mkdirSync("bench/results", { recursive: true });
    const file = path.join("bench/results", `code-search-${result.date.replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`
Code search, ${queries.length} labelled queries, in process on the same entries:
${formatScoreTable(scores)}

Over HTTP through the route handler (one client): p50 ${http.singleClient.p50Ms} ms, p95 ${http.singleClient.p95Ms} ms, p99 ${http.singleClient.p99Ms} ms;
  recall@5 ${http.singleClient.recallAt5}, MRR ${http.singleClient.meanReciprocalRank}; doses billed right ${http.singleClient.dosesBilledRight}
${http.concurrent.clients} concurrent clients for ${http.concurrent.seconds} s: ${http.concurrent.requestsPerSecond} requests/s, p95 ${http.concurrent.p95Ms} ms
First start on a fresh database (official code sets loaded): ${result.server.firstStartSeconds} s
Server memory: ${rssAtStart} MB RSS at start, ${rssAfterLoad} MB after the load test (all processes of npm start: ${treeAfterLoad} MB)
Machine load average during the run: ${result.machine.loadAverage.join(", ")} on ${result.machine.cpus} cores
Saved ${file}`);
  } finally {
    await server.stop();
  }
});
