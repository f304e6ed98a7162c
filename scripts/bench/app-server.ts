// Starts the production app the way a newcomer does (`npm start`: scripts/prepare.ts, then `next start`) on a fresh
// embedded database in a throw-away data directory, for benchmarks. Reusable by any bench module: start, measure,
// read memory, stop.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type AppServer = {
  base: string;
  dataDir: string;
  /** Sends a signal to the serving process (bench:profile's hook listens for SIGUSR2). */
  signal: (signal: NodeJS.Signals) => void;
  /** Seconds from the start command to the first healthy answer: build check, migrations, the first-start code-set load. */
  startSeconds: number;
  /** The serving process's resident memory (MB). */
  serverRssMb: () => Promise<number>;
  /** Resident memory (MB) of the serving process and any children it started. */
  treeRssMb: () => number;
  stop: () => Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function rssMbOf(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/**
 * `npm start`'s two halves, without npm in between: the preparation (build if needed, migrate, load the code
 * sets, seed) runs to its end, then `next start` is the one serving process, so its memory is the app's.
 */
export function spawnProductionServer(env: NodeJS.ProcessEnv, stdio: "inherit" | "pipe" = "inherit", onPrepareOutput?: (chunk: Buffer) => void): ChildProcess {
  const prepare = execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/prepare.ts"], { env, stdio: stdio === "inherit" ? "inherit" : "pipe" });
  if (prepare && onPrepareOutput) onPrepareOutput(prepare);
  // The script execs `next start` with the server's memory settings, so the spawned process is the server itself.
  return spawn("sh", [path.resolve("scripts/start-server.sh")], {
    env: { ...env, NODE_ENV: "production" },
    stdio: ["ignore", stdio, stdio],
    detached: true,
  });
}

export async function startAppServer(
  options: {
    env?: Record<string, string | undefined>;
    log?: (line: string) => void;
    timeoutSeconds?: number;
    /** Runs with the app's environment once its data directory exists, before the app starts (e.g. seeding). */
    beforeStart?: (env: NodeJS.ProcessEnv) => void;
  } = {},
): Promise<AppServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-bench-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), CHARTWISE_DATA_DIR: dataDir, NEXTAUTH_URL: base, ...options.env };
  options.beforeStart?.(env);
  const started = performance.now();
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (line.trim() === "") continue;
      output.push(line);
      options.log?.(line);
    }
  };
  const child = spawnProductionServer(env, "pipe", collect);
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = started + (options.timeoutSeconds ?? 900) * 1000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The app stopped before it was ready:\n${output.slice(-20).join("\n")}`);
    }
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`The app was not ready within ${options.timeoutSeconds ?? 900} s:\n${output.slice(-20).join("\n")}`);
    }
    const ok = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const startSeconds = (performance.now() - started) / 1000;
  return {
    base,
    dataDir,
    signal: (signal) => child.kill(signal),
    startSeconds,
    serverRssMb: async () => Math.round(rssMbOf(child.pid!)),
    treeRssMb: () => [child.pid!, ...descendants(child.pid!)].reduce((sum, pid) => sum + rssMbOf(pid), 0),
    stop,
  };
}

/** Resolves once the app answers its health check; rejects after `timeoutMs`. */
export async function waitForHealth(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer ${base}/api/health within ${timeoutMs / 1000} s.`);
}
