#!/usr/bin/env node
// A stand-in for Prisma's native schema engine binary, which cannot be downloaded offline. The Prisma CLI runs
// whatever PRISMA_SCHEMA_ENGINE_BINARY names, so pointing it here makes `prisma migrate deploy|status|dev|diff`,
// `db push` and `generate` work without network. It speaks the engine's CLI protocol and runs
// @prisma/schema-engine-wasm over a driver adapter:
//   <this> --version
//   <this> --datasource '{"url":...}' cli can-connect-to-database|create-database
//   <this> [--datamodels <schema file>]... --datasource '{"url":...}'   then JSON-RPC 2.0, one message per line
// Datasource URLs: postgres:// or postgresql:// = PostgreSQL (@prisma/adapter-pg); file:<dir> or a plain path =
// a PGlite data directory; memory:// or no URL = in-memory PGlite.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { acquireDataDirLock, DataDirLockedError } from "../../lib/db/data-dir-lock.mjs";

const require = createRequire(import.meta.url);
// The adapter helpers and `pg` are taken from @prisma/adapter-pg's own dependency tree, so the patches below act
// on the very modules the adapter uses.
const requireFromAdapterPg = createRequire(require.resolve("@prisma/adapter-pg"));
const WASM_MODULE = "@prisma/schema-engine-wasm/schema_engine_bg";

