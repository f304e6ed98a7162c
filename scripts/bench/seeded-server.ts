// The page benchmarks' server: a throw-away database (or DATABASE_URL's PostgreSQL) with the demo data and N learners
// with history, and the app started on it exactly as `npm start` does.
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runBenchClient } from "./bench-client";
import { freePort, spawnProductionServer, waitForHealth } from "./app-server";

const SECRET = "bench-secret-that-is-at-least-32-characters-long";

export type SeededServer = { base: string; server: ChildProcess; stop: () => Promise<void> };

/** Seeds `learners` learners, starts the app (with `serverEnv` on top of its environment) and waits until it is healthy. */
export async function startSeededServer(learners: number, serverEnv: Record<string, string> = {}, note = ""): Promise<SeededServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-bench-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, CHARTWISE_DATA_DIR: dataDir, PORT: String(port), NEXTAUTH_URL: base, NEXTAUTH_SECRET: SECRET, CHARTWISE_SEED: "1" };

  console.log(`Seeding ${learners} learners with history into ${process.env.DATABASE_URL ? "PostgreSQL" : dataDir}…`);
  execFileSync(path.resolve("node_modules", ".bin", "tsx"), [path.join(import.meta.dirname, "seed-bench.ts"), String(learners)], { env, stdio: "inherit" });

  console.log(`Starting the app as npm start does${note}…`);
  const server = spawnProductionServer({ ...env, ...serverEnv });
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base, 600_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, server, stop };
}

/** One load step's result from scripts/bench/load-generator.mjs. */
export type Load = { requests: number; requestsPerSecond: number; p50: number; p95: number; p99: number; statuses: Record<string, number> };

/** Drives one load step from its own process. */
export const runLoad = (config: Record<string, unknown>) => runBenchClient<Load>("load-generator.mjs", config);
