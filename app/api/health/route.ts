// GET /api/health: app and database status as JSON (200 when healthy, 503 otherwise), for load balancers and operators.
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { checkHealth } from "@/lib/health/check-health";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(getDatabase, {
    kind: getEnv().usesEmbeddedDatabase ? "pglite" : "postgresql",
    version: packageJson.version,
  });
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
