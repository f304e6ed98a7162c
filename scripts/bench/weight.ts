// npm run bench:weight — first-load JavaScript (gzip) of the main pages, signed in, against the budgets of issue #18:
// 150 KB on a page without a chart, 220 KB on a page that draws one. Starts the app as `npm start` does on a fresh
// database, or measures a running one at BENCH_BASE_URL (seeded with the demo accounts). BENCH_WEIGHT_VERBOSE=1 also
// lists each page's scripts.
import { startAppServer } from "./app-server";
import { firstLoadScripts, signIn } from "./page-weight";
import { runCommand } from "../run-command";

const CHARTLESS_BUDGET_KB = 150;
const CHART_BUDGET_KB = 220;

runCommand(async () => {
  const server = process.env.BENCH_BASE_URL
    ? null
    : await startAppServer({
        env: { ...process.env, NEXTAUTH_SECRET: "bench-secret-that-is-at-least-32-characters-long", CHARTWISE_SEED: "1" },
        log: console.log,
      });
  const base = process.env.BENCH_BASE_URL ?? server!.base;
  try {
    const learner = await signIn(base, "demo@chartwise.test", "chartwise-demo");
    const instructor = await signIn(base, "instructor@chartwise.test", "chartwise-instructor");
    const firstLink = async (pagePath: string, pattern: RegExp) =>
      pattern.exec(await (await fetch(`${base}${pagePath}`, { headers: { cookie: learner } })).text())?.[1];
    const lesson = await firstLink("/guide", /href="(\/guide\/[a-z0-9-]+\/[a-z0-9-]+)"/);
    const caseId = await firstLink("/practice", /href="\/practice\/([a-z0-9-]+)"/);
    const claim = await firstLink("/denials", /href="(\/denials\/[a-zA-Z0-9-]+)"/);

    const pages: { path: string | undefined; cookie: string; chart?: boolean }[] = [
      { path: "/", cookie: learner },
      { path: "/guide", cookie: learner },
      { path: lesson, cookie: learner },
      { path: "/practice", cookie: learner },
      { path: caseId && `/practice/${caseId}`, cookie: learner },
      { path: "/progress", cookie: learner, chart: true },
      { path: "/salary", cookie: learner, chart: true },
      { path: "/salary/model", cookie: learner, chart: true },
      { path: "/certifications/cpc", cookie: learner },
      { path: "/denials", cookie: learner },
      { path: claim, cookie: learner },
      { path: "/workday", cookie: learner },
      { path: "/instructor", cookie: instructor },
      { path: "/account", cookie: learner },
      { path: "/codes", cookie: learner },
      { path: "/codes/S52.531A", cookie: learner },
      { path: "/sign-in", cookie: "" },
    ];
    let over = 0;
    for (const page of pages) {
      if (!page.path) continue;
      const status = (await fetch(`${base}${page.path}`, { headers: { cookie: page.cookie }, redirect: "manual" })).status;
      if (status !== 200) {
        console.log(`${page.path.padEnd(48)} answers ${status}, skipped`);
        continue;
      }
      const scripts = await firstLoadScripts(base, page.path, page.cookie);
      const kb = Math.round([...scripts.values()].reduce((sum, size) => sum + size, 0) / 102.4) / 10;
      const budget = page.chart ? CHART_BUDGET_KB : CHARTLESS_BUDGET_KB;
      if (kb > budget) over++;
      console.log(`${page.path.padEnd(48)} ${kb.toFixed(1).padStart(6)} KB  (budget ${budget}${kb > budget ? ", OVER" : ""})`);
      if (process.env.BENCH_WEIGHT_VERBOSE === "1")
        for (const [source, size] of [...scripts].sort((a, b) => b[1] - a[1])) console.log(`    ${(size / 1024).toFixed(1).padStart(6)} KB  ${source}`);
    }
    if (over > 0) process.exitCode = 1;
  } finally {
    await server?.stop();
  }
});
