import { getAuthOptions } from "@/lib/auth/config";
import { getCodeDirectory } from "@/lib/codes/code-directory";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { installRequestGate } from "@/lib/http/request-gate";

/**
 * A wrong configuration or a data directory held by another process stops the server at start with a clear
 * message, rather than failing on the first request; the database is opened before that request too. The code
 * search index is built once here, in the background, so the first lookup does not wait for it. The request gate
 * (lib/http/request-gate.ts) is installed first, so it sees every request.
 */
export async function startServer(): Promise<void> {
  // next-auth builds its callback addresses from NEXTAUTH_URL; without one, the app's own address on PORT. Set here,
  // in the serving process, because production starts from the build's resolved config (scripts/start-server.sh)
  // and never runs next.config.ts.
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT || 3000}`;
  let db: Awaited<ReturnType<typeof getDatabase>>;
  try {
    const env = getEnv();
    installRequestGate({ trustedProxyHops: env.CHARTWISE_TRUSTED_PROXY_HOPS, publicUrl: env.NEXTAUTH_URL });
    getAuthOptions();
    db = await getDatabase();
  } catch (error) {
    console.error(`\nChartwise cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const started = Date.now();
  getCodeDirectory(db).then(
    (directory) =>
      console.log(`Code search ready: ${directory.index.size.toLocaleString("en-US")} codes indexed in ${((Date.now() - started) / 1000).toFixed(1)} s.`),
    (error: unknown) => console.error(`The code search index could not be built yet (${(error as Error).message}); it will be built on the first search.`),
  );
}
