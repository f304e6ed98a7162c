// Hostile input against every server action (tests/security/action-table.ts) and every route handler
// (tests/security/route-table.ts): each refused with a clear message, never an unexpected error, and refused
// calls leave the database as it was. Rows are added to the tables by each capability; see README "Security".
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; role: "LEARNER" | "INSTRUCTOR" | "ADMIN" } }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

import { ACTION_ROWS } from "@/tests/security/action-table";
import { hostilePayloads } from "@/tests/security/hostile-payloads";
import { ROUTE_ROWS, hostileQueries } from "@/tests/security/route-table";
import { clearMessageProblem, databaseDigest } from "@/tests/security/database-digest";
import { createSecurityFixtures, type SecurityWorld } from "@/tests/security/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
let world: SecurityWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createSecurityFixtures(database.db);
});
afterAll(() => database.close());

const isRedirect = (error: unknown) => String((error as { digest?: unknown } | null)?.digest ?? "").startsWith("NEXT_REDIRECT");
const cases = ACTION_ROWS.map((row) => [row.name, row] as const);

describe("hostile input to server actions", () => {
  it("sends at least 300 hostile payloads to the actions and as many again to the routes", () => {
    const actionPayloads = ACTION_ROWS.reduce((sum, row) => sum + hostilePayloads(row, row.valid(world.fixtures)).length, 0);
    const routeQueries = ROUTE_ROWS.reduce((sum, row) => sum + hostileQueries(row).length, 0);
    expect(actionPayloads).toBeGreaterThanOrEqual(300);
    expect(routeQueries).toBeGreaterThanOrEqual(150);
    console.log(`hostile input: ${actionPayloads} payloads over ${ACTION_ROWS.length} actions, ${routeQueries} queries over ${ROUTE_ROWS.length} routes`);
  });

  it("covers every server action the app exports, each with its own rows", async () => {
    const { listServerActions } = await import("@/tests/security/server-action-files");
    const { ACTIONS_AWAITING_ROWS } = await import("@/tests/security/action-table");
    expect(ACTIONS_AWAITING_ROWS).toEqual([]);
    expect(ACTION_ROWS.map((row) => row.name).sort()).toEqual(listServerActions().sort());
  });

  it.each(cases)("%s refuses what it must, with a clear message, and writes nothing when it refuses", async (_name, row) => {
    session.user = { "signed out": null, admin: world.adminUser, teacher: world.teacherUser, learner: world.learnerUser }[row.as];
    const payloads = hostilePayloads(row, row.valid(world.fixtures));
    expect(payloads.length).toBeGreaterThanOrEqual(15);
    const problems: string[] = [];
    let before = await databaseDigest(database.db);
    for (const payload of payloads) {
      // An accepted form may end in redirect() (create a cohort, join one): Next.js's signal, not an error.
      const result = await row.call(payload.input).catch((error: unknown) => (isRedirect(error) ? { ok: true as const, data: undefined } : { thrown: error }));
      if ("thrown" in result) {
        problems.push(`${payload.label}: threw ${String(result.thrown)}`);
        continue;
      }
      const after = await databaseDigest(database.db);
      if (result.ok) {
        if (payload.expect === "refused") problems.push(`${payload.label}: accepted`);
        before = after;
        continue;
      }
      const unclear = clearMessageProblem(result.message);
      if (unclear) problems.push(`${payload.label}: ${unclear}`);
      if (after !== before) problems.push(`${payload.label}: refused but the database changed`);
    }
    // One line a problem, so a long list is printed whole.
    expect(problems.join("\n")).toBe("");
  });
});

