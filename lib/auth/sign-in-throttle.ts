import type { Database } from "@/lib/db/client";

export const THROTTLE_WINDOW_SECONDS = 60;
/** Failures against one account from anywhere are counted over this long to decide how much to slow it down. */
export const ACCOUNT_WINDOW_SECONDS = 15 * 60;
/** Failures against one account (from any address) before each further try is slowed down. */
export const ACCOUNT_SLOWDOWN_AFTER = 5;
export const ACCOUNT_SLOWDOWN_STEP_MS = 250;
export const ACCOUNT_SLOWDOWN_MAX_MS = 3_000;
/** One address may fail this many times the per-account limit across all accounts (a classroom behind one NAT). */
export const ADDRESS_LIMIT_FACTOR = 5;

export type SignInLimits = { perAddressAndAccount: number; perAddress: number };

export function signInLimits(maxFailuresPerMinute: number): SignInLimits {
  return { perAddressAndAccount: maxFailuresPerMinute, perAddress: maxFailuresPerMinute * ADDRESS_LIMIT_FACTOR };
}

/**
 * Rows a failed sign-in writes. Blocking keys are per address and per address-and-account, so a stranger can
 * block only themselves; the account key never blocks, it only slows each try (accountSlowdownMs), which still
 * holds password spraying and guessing from many addresses back without letting anyone lock a learner out.
 */
export function throttleKeys(email: string, address: string | undefined) {
  const from = address ?? "unknown";
  return { address: `ip:${from}`, pair: `ip-email:${from}|${email}`, account: `email:${email}` };
}
export type ThrottleKeys = ReturnType<typeof throttleKeys>;

/** How long to hold a sign-in for an account that has had `recentFailures` failures from anywhere lately. */
export function accountSlowdownMs(recentFailures: number): number {
  if (recentFailures <= ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(ACCOUNT_SLOWDOWN_MAX_MS, (recentFailures - ACCOUNT_SLOWDOWN_AFTER) * ACCOUNT_SLOWDOWN_STEP_MS);
}

async function secondsUntilAllowed(db: Database, key: string, max: number, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_SECONDS * 1000);
  const failures = await db.signInFailure.findMany({
    where: { key, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (failures.length < max) return 0;
  const reopensAt = failures[failures.length - 1]!.createdAt.getTime() + THROTTLE_WINDOW_SECONDS * 1000;
  return Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000));
}

/**
 * Seconds until this address may try this account again (0 when it may). Failures are rows in the database, so the
 * limit holds across every app instance behind a load balancer.
 */
export async function secondsUntilSignInAllowed(db: Database, keys: ThrottleKeys, limits: SignInLimits, now = new Date()): Promise<number> {
  const [pair, address] = await Promise.all([
    secondsUntilAllowed(db, keys.pair, limits.perAddressAndAccount, now),
    secondsUntilAllowed(db, keys.address, limits.perAddress, now),
  ]);
  return Math.max(pair, address);
}

/** Failures against the account from any address in the last ACCOUNT_WINDOW_SECONDS. */
export async function recentAccountFailures(db: Database, keys: ThrottleKeys, now = new Date()): Promise<number> {
  return db.signInFailure.count({ where: { key: keys.account, createdAt: { gt: new Date(now.getTime() - ACCOUNT_WINDOW_SECONDS * 1000) } } });
}

export async function recordSignInFailure(db: Database, keys: ThrottleKeys, now = new Date()): Promise<void> {
  const expired = new Date(now.getTime() - 60 * 60 * 1000);
  await db.$transaction([
    db.signInFailure.createMany({ data: [keys.address, keys.pair, keys.account].map((key) => ({ key, createdAt: now })) }),
    db.signInFailure.deleteMany({ where: { createdAt: { lt: expired } } }),
  ]);
}

/** Counts one event against a key (sign-ups per address) and says whether it is still within `max` per `windowSeconds`. */
export async function takeToken(
  db: Database,
  key: string,
  max: number,
  windowSeconds: number,
  now = new Date(),
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const recent = await db.signInFailure.findMany({
    where: { key, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (recent.length >= max) {
    const reopensAt = recent[recent.length - 1]!.createdAt.getTime() + windowSeconds * 1000;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)) };
  }
  await db.signInFailure.create({ data: { key, createdAt: now } });
  return { allowed: true, retryAfterSeconds: 0 };
}
