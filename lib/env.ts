import path from "node:path";
import { z } from "zod";

const optionalString = z.string().trim().optional();

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "a postgresql:// connection URL (leave unset for the embedded database)")
      .optional(),
    CHARTWISE_DATA_DIR: z.string().default(".data"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NEXTAUTH_SECRET: z.string().min(32, "a secret of at least 32 characters").optional(),
    NEXTAUTH_URL: z.url("an absolute URL such as https://chartwise.example.org").optional(),
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    SIGNIN_MAX_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
    SIGNUP_MAX_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
    CHARTWISE_TRUSTED_PROXY_HOPS: z.coerce
      .number("a whole number of proxies in front of the app (0 when clients connect directly)")
      .int("a whole number of proxies in front of the app (0 when clients connect directly)")
      .min(0, "0 or more")
      .max(10, "at most 10")
      .default(0),
    CHARTWISE_HEALTH_TOKEN: z.string().min(16, "a token of at least 16 characters").optional(),
    CHARTWISE_SEED: z.enum(["0", "1"], "0 (skip the demo accounts) or 1").default("1"),
    CHARTWISE_TEST_HOOKS_TOKEN: z.string().min(32, "a token of at least 32 characters (tests only)").optional(),
  })
  .superRefine((env, ctx) => {
    for (const [id, secret] of [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
    ] as const) {
      if (Boolean(env[id]) !== Boolean(env[secret])) {
        ctx.addIssue({ code: "custom", path: [env[id] ? secret : id], message: `set together with ${env[id] ? id : secret}` });
      }
    }
  });

export type Env = z.infer<typeof EnvSchema> & { dataDir: string; pgliteDir: string; usesEmbeddedDatabase: boolean };

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses configuration from environment variables; throws EnvError naming each wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", as in most shells' .env habits.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const value = source[name];
      return `  ${name}: expected ${issue.message}${value === undefined ? "" : ` (got "${value}")`}`;
    });
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const dataDir = path.resolve(result.data.CHARTWISE_DATA_DIR);
  return {
    ...result.data,
    dataDir,
    pgliteDir: path.join(dataDir, "pglite"),
    usesEmbeddedDatabase: result.data.DATABASE_URL === undefined,
  };
}

let cached: Env | undefined;

/** The process configuration, read once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
