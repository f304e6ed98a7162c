import { getAuthOptions } from "@/lib/auth/config";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

/**
 * A wrong configuration or a data directory held by another process stops the server at start with a clear
 * message, rather than failing on the first request; the database is opened before that request too.
 */
export async function checkServerCanStart(): Promise<void> {
  try {
    getEnv();
    getAuthOptions();
    await getDatabase();
  } catch (error) {
    console.error(`\nChartwise cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
