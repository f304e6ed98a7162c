// Every bench run's JSON under bench/results/<kind>-<time>.json, with what makes runs comparable: when, which
// database, how many cores.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Writes the result and returns its path relative to `root`. */
export function saveBenchResult(root: string, kind: "pages" | "profile", result: Record<string, unknown>): string {
  const date = new Date().toISOString();
  const file = path.join(root, "bench", "results", `${kind}-${date.replaceAll(":", "-")}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = process.env.DATABASE_URL ? "postgresql" : "pglite";
  fs.writeFileSync(file, JSON.stringify({ date, database, cpus: os.cpus().length, ...result }, null, 2));
  return path.relative(root, file);
}