class UserFacingError extends Error {
  /** @param {string} message @param {string | null} [errorCode] */
  constructor(message, errorCode = null) {
    super(message);
    this.name = "UserFacingError";
    this.errorCode = errorCode;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Datasource targets

/**
 * @typedef {{ kind: "pglite", dir: string | null }} PgliteTarget
 * @typedef {{ kind: "postgres", url: string }} PostgresTarget
 * @typedef {PgliteTarget | PostgresTarget} Target
 */

/** @param {string | undefined} url @returns {Target} */
function parseTarget(url) {
  if (!url || url.startsWith("memory:")) return { kind: "pglite", dir: null };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  if (url.startsWith("file:")) {
    const withoutQuery = url.replace(/\?.*$/, "");
    const file = withoutQuery.startsWith("file://") ? fileURLToPath(withoutQuery) : withoutQuery.slice("file:".length);
    if (!file) throw new UserFacingError(`The datasource URL "${url}" names no directory.`);
    return { kind: "pglite", dir: path.resolve(file) };
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return { kind: "pglite", dir: path.resolve(url) };
  throw new UserFacingError(
    `Unsupported datasource URL scheme in "${url.replace(/\/\/[^@/]*@/, "//<credentials>@")}": this schema engine ` +
      `handles postgresql://, file:<PGlite data directory> and memory://.`,
  );
}

/** @param {PostgresTarget} target */
function describePostgres(target) {
  const url = new URL(target.url);
  return { host: `${url.hostname}:${url.port || 5432}`, database: decodeURIComponent(url.pathname.slice(1)) || "postgres" };
}

// ---------------------------------------------------------------------------------------------------------------
// PGlite

// The data-directory lock is lib/db/data-dir-lock.mjs, the same code the app uses.
/** @param {string} dir @returns {() => void} */
function lockDataDir(dir) {
  try {
    return acquireDataDirLock(dir, `prisma schema engine (${process.argv.slice(2).join(" ")})`);
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new UserFacingError(error.message);
    throw error;
  }
}

/** @param {string} dir */
function isPgliteDataDir(dir) {
  return fs.existsSync(path.join(dir, "PG_VERSION"));
}

// A fresh in-memory PGlite takes ~2 s to initialise but under 1 s to load from a dump of a fresh one, and Migrate
// boots a new shadow database for most commands: keep a dump of the first fresh instance of the process.
/** @type {Promise<Blob | File> | undefined} */
let freshDataDir;

/** @param {string | null} dir */
async function openPglite(dir) {
  const { PGlite } = await import("@electric-sql/pglite");
  if (dir) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const client = new PGlite(dir);
    await client.waitReady;
    return client;
  }
  const template = freshDataDir ? await freshDataDir.catch(() => undefined) : undefined;
  const client = template ? new PGlite({ loadDataDir: template }) : new PGlite();
  await client.waitReady;
  freshDataDir ??= client.dumpDataDir("none");
  await freshDataDir.catch(() => {});
  return client;
}

/** @param {import("@electric-sql/pglite").PGlite} client */
async function pgliteAdapter(client) {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const adapter = /** @type {any} */ (await new PrismaPGlite(client).connect());
  // pglite-prisma-adapter 0.7.2 does not await exec(): a failing migration would be recorded as applied and the
  // rejection would then kill the process.
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await client.exec(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

class PgliteAdapterFactory {
  provider = "postgres";
  adapterName = "pglite-prisma-adapter";
  /** @type {Promise<import("@electric-sql/pglite").PGlite> | undefined} */
  #main;
  /** @type {(() => void) | undefined} */
  #releaseLock;

  /** @param {string | null} dir */
  constructor(dir) {
    this.dir = dir;
  }

  async connect() {
    this.#main ??= (async () => {
      if (this.dir) this.#releaseLock = lockDataDir(this.dir);
      return openPglite(this.dir);
    })();
    return pgliteAdapter(await this.#main);
  }

  async connectToShadowDb() {
    const client = await openPglite(null);
    const adapter = await pgliteAdapter(client);
    adapter.dispose = () => client.close();
    return adapter;
  }

  async close() {
    const main = this.#main;
    this.#main = undefined;
    try {
      if (main) await (await main).close();
    } finally {
      this.#releaseLock?.();
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL

let pgPatched = false;

function loadPg() {
  /** @type {typeof import("pg")} */
  const pg = requireFromAdapterPg("pg");
  if (!pgPatched) {
    pgPatched = true;
    // adapter-pg cannot deserialize pg_catalog's "char" (OID 18), which the engine reads while describing a
    // schema; "text" (OID 25) carries the same value. Only this process is affected, never the app.
    const resultPrototype = /** @type {any} */ (pg.Result.prototype);
    const addFields = resultPrototype.addFields;
    resultPrototype.addFields = function (/** @type {import("pg").FieldDef[]} */ fields) {
      return addFields.call(
        this,
        fields.map((field) => (field.dataTypeID === 18 ? { ...field, dataTypeID: 25 } : field)),
      );
    };
  }
  return pg;
}

/** @param {string} url */
function pgConfig(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  /** @type {{ parse: (url: string) => import("pg").PoolConfig }} */
  const { parse } = createRequire(requireFromAdapterPg.resolve("pg"))("pg-connection-string");
  // Discrete fields rather than a connection string, so that `{ ...config, database }` names another database.
  return { config: parse(parsed.toString()), options: schema ? { schema } : undefined };
}

/** @param {any} adapter */
function patchPgAdapter(adapter) {
  // adapter-pg 7.10.1 splits scripts on ";", which breaks `$$` bodies and applies a failing migration partially.
  // Sent as one simple query, PostgreSQL runs the whole script in one implicit transaction, as Prisma's native
  // engine does.
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

class PgAdapterFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";
  /** @type {Set<{ dispose(): Promise<void> }>} */
  #open = new Set();

  /** @param {string} url @param {string | undefined} shadowDatabaseUrl */
  constructor(url, shadowDatabaseUrl) {
    loadPg();
    const { config, options } = pgConfig(url);
    this.config = config;
    this.options = options;
    this.shadow = shadowDatabaseUrl ? pgConfig(shadowDatabaseUrl) : undefined;
  }

  /** @param {import("pg").PoolConfig} config */
  async #connectTo(config) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const adapter = patchPgAdapter(await new PrismaPg(config, this.options).connect());
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.#open.delete(adapter);
      await dispose();
    };
    this.#open.add(adapter);
    return adapter;
  }

  connect() {
    return this.#connectTo(this.config);
  }

  async connectToShadowDb() {
    if (this.shadow) {
      // A configured shadowDatabaseUrl names a scratch database that Prisma may wipe: start from an empty schema.
      const adapter = await this.#connectTo(this.shadow.config);
      const schema = `"${(this.shadow.options?.schema ?? "public").replaceAll('"', '""')}"`;
      await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
      return adapter;
    }
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    try {
      const shadow = await this.#connectTo({ ...this.config, database });
      const disposeShadow = shadow.dispose;
      shadow.dispose = async () => {
        // End the shadow pool before dropping its database ("is being accessed by other users" otherwise).
        await disposeShadow();
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        } finally {
          await admin.dispose();
        }
      };
      return shadow;
    } catch (error) {
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`).catch(() => {});
      await admin.dispose();
      throw error;
    }
  }

  async close() {
    for (const adapter of [...this.#open]) await adapter.dispose().catch(() => {});
  }
}

/** @param {PostgresTarget} target @param {string} database @param {(client: import("pg").Client) => Promise<void>} run */
async function withPgClient(target, database, run) {
  const pg = loadPg();
  const { config } = pgConfig(target.url);
  const client = new pg.Client({ ...config, database });
  try {
    await client.connect();
    await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {PostgresTarget} target @param {unknown} error */
function postgresConnectError(target, error) {
  const { host, database } = describePostgres(target);
  const code = /** @type {{ code?: string }} */ (error)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "3D000") return new UserFacingError(`Database \`${database}\` does not exist on the database server at \`${host}\`.`, "P1003");
  if (code === "28P01" || code === "28000") {
    return new UserFacingError(`Authentication failed against database server at \`${host}\`: ${detail}`, "P1000");
  }
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "EHOSTUNREACH") {
    return new UserFacingError(`Can't reach database server at \`${host}\`: ${detail}`, "P1001");
  }
  return new UserFacingError(detail);
}

// ---------------------------------------------------------------------------------------------------------------
// `cli` subcommands

/** @param {Target} target */
async function canConnect(target) {
  if (target.kind === "pglite") {
    if (target.dir && !isPgliteDataDir(target.dir)) {
      throw new UserFacingError(`Database \`${target.dir}\` does not exist.`, "P1003");
    }
    return;
  }
  await withPgClient(target, describePostgres(target).database, async (client) => {
    await client.query("SELECT 1");
  }).catch((error) => {
    throw postgresConnectError(target, error);
  });
}

/** @param {Target} target @returns {Promise<string>} the database's name */
async function createDatabase(target) {
  if (target.kind === "pglite") {
    if (!target.dir) return "memory";
    const factory = new PgliteAdapterFactory(target.dir);
    try {
      await factory.connect();
    } finally {
      await factory.close();
    }
    return path.basename(target.dir);
  }
  const { database } = describePostgres(target);
  const escaped = `"${database.replaceAll('"', '""')}"`;
  await withPgClient(target, "postgres", async (client) => {
    await client.query(`CREATE DATABASE ${escaped}`);
  }).catch((error) => {
    if (error?.code === "42P04") return;
    throw error instanceof UserFacingError ? error : postgresConnectError(target, error);
  });
  return database;
}

/** The engine CLI reports errors on stderr as JSON log lines; the Prisma CLI skips the first line. */
function writeCliError(/** @type {unknown} */ error) {
  const message = error instanceof Error ? error.message : String(error);
  const errorCode = error instanceof UserFacingError ? error.errorCode : null;
  process.stderr.write(`${logLine("INFO", "Starting schema engine CLI")}\n`);
  process.stderr.write(
    `${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message, ...(errorCode ? { error_code: errorCode } : {}) } })}\n`,
  );
}

/** @param {string} level @param {string} message */
function logLine(level, message) {
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message }, target: "schema_engine_shim" });
}

