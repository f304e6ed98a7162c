import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every server action the app exports (the names of `export const` in "use server" files under app/). */
export function listServerActions(): string[] {
  return sourceFiles(path.join(root, "app"))
    .map((file) => readFileSync(file, "utf8"))
    .filter((source) => /^\s*["']use server["'];?/.test(source))
    .flatMap((source) => [...source.matchAll(/^export const (\w+)/gm)].map((match) => match[1]!));
}

/** Every route handler file under app/api, as its URL pattern. */
export function listRouteHandlers(): string[] {
  return sourceFiles(path.join(root, "app", "api"))
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/")}`);
}
