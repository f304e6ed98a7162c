import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const serverActionFiles = sourceFiles(path.join(root, "app")).filter((file) => /^\s*["']use server["'];?/.test(readFileSync(file, "utf8")));

// The pipeline (app/_lib/action.ts) reads the session, checks the policy and maps errors; action files only declare.
describe('"use server" files', () => {
  it("exist (the scan finds them)", () => {
    expect(serverActionFiles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(serverActionFiles.map((file) => [path.relative(root, file), file]))("%s never reads the session itself", (_name, file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/getCurrentUser|getServerSession|require(User|Role|Policy)\(/);
    expect(source).not.toMatch(/domainErrorResult|invalidResult/);
  });

  it.each(serverActionFiles.map((file) => [path.relative(root, file), file]))("%s builds every export with action() or formAction()", (_name, file) => {
    const source = readFileSync(file, "utf8");
    const exports = [...source.matchAll(/^export\s+(async\s+function|function|const)\s+(\w+)\s*=?\s*(\w*)/gm)];
    for (const [, kind, name, builder] of exports) {
      expect(kind, `${name} in ${file}`).toBe("const");
      expect(["action", "formAction"], `${name} in ${file}`).toContain(builder);
    }
  });
});