describe("replayed idempotency keys", () => {
  it("submitting the same attempt twice records it once and answers the same", async () => {
    session.user = world.learnerUser;
    const submit = ACTION_ROWS.find((row) => row.name === "submitCoding")!;
    const input = { caseId: world.fixtures.caseId, idempotencyKey: "replayed-key-0001", answer: { diagnoses: [{ code: "J45.901" }], procedures: [] } };
    const first = await submit.call(input);
    const again = await submit.call(input);
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);
    expect(await database.db.codingAttempt.count({ where: { userId: world.learnerUser.id, idempotencyKey: "replayed-key-0001" } })).toBe(1);
  });

  it("a key replayed for another case is refused and records nothing", async () => {
    session.user = world.learnerUser;
    const check = ACTION_ROWS.find((row) => row.name === "checkKnowledge")!;
    const first = await check.call({ lessonSlug: world.fixtures.lessonSlug, idempotencyKey: "replayed-quiz-0001", answers: { q1: "b" } });
    expect(first.ok).toBe(true);
    const before = await databaseDigest(database.db);
    const replay = await check.call({ lessonSlug: world.fixtures.otherLessonSlug, idempotencyKey: "replayed-quiz-0001", answers: { q1: "b" } });
    expect(replay.ok).toBe(false);
    expect(clearMessageProblem(!replay.ok && replay.message)).toBeNull();
    expect(await databaseDigest(database.db)).toBe(before);
  });
});

describe("replayed idempotency keys: denial work and the workday", () => {
  it("denial work sent twice with the same key is recorded once and answers the same", async () => {
    session.user = world.otherUser;
    const submit = ACTION_ROWS.find((row) => row.name === "submitDenialWorkAction")!;
    const input = { claimNumber: "MSF-26-20915", idempotencyKey: "replayed-denial-0001", rootCause: "copay-uncollected", resolution: "bill-patient" };
    const first = await submit.call(input);
    const again = await submit.call(input);
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);
    expect(await database.db.denialAttempt.count({ where: { userId: world.otherUser.id, idempotencyKey: "replayed-denial-0001" } })).toBe(1);
  });

  it("a workday action replayed under its number is applied once; another action under it is refused", async () => {
    session.user = world.otherUser;
    const start = ACTION_ROWS.find((row) => row.name === "startWorkday")!;
    const send = ACTION_ROWS.find((row) => row.name === "sendWorkdayAction")!;
    const started = await start.call({ scenarioId: "tutorial-day" });
    if (!started.ok) throw new Error(started.message);
    const { runId } = started.data as { runId: string };
    const first = await send.call({ runId, seq: 1, action: { type: "advance" } });
    const again = await send.call({ runId, seq: 1, action: { type: "advance" } });
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);
    const before = await databaseDigest(database.db);
    const other = await send.call({ runId, seq: 1, action: { type: "log-off" } });
    expect(other.ok).toBe(false);
    expect(clearMessageProblem(!other.ok && other.message)).toBeNull();
    expect(await databaseDigest(database.db)).toBe(before);
    expect(await database.db.workdayAction.count({ where: { runId } })).toBe(1);
  });
});

describe("hostile input to route handlers", () => {
  it.each(ROUTE_ROWS.map((row) => [row.name, row] as const))("%s answers every hostile query with a 2xx or 4xx and a clear message", async (_name, row) => {
    session.user = null;
    const problems: string[] = [];
    const before = await databaseDigest(database.db);
    for (const query of hostileQueries(row)) {
      const response = await row.call(query.url).catch((error: unknown) => new Response(String(error), { status: 599 }));
      if (response.status >= 500) problems.push(`${query.label}: ${response.status} ${(await response.text()).slice(0, 120)}`);
      else if (response.status >= 400) {
        const body = (await response.json().catch(() => ({}))) as { error?: unknown };
        const unclear = clearMessageProblem(body.error);
        if (unclear) problems.push(`${query.label}: ${response.status} ${unclear}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await databaseDigest(database.db)).toBe(before);
  });
});

describe("the route table", () => {
  it("covers every route handler (in process here, or over HTTP in the e2e suite)", async () => {
    const { listRouteHandlers } = await import("@/tests/security/server-action-files");
    const { HTTP_ONLY_ROUTES } = await import("@/tests/security/route-table");
    expect([...ROUTE_ROWS.map((row) => row.pattern), ...HTTP_ONLY_ROUTES].sort()).toEqual(listRouteHandlers().sort());
  });
});
