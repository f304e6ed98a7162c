// npm run bench:pages — throughput, latency and page weight of the signed-in pages, against a prerendered page served
// by the same server in the same run (these machines are noisy: only ratios measured together mean anything).
// 1. prepares a throw-away embedded database (or DATABASE_URL's PostgreSQL) with the demo data and BENCH_LEARNERS
//    (default 200) learners with realistic history;
// 2. starts the app exactly as `npm start` does (building for production if needed);
// 3. signs in through the real sign-in form's endpoint, then drives load from a separate process
//    (scripts/bench/load-generator.mjs) at 1 and 50 connections on every page, a draft save and an attempt submit;
// 4. prints p50/p95/p99, requests/s, the ratio to the reference, first-load JavaScript (gzip) per page and the
//    server's RSS before and after, and saves it all as JSON under bench/results/.
import fs from "node:fs";
import path from "node:path";
import { runCommand } from "../run-command";
import { saveBenchResult } from "./save-result";
import { runLoad, startSeededServer, type Load } from "./seeded-server";
import { benchPages, referencePath } from "./bench-pages";
import { firstLoadKb } from "./page-weight";

const ROOT = process.cwd();
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const CONCURRENCY = [1, 50] as const;

type Row = {
  name: string;
  path: string;
  kind: "page" | "action" | "reference" | "api";
  connections: number;
  load: Load;
  ratio?: number;
  /** The server's resident memory right after this step. */
  rssMb?: number;
};

const load = (config: Record<string, unknown>) => runLoad({ seconds: SECONDS, ...config });

type ServerActions = Record<string, string>;
/** Server action ids by exported name, from the production build's manifest. */
function serverActions(distDir: string): ServerActions {
  const manifestFile = path.join(ROOT, distDir, "server", "server-reference-manifest.json");
  if (!fs.existsSync(manifestFile)) return {};
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const byName: ServerActions = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName && entry.filename?.includes("practice/actions")) byName[entry.exportedName] = id;
  }
  return byName;
}

runCommand(async () => {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const { base, treeRssMb, stop } = await startSeededServer(LEARNERS);
  const rssMb = () => Math.round(treeRssMb());
  try {
    const rssStart = rssMb();
    const { learner, caseId, pages: present } = await benchPages(base);
    const reference = referencePath(ROOT, distDir);

    const rows: Row[] = [];
    const record = (row: Row) => rows.push({ ...row, rssMb: rssMb() });
    const weights: Record<string, number> = { [reference]: await firstLoadKb(base, reference, "") };
    for (const page of present) weights[page.path] = await firstLoadKb(base, page.path, page.cookie);

    const actions = serverActions(distDir);
    for (const connections of CONCURRENCY) {
      console.log(`\n== ${connections} connection(s), ${SECONDS} s each`);
      const ref = await load({ url: `${base}${reference}`, connections });
      record({ name: "prerendered reference", path: reference, kind: "reference", connections, load: ref });
      for (const page of present) {
        const result = await load({ url: `${base}${page.path}`, connections, headers: { cookie: page.cookie } });
        record({ name: page.name, path: page.path, kind: "page", connections, load: result, ratio: result.requestsPerSecond / ref.requestsPerSecond });
      }
      record({
        name: "code search",
        path: "/api/codes/search?q=knee",
        kind: "api",
        connections,
        load: await load({ url: `${base}/api/codes/search?q=knee`, connections }),
      });
      if (caseId && actions.saveCodingDraft && actions.submitCoding) {
        const headers = { cookie: learner, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" };
        const draft = JSON.stringify([{ caseId, answer: { diagnoses: [{ code: "M17.11" }], procedures: [] } }]);
        record({
          name: "save a draft",
          path: `/practice/${caseId}`,
          kind: "action",
          connections,
          load: await load({
            url: `${base}/practice/${caseId}`,
            method: "POST",
            connections,
            headers: { ...headers, "next-action": actions.saveCodingDraft },
            body: draft,
          }),
        });
        const submit = JSON.stringify([{ caseId, idempotencyKey: "benchkey{{n}}", answer: { diagnoses: [{ code: "M17.11" }], procedures: [] } }]);
        record({
          name: "submit an attempt",
          path: `/practice/${caseId}`,
          kind: "action",
          connections,
          load: await load({
            url: `${base}/practice/${caseId}`,
            method: "POST",
            connections,
            headers: { ...headers, "next-action": actions.submitCoding },
            body: submit,
          }),
        });
      }
      for (const row of rows.filter((entry) => entry.connections === connections)) {
        const { load: l } = row;
        const errors = Object.entries(l.statuses)
          .filter(([status]) => !status.startsWith("2"))
          .map(([status, count]) => `${status}×${count}`)
          .join(" ");
        console.log(
          `${row.name.padEnd(24)} ${String(l.requestsPerSecond).padStart(8)} req/s  p50 ${String(l.p50).padStart(7)}  p95 ${String(l.p95).padStart(7)}  p99 ${String(l.p99).padStart(7)} ms` +
            (row.ratio === undefined ? "" : `  ${row.ratio.toFixed(2)}× ref`) +
            (weights[row.path] === undefined || (row.kind !== "page" && row.kind !== "reference") ? "" : `  JS ${weights[row.path]} KB`) +
            `  RSS ${row.rssMb} MB` +
            (errors ? `  non-2xx: ${errors}` : ""),
        );
      }
    }
    const rssEnd = rssMb();
    console.log(`\nServer RSS (all its processes): ${rssStart} MB after start, ${rssEnd} MB after the load.`);
    const resultFile = saveBenchResult(ROOT, "pages", {
      learners: LEARNERS,
      seconds: SECONDS,
      rssStartMb: rssStart,
      rssEndMb: rssEnd,
      firstLoadJsKb: weights,
      rows,
    });
    console.log(`Saved ${resultFile}`);
  } finally {
    await stop();
  }
});
