// The embedded database's data-directory lock, in one place. Plain JavaScript so that both the app (through
// lib/db/lock.ts) and the offline schema engine (scripts/db/schema-engine.mjs, run by Prisma's CLI with plain node)
// use the very same code. PGlite has no locking of its own: a second process on the same directory silently loses
// its writes, so a second opener is refused with a message naming the holder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class DataDirLockedError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "DataDirLockedError";
  }
}

/** @typedef {{ pid: number; hostname: string; command: string; startedAt: string }} LockOwner */

/** @type {Set<string>} */
const heldLocks = new Set();

/** @param {number} pid */
function isProcessAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
}

/** @param {string} lockPath @returns {LockOwner | undefined} */
function readOwner(lockPath) {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8"));
  } catch {
    return undefined;
  }
}

/** @param {string} dataDir */
export function lockPathFor(dataDir) {
  return `${path.resolve(dataDir)}.lock`;
}

/**
 * Takes the data directory for this process and returns the release function. A lock left by a process that no
 * longer runs is taken over; one held by a live process (or by any process on another host) is refused.
 * @param {string} dataDir
 * @param {string} [command] what the lock file says holds it
 * @returns {() => void}
 */
export function acquireDataDirLock(dataDir, command = process.argv.slice(1).join(" ")) {
  const lockPath = lockPathFor(dataDir);
  if (heldLocks.has(lockPath)) return () => releaseDataDirLock(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  /** @type {LockOwner} */
  const owner = { pid: process.pid, hostname: os.hostname(), command: command.slice(0, 300), startedAt: new Date().toISOString() };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(owner), { flag: "wx" });
      heldLocks.add(lockPath);
      return () => releaseDataDirLock(dataDir);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
    }
    const current = readOwner(lockPath);
    const heldElsewhere = current && current.hostname === os.hostname() && isProcessAlive(current.pid);
    const heldOnOtherHost = current && current.hostname !== os.hostname();
    if (current && (heldElsewhere || heldOnOtherHost)) {
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

/** @param {string} dataDir */
export function releaseDataDirLock(dataDir) {
  const lockPath = lockPathFor(dataDir);
  if (!heldLocks.delete(lockPath)) return;
  if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}

process.once("exit", () => {
  for (const lockPath of heldLocks) {
    if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  }
});
