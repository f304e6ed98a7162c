// npm run bench: code search speed and relevance on the full official code sets, served by the running app.
// 1. imports the ICD-10-CM and HCPCS files from ../shared/data into a throw-away embedded database (timed);
// 2. starts the production app on it (npm start) with the benchmark's baseline engine switched on;
// 3. replays the labelled queries in bench/queries/code-search.yaml over HTTP: one client (p50/p95), then
//    20 concurrent clients (throughput), for the index and for a plain ILIKE scan of the same table;
// 4. scores relevance (recall@5, mean reciprocal rank) and prints and saves everything to bench/results/.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { importCodeSet, readCodeFile, sha256OfFile } from "@/lib/codes/import-code-set";
import { withCommandDatabase } from "../db/prepare-database";
import { runCommand, UsageError } from "../run-command";

const DATA_DIR = path.resolve(process.env.CHARTWISE_OFFICIAL_DATA ?? path.join("..", "shared", "data"));
const ICD_FILE = path.join(DATA_DIR, "icd10cm_order_2026.txt.gz");
const HCPCS_FILE = path.join(DATA_DIR, "HCPC2025_JAN_ANWEB_12172024.txt");
const CONCURRENCY = 20;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);

const QuerySchema = z.object({ query: z.string().min(1), kind: z.string(), system: z.enum(["icd10cm", "hcpcs", "any"]), accept: z.array(z.string()).min(1) });
type LabelledQuery = z.infer<typeof QuerySchema>;
type Engine = "index" | "baseline";

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function searchUrl(base: string, query: LabelledQuery, engine: Engine) {
  const params = new URLSearchParams({ q: query.query, limit: "20", ...(query.system === "any" ? {} : { system: query.system }), ...(engine === "baseline" ? { engine } : {}) });
  return `${base}/api/codes/search?${params}`;
}

