// npm run bench:profile — where each signed-in page's server CPU goes under load, for the pages that do not reach
// issue 18's throughput budget. Same set-up as bench:pages (a throw-away database with the demo data and
// BENCH_LEARNERS learners, the app started as `npm start` does), with a profiler hook preloaded into the server
// (cpu-profile-hook.mjs). For each page: a warm-up at 50 connections, then V8's sampling profiler runs inside the
// server for exactly one load step at 50 connections. It prints the server's CPU per request by part of the stack
// (source-mapped through the build's maps) against the CPU a request may take for the page to reach 0.25× the
// prerendered page, saves the summary as JSON under bench/results/ and keeps the raw profiles (open them in Chrome
// DevTools' Performance panel) in the directory it names.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runCommand } from "../run-command";
import { benchPages, referencePath } from "./bench-pages";
import { saveBenchResult } from "./save-result";
import { runLoad, startSeededServer, type Load } from "./seeded-server";
import { CATEGORY_LABELS, PROFILE_CATEGORIES, sourceMapLocator, summariseProfile, type CpuProfile, type ProfileSummary } from "./cpu-profile-summary";

const ROOT = process.cwd();
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 6);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const CONNECTIONS = 50;
const BUDGET_RATIO = 0.25;

const load = (config: Record<string, unknown>) => runLoad({ seconds: SECONDS, ...config });

async function waitForFile(file: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`The server wrote no profile at ${file} within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return fs.readFileSync(file, "utf8");
}

const ms = (value: number) => value.toFixed(1).padStart(5);

runCommand(async () => {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-profiles-"));
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const hook = pathToFileURL(path.join(import.meta.dirname, "cpu-profile-hook.mjs")).href;
  const { base, signal, stop } = await startSeededServer(
    LEARNERS,
    { CHARTWISE_PROFILE_DIR: profileDir, NODE_OPTIONS: `--import ${hook}${process.env.NODE_OPTIONS ? ` ${process.env.NODE_OPTIONS}` : ""}` },
    ", with the profiler hook",
  );
  const locate = sourceMapLocator(ROOT);
  let written = 0;
  /** Profiles one load step: the hook starts on the first signal and writes the profile on the second. */
  const profiled = async (config: Record<string, unknown>): Promise<{ load: Load; summary: ProfileSummary }> => {
    signal("SIGUSR2");
    await new Promise((resolve) => setTimeout(resolve, 100));
    // No warm-up inside the profiled step (each page is warmed up before it): the profile covers exactly the
    // requests counted.
    const result = await load({ ...config, warmupSeconds: 0 });
    signal("SIGUSR2");
    const profile = JSON.parse(await waitForFile(path.join(profileDir, `${++written}.cpuprofile`))) as CpuProfile;
    return { load: result, summary: summariseProfile(profile, locate) };
  };

  try {
    const { pages } = await benchPages(base);
    const reference = referencePath(ROOT, distDir);
    await load({ url: `${base}${reference}`, connections: CONNECTIONS, seconds: 2 });
    const ref = await profiled({ url: `${base}${reference}`, connections: CONNECTIONS });
    const perRequest = (summary: ProfileSummary, requests: number) => summary.busyMs / Math.max(1, requests);
    const referenceCpu = perRequest(ref.summary, ref.load.requests);
    // The server renders on one JavaScript thread, so a page's throughput is about one second over its CPU a request:
    // it reaches the budget ratio when a request costs at most this much.
    const budgetCpu = 1000 / (BUDGET_RATIO * ref.load.requestsPerSecond);
    console.log(
      `\nPrerendered reference ${reference}: ${ref.load.requestsPerSecond} requests/s, ${referenceCpu.toFixed(2)} ms of server CPU a request;` +
        ` ${BUDGET_RATIO}× of it allows ${budgetCpu.toFixed(1)} ms a request.\n`,
    );

    const rows = [];
    for (const page of pages) {
      const config = { url: `${base}${page.path}`, connections: CONNECTIONS, headers: { cookie: page.cookie } };
      const htmlKb = Buffer.byteLength(await (await fetch(config.url, { headers: config.headers })).text()) / 1024;
      await load({ ...config, seconds: 2 });
      const { load: result, summary } = await profiled(config);
      const cpu = perRequest(summary, result.requests);
      const share = (category: (typeof PROFILE_CATEGORIES)[number]) => summary.byCategory[category] / Math.max(1, result.requests);
      rows.push({
        name: page.name,
        path: page.path,
        htmlKb,
        load: result,
        ratio: result.requestsPerSecond / ref.load.requestsPerSecond,
        cpuMsPerRequest: cpu,
        summary,
      });
      console.log(
        `${page.name.padEnd(16)} ${String(result.requestsPerSecond).padStart(6)} req/s  ${(result.requestsPerSecond / ref.load.requestsPerSecond).toFixed(2)}×  ` +
          `CPU ${ms(cpu)} ms/request (budget ${budgetCpu.toFixed(1)}; ${(cpu / budgetCpu).toFixed(1)}× over)  HTML ${htmlKb.toFixed(0)} KB`,
      );
      console.log(`    ${PROFILE_CATEGORIES.map((category) => `${category} ${share(category).toFixed(1)}`).join("  ")}`);
      for (const entry of summary.top.slice(0, 5)) {
        console.log(`    ${ms(entry.ms / Math.max(1, result.requests))} ms  ${entry.name} (${entry.source || entry.category})`);
      }
    }

    console.log(`\nCategories: ${PROFILE_CATEGORIES.map((category) => `${category} = ${CATEGORY_LABELS[category]}`).join("; ")}.`);
    const resultFile = saveBenchResult(ROOT, "profile", {
      learners: LEARNERS,
      seconds: SECONDS,
      connections: CONNECTIONS,
      reference: { path: reference, load: ref.load, cpuMsPerRequest: referenceCpu, summary: ref.summary },
      budgetCpuMsPerRequest: budgetCpu,
      rows,
    });
    console.log(`Saved ${resultFile}; raw profiles in ${profileDir}`);
  } finally {
    await stop();
  }
});