// ---------------------------------------------------------------------------------------------------------------
// `migrate dev` workarounds

// In @prisma/schema-engine-wasm 8.1.0-2.59be4fda, createMigration and evaluateDataLoss fail with this error as soon as
// the migrations folder is not empty: they never ask the adapter factory for a shadow database, while `diff` does.
// Both are then answered from a `diff` of the migrations (replayed on a shadow database) against the schema, which
// yields the same SQL, though mostly without the "Warnings" comment the native engine puts above destructive steps.
/** @param {unknown} error */
function isMissingShadowFactoryError(error) {
  return error instanceof Error && error.message.includes("shadow DB must be provided through an external factory");
}

const DEFAULT_LOCKFILE = '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n';

/** @param {any} engine @param {{ migrationsList: any, schema: { files: unknown[] }, filters: unknown }} params */
async function diffMigrationsToSchema(engine, { migrationsList, schema, filters }) {
  const lockfile = { ...migrationsList.lockfile, content: migrationsList.lockfile.content ?? DEFAULT_LOCKFILE };
  const result = await engine.diff({
    from: { tag: "migrations", ...migrationsList, lockfile },
    to: { tag: "schemaDatamodel", files: schema.files },
    script: true,
    exitCode: true,
    filters,
  });
  // exitCode 2 means "not empty", as with `prisma migrate diff --exit-code`.
  return { empty: result.exitCode !== 2, script: String(result.stdout ?? "") };
}

/** @param {any} engine @param {any} params */
async function createMigrationViaDiff(engine, params) {
  const { empty, script } = await diffMigrationsToSchema(engine, params);
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return {
    connectorType: "postgresql",
    generatedMigrationName: params.migrationName ? `${stamp}_${params.migrationName}` : stamp,
    migrationScript: empty && !params.draft ? null : script,
    extension: "sql",
  };
}

