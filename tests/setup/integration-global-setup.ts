import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import { openSqlConnection } from "@/lib/db/sql-connection";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: { adminUrl: string; template: string; prefix: string } | null;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * With TEST_DATABASE_URL set, the integration suite runs on that PostgreSQL server: a template database is
 * migrated once here, and each test file gets its own copy. Without it, each file gets an in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide("postgresTemplate", null);
    return;
  }
  const prefix = `chartwise_test_${randomBytes(4).toString("hex")}`;
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const connection = await openSqlConnection({ kind: "postgres", url: withDatabase(adminUrl, template) });
  await applyMigrations(connection);
  await connection.close();
  project.provide("postgresTemplate", { adminUrl, template, prefix });
  console.log(`Integration tests run on PostgreSQL (${new URL(adminUrl).host}), databases ${prefix}_*`);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}
