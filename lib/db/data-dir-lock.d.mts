export class DataDirLockedError extends Error {}
export function lockPathFor(dataDir: string): string;
export function acquireDataDirLock(dataDir: string, command?: string): () => void;
export function releaseDataDirLock(dataDir: string): void;
