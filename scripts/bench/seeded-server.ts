// The page benchmarks' server: a throw-away database (or DATABASE_URL's PostgreSQL) with the demo data and N learners
// with history, and the app started on it exactly as `npm start` does (scripts/bench/app-server.ts).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startAppServer, type AppServer } from "./app-server";
import { runBenchClient } from "./bench-client";

const SECRET = "bench-secret-that-is-at-least-32-characters-long";

/** Seeds `learners` learners, starts the app (with `serverEnv` on top of its environment) and waits until it is healthy. */
export function startSeededServer(learners: number, serverEnv: Record<string, string> = {}, note = ""): Promise<AppServer> {
  return startAppServer({
    env: { NEXTAUTH_SECRET: SECRET, CHARTWISE_SEED: "1", ...serverEnv },
    log: console.log,
    timeoutSeconds: 600,
    beforeStart: (env) => {
      console.log(`Seeding ${learners} learners with history into ${process.env.DATABASE_URL ? "PostgreSQL" : env.CHARTWISE_DATA_DIR}…`);
      execFileSync(path.resolve("node_modules", ".bin", "tsx"), [path.join(import.meta.dirname, "seed-bench.ts"), String(learners)], { env, stdio: "inherit" });
      console.log(`Starting the app as npm start does${note}…`);
    },
  });
}

/** One load step's result from scripts/bench/load-generator.mjs. */
export type Load = { requests: number; requestsPerSecond: number; p50: number; p95: number; p99: number; statuses: Record<string, number> };

/** Drives one load step from its own process. */
export const runLoad = (config: Record<string, unknown>) => runBenchClient<Load>("load-generator.mjs", config);
