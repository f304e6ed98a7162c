import type { Database } from "@/lib/db/client";

export const THROTTLE_WINDOW_SECONDS = 60;

export function throttleKeys(email: string, ip: string | undefined): string[] {
  return ip ? [`email:${email}`, `ip:${ip}`] : [`email:${email}`];
}

/**
 * Seconds until another attempt is allowed, or 0. Failures are rows in the database, so the limit holds across
 * every app instance behind a load balancer.
 */
export async function secondsUntilSignInAllowed(
  db: Database,
  keys: string[],
  maxFailuresPerWindow: number,
  now = new Date(),
): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_SECONDS * 1000);
  let wait = 0;
  for (const key of keys) {
    const failures = await db.signInFailure.findMany({
      where: { key, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      take: maxFailuresPerWindow,
      select: { createdAt: true },
    });
    if (failures.length < maxFailuresPerWindow) continue;
    const oldestCounted = failures[failures.length - 1]!.createdAt;
    const reopensAt = oldestCounted.getTime() + THROTTLE_WINDOW_SECONDS * 1000;
    wait = Math.max(wait, Math.ceil((reopensAt - now.getTime()) / 1000));
  }
  return wait;
}

export async function recordSignInFailure(db: Database, keys: string[], now = new Date()): Promise<void> {
  const expired = new Date(now.getTime() - 60 * 60 * 1000);
  await db.$transaction([
    db.signInFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) }),
    db.signInFailure.deleteMany({ where: { createdAt: { lt: expired } } }),
  ]);
}