/** @param {any} engine @param {any} params */
async function evaluateDataLossViaDiff(engine, params) {
  const { empty, script } = await diffMigrationsToSchema(engine, params);
  // One "-- <StepKind>" header per migration step. Data-loss warnings against the live rows are not evaluated.
  const steps = empty ? 0 : Math.max(1, (script.match(/^-- [A-Z]\w*$/gm) ?? []).length);
  return { migrationSteps: steps, unexecutableSteps: [], warnings: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON-RPC server

async function loadWasmEngine() {
  const bg = await import(WASM_MODULE);
  const wasmPath = path.join(path.dirname(fileURLToPath(import.meta.resolve(WASM_MODULE))), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return bg;
}

/** @param {Target} target @param {string | undefined} shadowDatabaseUrl */
function adapterFactoryFor(target, shadowDatabaseUrl) {
  if (target.kind === "pglite") return new PgliteAdapterFactory(target.dir);
  return new PgAdapterFactory(target.url, shadowDatabaseUrl);
}

/** @param {string[]} datamodelPaths @param {Target} target @param {string | undefined} shadowDatabaseUrl */
async function serve(datamodelPaths, target, shadowDatabaseUrl) {
  const bg = await loadWasmEngine();
  const { bindMigrationAwareSqlAdapterFactory } = requireFromAdapterPg("@prisma/driver-adapter-utils");
  const factory = adapterFactoryFor(target, shadowDatabaseUrl);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const datamodels = datamodelPaths.map((file) => [file, fs.readFileSync(path.resolve(file), "utf8")]);

  /** @param {string} line */
  const log = (line) => {
    const trimmed = String(line).trim();
    if (trimmed) process.stderr.write(`${trimmed.startsWith("{") ? trimmed : logLine("INFO", trimmed)}\n`);
  };

  /** @type {Promise<any> | undefined} */
  let enginePromise;
  const getEngine = () => (enginePromise ??= bg.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, log, bound));

  /** @param {unknown} message */
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  let nextRequestId = 1;
  /** @type {Map<number, () => void>} */
  const awaitingReply = new Map();
  /** Asks the CLI to print to its stdout, as the native engine does for `migrate diff`. @param {string} content */
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextRequestId++;
      awaitingReply.set(id, () => resolve(undefined));
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  /** @param {unknown} error */
  const rpcError = (error) => {
    const panic = error instanceof WebAssembly.RuntimeError;
    let message = error instanceof Error ? error.message : String(error);
    // Errors thrown by adapter code reach the engine as ids; put their text back. The Rust span trace
    // ("   0: schema_commands::...") is dropped from what the user sees.
    message = message.replace(/External error id#(\d+)/g, (whole, id) => {
      const entry = bound.errorRegistry.consumeError(Number(id));
      return entry ? (entry.error instanceof Error ? entry.error.message : String(entry.error)) : whole;
    });
    const trace = /\n\s+0: [\s\S]*$/.exec(message)?.[0] ?? "";
    message = message.slice(0, message.length - trace.length).trim();
    const code = error instanceof UserFacingError ? error.errorCode : /** @type {{ code?: unknown }} */ (error)?.code;
    // Only Prisma's own codes (P1001, P3009, ...): the CLI prints them as such, unlike driver codes such as 42P01.
    let errorCode = typeof code === "string" && /^P\d{4}$/.test(code) ? code : null;
    // The wasm engine reports a failing migration as a bare "external connector error"; word it as the native
    // engine does (P3018), with the migration's name taken from the span trace.
    const failedMigration = /apply_migrations[\s\S]*?migration_name="([^"]+)"/.exec(trace)?.[1];
    if (!errorCode && failedMigration && message.startsWith("external connector error")) {
      errorCode = "P3018";
      message =
        "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read " +
        "more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
        `Migration name: ${failedMigration}\n\nDatabase error:\n${message.replace(/^external connector error\s*/, "")}`;
    }
    return { code: 4466, message, data: { is_panic: panic, message, meta: null, error_code: errorCode } };
  };

  /** @param {string} method @param {any} params */
  const call = async (method, params) => {
    if (method === "createDatabase") return { databaseName: await createDatabase(target) };
    const engine = await getEngine();
    switch (method) {
      case "getDatabaseVersion":
        return engine.version(params);
      case "diff": {
        const result = await engine.diff(params);
        if (result.stdout !== null && result.stdout !== undefined) await print(result.stdout);
        return { exitCode: result.exitCode, stdout: null };
      }
      case "createMigration":
      case "evaluateDataLoss":
        try {
          return await engine[method](params);
        } catch (error) {
          if (!isMissingShadowFactoryError(error)) throw error;
          return method === "createMigration" ? createMigrationViaDiff(engine, params) : evaluateDataLossViaDiff(engine, params);
        }
      default:
        if (!Object.hasOwn(Object.getPrototypeOf(engine), method) || method === "constructor" || method === "free") {
          throw Object.assign(new Error(`Unknown method: ${method}`), { rpcCode: -32601 });
        }
        return (await engine[method](params)) ?? {};
    }
  };

  /** @type {{ id?: unknown } | undefined} the request being handled; requests run one at a time */
  let current;
  /** @param {{ id?: unknown }} request @param {unknown} error */
  const replyError = (request, error) => {
    const rpcCode = /** @type {{ rpcCode?: number }} */ (error)?.rpcCode;
    const payload = rpcCode ? { code: rpcCode, message: /** @type {Error} */ (error).message } : rpcError(error);
    if (request.id !== undefined) send({ jsonrpc: "2.0", id: request.id, error: payload });
    else log(logLine("ERROR", payload.message));
  };
  /** @param {any} request */
  const handle = async (request) => {
    current = request;
    try {
      const result = await call(request.method, request.params);
      if (request.id !== undefined) send({ jsonrpc: "2.0", id: request.id, result });
    } catch (error) {
      replyError(request, error);
    } finally {
      current = undefined;
    }
  };

  let queue = Promise.resolve();
  /** @type {Promise<void> | undefined} */
  let closing;
  const closeAndExit = (/** @type {number} */ code) => {
    closing ??= factory.close().catch((error) => log(logLine("ERROR", `Closing the database failed: ${error?.message ?? error}`)));
    void closing.then(() => process.exit(code));
  };
  let draining = false;
  const shutdown = async (/** @type {number} */ code) => {
    if (draining) return;
    draining = true;
    await queue.catch(() => {});
    closeAndExit(code);
  };
  // The Prisma CLI ends stdin and sends SIGTERM at once when it is done: close the database cleanly first.
  for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT", "SIGHUP"])) process.on(signal, () => void shutdown(0));
  // wasm-bindgen throws some engine errors (e.g. malformed params) outside the returned promise, which then never
  // settles: answer the request in flight and stop, as the engine may be left in a broken state.
  const onCrash = (/** @type {unknown} */ error) => {
    if (current) replyError(current, error);
    else log(logLine("ERROR", error instanceof Error ? error.message : String(error)));
    closeAndExit(1);
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {any} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) {
      awaitingReply.get(message.id)?.();
      awaitingReply.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  lines.on("close", () => void shutdown(0));
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ datamodels: string[], datasource: { url?: string, shadowDatabaseUrl?: string } | undefined, positionals: string[], version: boolean }} */
  const args = { datamodels: [], datasource: undefined, positionals: [], version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UserFacingError(`Missing value for ${arg}`);
      return next;
    };
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels" || arg === "-d") args.datamodels.push(value());
    else if (arg === "--datasource") args.datasource = JSON.parse(value());
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") value();
    else args.positionals.push(arg);
  }
  return args;
}

async function main() {
  // stdout belongs to the JSON-RPC channel; keep stray library logging off it.
  console.log = console.error;
  const args = parseArgs(process.argv.slice(2));

  if (args.version) {
    const bg = await loadWasmEngine();
    process.stdout.write(`schema-engine-cli ${bg.version()}\n`);
    return;
  }

  const target = parseTarget(args.datasource?.url);
  const [mode, command] = args.positionals;
  if (mode === "cli") {
    try {
      if (command === "can-connect-to-database") await canConnect(target);
      else if (command === "create-database") {
        const name = await createDatabase(target);
        process.stdout.write(`${JSON.stringify({ databaseName: name })}\n`);
      } else throw new UserFacingError(`Unsupported schema engine CLI command: ${command ?? "(none)"}`);
    } catch (error) {
      writeCliError(error);
      process.exit(1);
    }
    return;
  }
  if (mode !== undefined) throw new UserFacingError(`Unexpected argument: ${mode}`);
  await serve(args.datamodels, target, args.datasource?.shadowDatabaseUrl);
}

main().catch((error) => {
  process.stderr.write(`${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message: error?.message ?? String(error) } })}\n`);
  process.exit(1);
});
