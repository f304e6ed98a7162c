import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, lockPathFor } from "@/lib/db/lock";

const dirs: string[] = [];
function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function writeLock(dataDir: string, pid: number, hostname = os.hostname()) {
  fs.writeFileSync(lockPathFor(dataDir), JSON.stringify({ pid, hostname, command: "next start", startedAt: "2026-01-01T00:00:00Z" }));
}

describe("data directory lock", () => {
  it("is taken, re-entered by the same process, and released", () => {
    const dataDir = tempDataDir();
    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), "utf8")).pid).toBe(process.pid);
    acquireDataDirLock(dataDir);
    release();
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it("refuses while another live process holds it, naming that process", async () => {
    const dataDir = tempDataDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeLock(dataDir, holder.pid!);
      expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dataDir)).toThrow(new RegExp(`in use by process ${holder.pid}.*next start`, "s"));
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that has ended", async () => {
    const dataDir = tempDataDir();
    const ended = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => ended.on("exit", resolve));
    writeLock(dataDir, ended.pid!);
    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("treats a lock from another host (a shared volume) as held", () => {
    const dataDir = tempDataDir();
    writeLock(dataDir, 1, "another-host");
    expect(() => acquireDataDirLock(dataDir)).toThrow(/another-host/);
  });
});
