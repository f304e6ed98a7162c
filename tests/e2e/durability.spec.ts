// Durability: 20 clients submit attempts, save drafts, send denial work and play workday actions against the
// production server; it is killed with SIGKILL mid-stream and restarted. Every acknowledged attempt, denial
// submission and workday action must be there exactly once, every acknowledged draft (or a later one) must be there,
// and the database must open cleanly, on PGlite and on PostgreSQL.
// Runs its own servers (`npm start`) from the build the e2e web server made (scripts/prepare.ts skips a build that is
// current); how a server is started is in startServer() alone.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { expect, test } from "@playwright/test";

const CLIENTS = 20;
const CASE_ID = "fm-asthma-exacerbation-nebulizer";
// Drafts go to another case: submitting an attempt clears that case's draft, as it should.
const DRAFT_CASE_ID = "fm-htn-hyperlipidemia-followup";
// Denial work: a claim whose work is graded without a corrected claim (one row per acknowledged key).
const DENIAL_CLAIM = "MSF-26-20915";
const DENIAL_WORK = { rootCause: "copay-uncollected", resolution: "bill-patient" };
const WORKDAY_SCENARIO = "tutorial-day";
const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

type Server = { process: ChildProcess; baseURL: string };
type Client = {
  cookie: string;
  email: string;
  acked: string[];
  lastDraft: number;
  ackedDenials: string[];
  /** The workday run being played and the last action number sent; acknowledged actions as "runId:seq". */
  run: { id: string; seq: number } | null;
  ackedWorkday: string[];
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // Its own process group, so SIGKILL reaches the server itself and not only the launcher. Its output goes to a file,
  // quoted if it never becomes healthy.
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-durability-log-")), "server.log");
  const log = fs.openSync(logFile, "a");
  const child = spawn("npm", ["start"], {
    env: { ...process.env, ...env, PORT: String(port), NEXTAUTH_URL: baseURL, CHARTWISE_SEED: "0", SIGNUP_MAX_PER_ADDRESS_PER_HOUR: "1000" },
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  for (let waited = 0; waited < 240 && !exited; waited++) {
    const healthy = await fetch(`${baseURL}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { process: child, baseURL };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(
    `the server ${exited ? "exited" : "did not become healthy"}; the end of its output (${logFile}):\n${fs.readFileSync(logFile, "utf8").slice(-4000)}`,
  );
}

/**
 * SIGKILL to the server's whole process group, then waits until every process of it is gone: a killed process takes
 * a moment to die, and a restart that looks in the meantime finds the dying server still holding the database's lock.
 */
async function killHard(server: Server) {
  const group = -server.process.pid!;
  process.kill(group, "SIGKILL");
  for (let waited = 0; waited < 300; waited++) {
    try {
      process.kill(group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the killed server's processes did not exit within 30 seconds");
}
async function stopGently(server: Server) {
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  process.kill(-server.process.pid!, "SIGTERM");
  await exited;
}

function actionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

/** Calls a server action the way the browser does; returns its ActionResult, or null when there was no answer. */
async function callAction(baseURL: string, page: string, id: string, cookie: string, input: unknown): Promise<{ ok: boolean; data?: unknown } | null> {
  try {
    const response = await fetch(`${baseURL}${page}`, {
      method: "POST",
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Cookie: cookie },
      body: JSON.stringify([input]),
    });
    const line = (await response.text()).split("\n").find((entry) => entry.startsWith("1:"));
    return line ? (JSON.parse(line.slice(2)) as { ok: boolean; data?: unknown }) : null;
  } catch {
    return null;
  }
}

async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return session.split(";")[0]!;
}

const draftOf = (counter: number) => ({ diagnoses: [{ code: `J45.${counter}` }], procedures: [] });

/**
 * One workday action: the next "advance" of the client's day, starting a day first (and a new one when the day
 * is over). Returns false when the server gave no answer.
 */
async function playWorkday(baseURL: string, ids: Record<string, string>, client: Client): Promise<boolean> {
  if (!client.run) {
    const started = await callAction(baseURL, "/workday", ids.startWorkday!, client.cookie, { scenarioId: WORKDAY_SCENARIO });
    if (!started) return false;
    if (!started.ok) throw new Error(`startWorkday was refused: ${JSON.stringify(started)}`);
    const runId = (started.data as { runId: string }).runId;
    client.run = { id: runId, seq: client.ackedWorkday.filter((acked) => acked.startsWith(`${runId}:`)).length };
  }
  const seq = client.run.seq + 1;
  const sent = await callAction(baseURL, `/workday/${client.run.id}`, ids.sendWorkdayAction!, client.cookie, {
    runId: client.run.id,
    seq,
    action: { type: "advance" },
  });
  if (!sent) return false;
  if (sent.ok) {
    client.ackedWorkday.push(`${client.run.id}:${seq}`);
    client.run.seq = seq;
    if ((sent.data as { status?: string } | undefined)?.status === "ended") client.run = null;
  } else {
    // The day is over (every block advanced) or will not advance: give it up (refused when already over) and start
    // the next one.
    await callAction(baseURL, "/workday", ids.abandonWorkday!, client.cookie, { runId: client.run.id });
    client.run = null;
  }
  return true;
}

async function runClients(server: Server, ids: Record<string, string>): Promise<Client[]> {
  const clients: Client[] = [];
  for (let index = 0; index < CLIENTS; index++) {
    const email = `durable-${index}-${randomBytes(3).toString("hex")}@example.org`;
    const signedUp = await callAction(server.baseURL, "/sign-up", ids.signUp!, "", {
      name: `Durable ${index}`,
      email,
      password: "correct horse battery",
      confirmPassword: "correct horse battery",
    });
    expect(signedUp?.ok).toBe(true);
    clients.push({
      cookie: await signIn(server.baseURL, email, "correct horse battery"),
      email,
      acked: [],
      lastDraft: -1,
      ackedDenials: [],
      run: null,
      ackedWorkday: [],
    });
  }
  let stop = false;
  const page = `/practice/${CASE_ID}`;
  const loops = clients.map(async (client, index) => {
    for (let counter = 0; !stop; counter++) {
      const key = `durable-${index}-${counter}-${randomBytes(4).toString("hex")}`;
      const submitted = await callAction(server.baseURL, page, ids.submitCoding!, client.cookie, {
        caseId: CASE_ID,
        idempotencyKey: key,
        answer: { diagnoses: [{ code: "J45.901" }], procedures: [] },
      });
      if (submitted?.ok) client.acked.push(key);
      const saved = await callAction(server.baseURL, `/practice/${DRAFT_CASE_ID}`, ids.saveCodingDraft!, client.cookie, {
        caseId: DRAFT_CASE_ID,
        answer: draftOf(counter),
      });
      if (saved?.ok) client.lastDraft = counter;
      const denialKey = `denial-${index}-${counter}-${randomBytes(4).toString("hex")}`;
      const worked = await callAction(server.baseURL, `/denials/${DENIAL_CLAIM}`, ids.submitDenialWorkAction!, client.cookie, {
        claimNumber: DENIAL_CLAIM,
        idempotencyKey: denialKey,
        ...DENIAL_WORK,
      });
      if (worked?.ok) client.ackedDenials.push(denialKey);
      const played = await playWorkday(server.baseURL, ids, client);
      if (!submitted && !saved && !worked && !played) return;
    }
  });
  // Let writes flow until a good number of each kind are acknowledged (or two minutes pass), then pull the plug
  // while more are in flight.
  const fewestAcknowledged = () =>
    Math.min(
      ...[(client: Client) => client.acked, (client: Client) => client.ackedDenials, (client: Client) => client.ackedWorkday].map((kind) =>
        clients.reduce((sum, client) => sum + kind(client).length, 0),
      ),
    );
  for (let waited = 0; waited < 240 && fewestAcknowledged() < 2 * CLIENTS; waited++) await new Promise((resolve) => setTimeout(resolve, 500));
  const killed = killHard(server);
  stop = true;
  await Promise.all([killed, ...loops]);
  return clients;
}

type Rows = {
  attempts: { email: string; idempotencyKey: string }[];
  drafts: { email: string; answer: unknown }[];
  denials: { email: string; idempotencyKey: string }[];
  workday: { email: string; runId: string; seq: number; type: string }[];
};

function check(clients: Client[], rows: Rows) {
  const acked = clients.flatMap((client) => client.acked);
  expect(acked.length, "some writes were acknowledged before the kill").toBeGreaterThan(CLIENTS);
  expect(clients.flatMap((client) => client.ackedDenials).length, "some denial work was acknowledged").toBeGreaterThan(0);
  expect(clients.flatMap((client) => client.ackedWorkday).length, "some workday actions were acknowledged").toBeGreaterThan(0);
  for (const client of clients) {
    const keys = rows.attempts.filter((row) => row.email === client.email).map((row) => row.idempotencyKey);
    for (const key of client.acked)
      expect(
        keys.filter((stored) => stored === key),
        key,
      ).toHaveLength(1);
    const denialKeys = rows.denials.filter((row) => row.email === client.email).map((row) => row.idempotencyKey);
    for (const key of client.ackedDenials)
      expect(
        denialKeys.filter((stored) => stored === key),
        key,
      ).toHaveLength(1);
    const actions = rows.workday.filter((row) => row.email === client.email).map((row) => `${row.runId}:${Number(row.seq)}`);
    for (const acked of client.ackedWorkday)
      expect(
        actions.filter((stored) => stored === acked),
        acked,
      ).toHaveLength(1);
    if (client.lastDraft >= 0) {
      const draft = rows.drafts.find((row) => row.email === client.email);
      const code = (draft?.answer as { diagnoses: { code: string }[] } | undefined)?.diagnoses[0]?.code ?? "";
      expect(Number(code.split(".")[1]), client.email).toBeGreaterThanOrEqual(client.lastDraft);
    }
  }
}

const ROWS_SQL = {
  attempts: `SELECT u.email, a."idempotencyKey" FROM "CodingAttempt" a JOIN "User" u ON u.id = a."userId"`,
  drafts: `SELECT u.email, d.answer FROM "CodingDraft" d JOIN "User" u ON u.id = d."userId" WHERE d."caseId" = '${DRAFT_CASE_ID}'`,
  denials: `SELECT u.email, a."idempotencyKey" FROM "DenialAttempt" a JOIN "User" u ON u.id = a."userId"`,
  workday: `SELECT u.email, a."runId", a.seq, a.type FROM "WorkdayAction" a JOIN "WorkdayRun" r ON r.id = a."runId" JOIN "User" u ON u.id = r."userId"`,
};

test.describe("durability under SIGKILL", () => {
  test.describe.configure({ mode: "serial", timeout: 600_000 });
  test.skip(Boolean(process.env.E2E_BASE_URL), "starts its own servers");

  test("embedded PGlite", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-durability-"));
    try {
      const ids = actionIds();
      const clients = await runClients(await startServer({ CHARTWISE_DATA_DIR: dataDir }), ids);
      // The restart takes over the dead server's lock, opens the database and answers healthy.
      const again = await startServer({ CHARTWISE_DATA_DIR: dataDir });
      expect(await (await fetch(`${again.baseURL}/api/health`)).json()).toEqual({ status: "ok" });
      await stopGently(again);
      const db = await PGlite.create(path.join(dataDir, "pglite"));
      check(clients, {
        attempts: (await db.query<Rows["attempts"][number]>(ROWS_SQL.attempts)).rows,
        drafts: (await db.query<Rows["drafts"][number]>(ROWS_SQL.drafts)).rows,
        denials: (await db.query<Rows["denials"][number]>(ROWS_SQL.denials)).rows,
        workday: (await db.query<Rows["workday"][number]>(ROWS_SQL.workday)).rows,
      });
      await db.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("PostgreSQL", async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    const reachable = await admin.connect().then(
      () => true,
      () => false,
    );
    test.skip(!reachable, `no PostgreSQL at ${POSTGRES_ADMIN_URL}`);
    const name = `chartwise_durability_${randomBytes(4).toString("hex")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const env = {
      DATABASE_URL: url.toString(),
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      CHARTWISE_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-durability-pg-")),
    };
    try {
      const clients = await runClients(await startServer(env), actionIds());
      const again = await startServer(env);
      expect(await (await fetch(`${again.baseURL}/api/health`)).json()).toEqual({ status: "ok" });
      await stopGently(again);
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      check(clients, {
        attempts: (await db.query(ROWS_SQL.attempts)).rows,
        drafts: (await db.query(ROWS_SQL.drafts)).rows,
        denials: (await db.query(ROWS_SQL.denials)).rows,
        workday: (await db.query(ROWS_SQL.workday)).rows,
      });
      await db.end();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      fs.rmSync(env.CHARTWISE_DATA_DIR, { recursive: true, force: true });
    }
  });
});
