// The first half of `npm start`, which takes a fresh checkout to a running app: it generates the Prisma client and
// builds for production when the sources changed, applies migrations, loads the shipped official code sets and
// seeds the demo data on first run, then exits; `next start` (compiled JavaScript, one process) serves the app on
// PORT (default 3000).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getEnv } from "@/lib/env";
import { databaseTargetFromEnv, describeTarget } from "@/lib/db/target";
import { prepareDatabase } from "./db/prepare-database";
import { runCommand } from "./run-command";

const ROOT = process.cwd();
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "types",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function fingerprint(inputs: string[]): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(ROOT, relative);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(full).sort()) visit(path.join(relative, entry));
    } else {
      hash.update(`${relative}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  inputs.forEach(visit);
  return hash.digest("hex");
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
}

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

function generatePrismaClientIfNeeded() {
  const stampFile = path.join(ROOT, "generated", "prisma", ".schema-fingerprint");
  const current = fingerprint(["prisma/schema.prisma", "package-lock.json"]);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === current) return;
  console.log("Generating the Prisma client…");
  run(bin("prisma"), ["generate"]);
  fs.writeFileSync(stampFile, current);
}

function buildIfNeeded(distDir: string) {
  const stampFile = path.join(ROOT, distDir, "chartwise-build-fingerprint");
  const current = fingerprint(BUILD_INPUTS);
  const built = fs.existsSync(path.join(ROOT, distDir, "BUILD_ID")) && fs.existsSync(stampFile);
  if (built && fs.readFileSync(stampFile, "utf8") === current) return;
  console.log("Building Chartwise for production (first start or sources changed; this takes a minute or two)…");
  run(bin("next"), ["build"], { ...process.env, NODE_ENV: "production" as const });
  fs.writeFileSync(stampFile, current);
}

runCommand(async () => {
  const env = getEnv();
  // The server runs in production mode: fail now, before building, if it would refuse to start.
  resolveAuthSecret({ ...env, NODE_ENV: "production" });
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  generatePrismaClientIfNeeded();
  buildIfNeeded(distDir);

  const target = databaseTargetFromEnv(env);
  await prepareDatabase(target, { seed: env.CHARTWISE_SEED === "1", log: console.log });

  console.log(`Starting Chartwise on http://localhost:${env.PORT} (${describeTarget(target)})`);
});