async function timedSearch(base: string, query: LabelledQuery, engine: Engine): Promise<{ ms: number; codes: string[] }> {
  const started = performance.now();
  const response = await fetch(searchUrl(base, query, engine));
  const body = (await response.json()) as { results: { code: string }[] };
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${query.query}: HTTP ${response.status}`);
  return { ms, codes: body.results.map((result) => result.code) };
}

async function singleClient(base: string, queries: LabelledQuery[], engine: Engine) {
  for (const query of queries) await timedSearch(base, query, engine); // warm-up pass
  const latencies: number[] = [];
  let hits = 0;
  let reciprocalRanks = 0;
  for (const query of queries) {
    const { ms, codes } = await timedSearch(base, query, engine);
    latencies.push(ms);
    const rank = codes.slice(0, 5).findIndex((code) => query.accept.includes(code));
    if (rank !== -1) {
      hits++;
      reciprocalRanks += 1 / (rank + 1);
    }
  }
  latencies.sort((a, b) => a - b);
  return {
    queries: queries.length,
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    meanMs: round(latencies.reduce((sum, value) => sum + value, 0) / latencies.length),
    recallAt5: round(hits / queries.length, 3),
    meanReciprocalRank: round(reciprocalRanks / queries.length, 3),
  };
}

async function underLoad(base: string, queries: LabelledQuery[], engine: Engine, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const query = queries[next++ % queries.length]!;
        latencies.push((await timedSearch(base, query, engine)).ms);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { clients: CONCURRENCY, seconds, requests: latencies.length, requestsPerSecond: round(latencies.length / seconds, 1), p50Ms: round(percentile(latencies, 0.5)), p95Ms: round(percentile(latencies, 0.95)) };
}

runCommand(async () => {
  for (const file of [ICD_FILE, HCPCS_FILE]) {
    if (!fs.existsSync(file)) throw new UsageError(`The benchmark needs the official file ${file} (set CHARTWISE_OFFICIAL_DATA to its folder).`);
  }
  const queries = z.array(QuerySchema).parse(parseYaml(fs.readFileSync("bench/queries/code-search.yaml", "utf8")));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-bench-"));
  const target = { kind: "pglite" as const, dir: path.join(dataDir, "pglite") };
  console.log(`Benchmark data directory: ${dataDir}`);

  const imports = await withCommandDatabase(target, () => {}, async (db) => {
    const timings: Record<string, { seconds: number; codes: number }> = {};
    for (const [system, file, version] of [["icd10cm", ICD_FILE, "FY2026"], ["hcpcs", HCPCS_FILE, "2025-01"]] as const) {
      const started = performance.now();
      const records = await readCodeFile(system, file);
      const report = await importCodeSet(db, { system, version, sourceFile: file, sha256: sha256OfFile(file), records });
      timings[system] = { seconds: round((performance.now() - started) / 1000, 1), codes: report.total };
      console.log(`Imported ${system} ${version}: ${report.total} codes in ${timings[system].seconds} s`);
    }
    return timings;
  });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), CHARTWISE_DATA_DIR: dataDir, CHARTWISE_BENCH: "1", CHARTWISE_SEED: "1", NEXTAUTH_URL: base },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  server.stdout!.on("data", () => {});
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 300) throw new Error("The app did not start within 5 minutes.");
      const ok = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await timedSearch(base, queries[0]!, "index"); // builds the in-memory index
    const health = (await (await fetch(`${base}/api/health`)).json()) as { app: { memoryMb: number } };

    console.log(`Replaying ${queries.length} labelled queries…`);
    const index = await singleClient(base, queries, "index");
    const baseline = await singleClient(base, queries, "baseline");
    const indexLoad = await underLoad(base, queries, "index", LOAD_SECONDS);
    const baselineLoad = await underLoad(base, queries, "baseline", Math.min(LOAD_SECONDS, 5));

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      data: { icd10cm: imports.icd10cm, hcpcs: imports.hcpcs },
      serverMemoryMb: health.app.memoryMb,
      singleClient: { index, baseline, p50Ratio: round(baseline.p50Ms / index.p50Ms, 1), p95Ratio: round(baseline.p95Ms / index.p95Ms, 1) },
      concurrent: { index: indexLoad, baseline: baselineLoad, throughputRatio: round(indexLoad.requestsPerSecond / baselineLoad.requestsPerSecond, 1) },
      byKind: Object.fromEntries([...new Set(queries.map((query) => query.kind))].map((kind) => [kind, queries.filter((query) => query.kind === kind).length])),
    };
    fs.mkdirSync("bench/results", { recursive: true });
    const file = path.join("bench/results", `code-search-${result.date.replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

    console.log(`
Code search over HTTP, ${queries.length} queries (${Object.entries(result.byKind).map(([kind, count]) => `${count} ${kind}`).join(", ")})
                      index        baseline (ILIKE scan)   ratio
  single client p50   ${String(index.p50Ms).padEnd(8)} ms  ${String(baseline.p50Ms).padEnd(8)} ms             ${result.singleClient.p50Ratio}×
  single client p95   ${String(index.p95Ms).padEnd(8)} ms  ${String(baseline.p95Ms).padEnd(8)} ms             ${result.singleClient.p95Ratio}×
  ${CONCURRENCY} clients          ${String(indexLoad.requestsPerSecond).padEnd(8)} /s  ${String(baselineLoad.requestsPerSecond).padEnd(8)} /s             ${result.concurrent.throughputRatio}×
  ${CONCURRENCY} clients p95      ${String(indexLoad.p95Ms).padEnd(8)} ms  ${String(baselineLoad.p95Ms).padEnd(8)} ms
  recall@5            ${String(index.recallAt5).padEnd(11)} ${String(baseline.recallAt5).padEnd(11)}
  MRR                 ${String(index.meanReciprocalRank).padEnd(11)} ${String(baseline.meanReciprocalRank).padEnd(11)}
  ICD-10-CM import    ${imports.icd10cm!.seconds} s for ${imports.icd10cm!.codes} codes; HCPCS ${imports.hcpcs!.seconds} s
  server memory       ${result.serverMemoryMb} MB RSS with the full sets loaded
Saved ${file}`);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 1500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
