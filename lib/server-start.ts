import { getAuthOptions } from "@/lib/auth/config";
import { answerCodeSearch, type CodeSearchAnswer } from "@/lib/codes/answer-code-search";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

/** Handlers the production server (scripts/serve.ts) may call without going through Next's request pipeline. */
export type FastPaths = { codeSearch: (params: Record<string, string>) => Promise<CodeSearchAnswer> };

/**
 * A wrong configuration or a data directory held by another process stops the server at start with a clear
 * message, rather than failing on the first request; the database is opened before that request too.
 */
export async function checkServerCanStart(): Promise<void> {
  try {
    const env = getEnv();
    getAuthOptions();
    const db = await getDatabase();
    // Registered from inside the Next.js bundle so the fast path shares this bundle's modules (one database
    // client, one search index, one set of error classes) instead of loading a second copy of lib/.
    const fastPaths: FastPaths = { codeSearch: (params) => answerCodeSearch(db, params, env.CHARTWISE_BENCH === "1") };
    (globalThis as { __chartwiseFastPaths?: FastPaths }).__chartwiseFastPaths = fastPaths;
  } catch (error) {
    console.error(`\nChartwise cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
