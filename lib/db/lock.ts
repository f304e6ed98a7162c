import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

type LockOwner = { pid: number; hostname: string; command: string; startedAt: string };

const heldLocks = new Set<string>();

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/**
 * Takes the embedded database's data directory for this process. PGlite has no locking of its own: a second
 * process on the same directory silently loses its writes, so we refuse instead. A lock left by a process that
 * no longer runs is taken over.
 */
export function acquireDataDirLock(dataDir: string, command = process.argv.slice(1).join(" ")): () => void {
  const lockPath = lockPathFor(dataDir);
  if (heldLocks.has(lockPath)) return () => releaseDataDirLock(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), command, startedAt: new Date().toISOString() };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(owner), { flag: "wx" });
      heldLocks.add(lockPath);
      return () => releaseDataDirLock(dataDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const current = readOwner(lockPath);
    const heldElsewhere = current && current.hostname === os.hostname() && isProcessAlive(current.pid);
    const heldOnOtherHost = current && current.hostname !== os.hostname();
    if (heldElsewhere || heldOnOtherHost) {
      throw new DataDirLockedError(
        `The embedded database in ${path.resolve(dataDir)} is in use by process ${current.pid} on ${current.hostname}` +
          ` (${current.command || "unknown command"}, since ${current.startedAt}).\n` +
          `Only one process may open it at a time. Stop that process first (for example the running app server),` +
          ` then run this command again. If no such process exists, delete ${lockPath}.`,
      );
    }
    fs.rmSync(lockPath, { force: true });
  }
  throw new DataDirLockedError(`Could not take the lock ${lockPath}; another process is starting on the same data directory.`);
}

export function releaseDataDirLock(dataDir: string): void {
  const lockPath = lockPathFor(dataDir);
  if (!heldLocks.delete(lockPath)) return;
  if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}

process.once("exit", () => {
  for (const lockPath of heldLocks) {
    if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  }
});
