import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { EnvError, type Env } from "@/lib/env";

export const SECRET_FILE_NAME = "auth-secret";

/**
 * The key that signs session tokens. NEXTAUTH_SECRET wins; otherwise a random secret is made once and kept in the
 * data directory, which suits a single embedded install. With PostgreSQL in production every instance must share
 * one configured secret, so it is required there.
 */
export function resolveAuthSecret(env: Env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!env.usesEmbeddedDatabase && env.NODE_ENV === "production") {
    throw new EnvError(
      "Invalid configuration:\n  NEXTAUTH_SECRET: expected a secret of at least 32 characters; it is required in production" +
        " with DATABASE_URL so every app instance signs sessions with the same key (generate one with `openssl rand -base64 48`).",
    );
  }
  const file = path.join(env.dataDir, SECRET_FILE_NAME);
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(env.dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
}
