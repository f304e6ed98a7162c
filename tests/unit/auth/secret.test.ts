import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret, SECRET_FILE_NAME } from "@/lib/auth/secret";
import { EnvError, parseEnv } from "@/lib/env";

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-secret-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("resolveAuthSecret", () => {
  it("prefers NEXTAUTH_SECRET", () => {
    const secret = "s".repeat(40);
    expect(resolveAuthSecret(parseEnv({ NEXTAUTH_SECRET: secret, CHARTWISE_DATA_DIR: tempDir() }))).toBe(secret);
  });

  it("on the embedded database, makes a secret once and keeps it private in the data directory", () => {
    const dataDir = path.join(tempDir(), "nested");
    const env = parseEnv({ CHARTWISE_DATA_DIR: dataDir });
    const first = resolveAuthSecret(env);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(env)).toBe(first);
    const stat = fs.statSync(path.join(dataDir, SECRET_FILE_NAME));
    expect(stat.mode & 0o077).toBe(0);
  });

  it("refuses to start in production on PostgreSQL without a configured secret", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/chartwise", CHARTWISE_DATA_DIR: tempDir() });
    expect(() => resolveAuthSecret(env)).toThrow(EnvError);
    expect(() => resolveAuthSecret(env)).toThrow(/NEXTAUTH_SECRET.*required in production/s);
  });
});
