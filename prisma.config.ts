import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine before every command, which fails offline (none is on npm). It
// loads this file first, so pointing it at our Node stand-in here makes every `prisma` command work offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts/db/schema-engine.mjs");

/** Unset or blank means "use the default", as in lib/env.ts. */
function setting(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

// The app's database: DATABASE_URL (PostgreSQL) when set, else the embedded PGlite directory
// <CHARTWISE_DATA_DIR>/pglite, with CHARTWISE_DATA_DIR resolved against the working directory as lib/env.ts does.
// The schema engine resolves a relative file: URL against this file's directory (the project root).
function datasourceUrl(): string {
  const databaseUrl = setting("DATABASE_URL");
  if (databaseUrl) return databaseUrl;
  const dataDir = setting("CHARTWISE_DATA_DIR");
  return dataDir ? `file:${path.resolve(dataDir, "pglite")}` : "file:./.data/pglite";
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: datasourceUrl() },
});
