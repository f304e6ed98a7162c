import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine before every command, which fails offline and has no npm package.
// This Node script stands in for it (see its header).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts/db/schema-engine.mjs");

/** Unset or blank means "use the default", as in lib/env.ts. */
function setting(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

// Same target as the app: DATABASE_URL (PostgreSQL) when set, else the embedded PGlite directory
// <CHARTWISE_DATA_DIR>/pglite, relative to the working directory like the app resolves it.
const pgliteDir = path.join(setting("CHARTWISE_DATA_DIR") ?? ".data", "pglite");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: setting("DATABASE_URL") ?? `file:${path.isAbsolute(pgliteDir) ? pgliteDir : `./${pgliteDir}`}`,
  },
});
