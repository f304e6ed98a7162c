// Runs one of the bench's client scripts (load-generator.mjs, search-replay.mjs) as its own process, so its CPU and
// garbage collection are not counted in the server's answer times, and returns its JSON output. Asynchronously, so
// the bench keeps reading the server's output meanwhile (a full pipe would stall the server).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export async function runBenchClient<T>(script: "load-generator.mjs" | "search-replay.mjs", config: object): Promise<T> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-bench-client-"));
  const file = path.join(directory, "config.json");
  fs.writeFileSync(file, JSON.stringify(config));
  try {
    const output = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [path.join(import.meta.dirname, script), file], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    return JSON.parse(output) as T;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
