// The data-directory lock lives in lib/db/data-dir-lock.mjs, shared with the offline schema engine.
export { acquireDataDirLock, DataDirLockedError, lockPathFor, releaseDataDirLock } from "./data-dir-lock.mjs";
