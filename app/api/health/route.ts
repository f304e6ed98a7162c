// GET /api/health: 200 {"status":"ok"} when the app and its database are up and migrated, 503 otherwise, for load
// balancers. The details (version, uptime, memory, database latency and migrations) only for a signed-in admin or
// a request with `Authorization: Bearer $CHARTWISE_HEALTH_TOKEN`.
import { getCurrentUser } from "@/lib/auth/current-user";
import { canManageUsers } from "@/lib/auth/policy";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { checkHealth, publicHealth, tokenMatches } from "@/lib/health/check-health";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const env = getEnv();
  const report = await checkHealth(getDatabase, { kind: env.usesEmbeddedDatabase ? "pglite" : "postgresql", version: packageJson.version });
  const detailed = tokenMatches(request.headers.get("authorization"), env.CHARTWISE_HEALTH_TOKEN) || (await isAdmin());
  return Response.json(detailed ? report : publicHealth(report), {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

async function isAdmin(): Promise<boolean> {
  try {
    const user = await getCurrentUser();
    return user !== null && canManageUsers(user);
  } catch {
    return false;
  }
}
