import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI wants a schema-engine file before every command and downloads a native one when none is set, which
// fails offline (none is on npm). Only the commands that change or inspect a database run it: those get our
// offline stand-in (scripts/db/schema-engine.mjs, used to create migrations). Everything else (generate, validate,
// format) never runs an engine, so it gets a stub that is never executed. A PRISMA_SCHEMA_ENGINE_BINARY you set wins.
const ENGINE_COMMANDS = new Set(["migrate", "db", "debug", "version", "--version", "-v"]);
const command = process.argv.slice(2).find((argument) => !argument.startsWith("--") || argument === "--version");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  command && ENGINE_COMMANDS.has(command) ? "scripts/db/schema-engine.mjs" : "scripts/db/no-schema-engine.mjs",
);

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
