// The pages `npm run bench:pages` and `npm run bench:profile` measure, signed in as the demo learner (the instructor
// for /instructor), and the prerendered page both compare against.
import fs from "node:fs";
import path from "node:path";
import { signIn } from "./page-weight";

export type BenchPage = { name: string; path: string; cookie: string };
export type BenchSession = { learner: string; instructor: string; caseId: string | undefined; pages: BenchPage[] };

/** Signs in as the demo learner and instructor and returns the pages that answer 200 (the others are reported). */
export async function benchPages(base: string, log: (line: string) => void = console.log): Promise<BenchSession> {
  const learner = await signIn(base, "demo@chartwise.test", "chartwise-demo");
  const instructor = await signIn(base, "instructor@chartwise.test", "chartwise-instructor");
  const caseId = ((await (await fetch(`${base}/practice`, { headers: { cookie: learner } })).text()).match(/href="\/practice\/([a-z0-9-]+)"/) ?? [])[1];
  const pages: BenchPage[] = [
    { name: "guide", path: "/guide", cookie: learner },
    { name: "practice", path: "/practice", cookie: learner },
    ...(caseId ? [{ name: "case page", path: `/practice/${caseId}`, cookie: learner }] : []),
    { name: "progress", path: "/progress", cookie: learner },
    { name: "salary", path: "/salary", cookie: learner },
    { name: "credential page", path: "/certifications/cpc", cookie: learner },
    { name: "denials", path: "/denials", cookie: learner },
    { name: "workday", path: "/workday", cookie: learner },
    { name: "instructor", path: "/instructor", cookie: instructor },
  ];
  const present: BenchPage[] = [];
  for (const page of pages) {
    const status = (await fetch(`${base}${page.path}`, { headers: { cookie: page.cookie }, redirect: "manual" })).status;
    if (status === 200) present.push(page);
    else log(`  skipping ${page.path}: answers ${status}`);
  }
  return { learner, instructor, caseId, pages: present };
}

/** A lesson the build prerendered (a chart page), else the home page. */
export function referencePath(root: string, distDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  const routes = Object.keys(manifest.routes);
  return routes.find((route) => route.startsWith("/guide/") && route.split("/").length === 4) ?? routes.find((route) => route === "/") ?? routes[0]!;
}
