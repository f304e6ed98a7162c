// Every owned resource × every actor who is not its owner, through server actions, route handlers and the reads
// pages make: 0 reads, 0 writes. Pages and routes over HTTP: tests/e2e/security.spec.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => {
  // The session key for this test's tokens (getAuthOptions reads it from the environment).
  process.env.NEXTAUTH_SECRET ??= "matrix-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
  process.env.NEXTAUTH_URL ??= "http://localhost";
  return {
    user: null as null | { id: string; email: string; name: string | null; role: "LEARNER" | "INSTRUCTOR" | "ADMIN" },
    /** When set, the request carries this session cookie and the real session code decides who it is. */
    cookie: null as string | null,
  };
});
// A forged cookie goes through next-auth's own token check and the user read, as on a real request.
vi.mock("next-auth", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth")>();
  const response = { getHeader: () => undefined, setHeader: () => undefined };
  const request = () => ({ headers: { host: "localhost" }, cookies: session.cookie ? { "next-auth.session-token": session.cookie } : {} });
  return {
    ...real,
    getServerSession: (options: Parameters<typeof real.getServerSession>[0]) => real.getServerSession(request() as never, response as never, options as never),
  };
});
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/current-user")>();
  return { getCurrentUser: async () => (session.cookie ? real.getCurrentUser() : session.user) };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

import { encode } from "next-auth/jwt";
import { getCurrentUser } from "@/lib/auth/current-user";
import { MATRIX_RESOURCES, MATRIX_ROWS, ownerMarkers, ownerSnapshot, type Intruder } from "@/tests/security/authorization-table";
import { createSecurityFixtures, type SecurityWorld } from "@/tests/security/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
let world: SecurityWorld;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createSecurityFixtures(database.db);
});
afterAll(() => database.close());

const INTRUDERS: Intruder[] = ["another learner", "an instructor outside the cohort", "a removed learner", "signed out", "a forged cookie"];
const SECRET = () => process.env.NEXTAUTH_SECRET!;
/** A token naming the owner, as the real one would, but sealed with a key that is not the site's. */
const forgedToken = async () =>
  encode({ token: { sub: world.fixtures.learner.id, role: "ADMIN", sv: 0 }, secret: "an attacker's guess at the secret, 48 chars long!!" });
const ownerToken = async () => encode({ token: { sub: world.fixtures.learner.id, role: "LEARNER", sv: 0 }, secret: SECRET() });

/** next-auth logs a token it cannot decrypt; that is expected for a forged cookie, and nothing else may be logged. */
function allowTokenErrors() {
  const logged: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  return () => expect(logged.filter((line) => !line.includes("[next-auth][error][JWT_SESSION_ERROR]"))).toEqual([]);
}

async function becomes(intruder: Intruder) {
  session.cookie = null;
  session.user = null;
  if (intruder === "another learner") session.user = world.otherUser;
  if (intruder === "an instructor outside the cohort") session.user = world.instructorUser;
  if (intruder === "a removed learner") session.user = world.removedUser;
  if (intruder === "a forged cookie") session.cookie = await forgedToken();
  return getCurrentUser();
}

describe("authorisation matrix", () => {
  afterAll(() => {
    session.cookie = null;
  });

  it("has rows for every owned resource, through pages, actions and routes", () => {
    expect(new Set(MATRIX_ROWS.map((row) => row.resource))).toEqual(new Set(MATRIX_RESOURCES));
    expect(new Set(MATRIX_ROWS.map((row) => row.via))).toEqual(new Set(["page read", "action", "route"]));
    console.log(`authorisation matrix: ${MATRIX_ROWS.length} rows × ${INTRUDERS.length} intruders = ${MATRIX_ROWS.length * INTRUDERS.length} intrusions`);
  });

  it("a forged cookie is nobody, and a garbled one too", async () => {
    const onlyTokenErrors = allowTokenErrors();
    expect(await becomes("a forged cookie")).toBeNull();
    session.cookie = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged";
    expect(await getCurrentUser()).toBeNull();
    onlyTokenErrors();
  });

  it.each(INTRUDERS.map((intruder) => [intruder] as const))("%s reads nothing of the owner's and changes nothing of it", async (intruder) => {
    const onlyTokenErrors = intruder === "a forged cookie" ? allowTokenErrors() : () => undefined;
    const problems: string[] = [];
    for (const row of MATRIX_ROWS) {
      const actor = await becomes(intruder);
      const before = await ownerSnapshot(database.db, world);
      const answer = await row.run(world, database.db, actor).catch((error: unknown) => ({ thrown: String(error) }));
      const text = JSON.stringify(answer) ?? "";
      if (text.includes('"thrown"')) problems.push(`${row.resource}: ${row.attempt}: threw ${text}`);
      const leaked = ownerMarkers(world).filter((marker) => text.includes(marker));
      if (leaked.length > 0) problems.push(`${row.resource}: ${row.attempt}: the answer contains ${leaked.join(", ")}`);
      if ((await ownerSnapshot(database.db, world)) !== before) problems.push(`${row.resource}: ${row.attempt}: the owner's rows changed`);
    }
    expect(problems.join("\n")).toBe("");
    onlyTokenErrors();
  });

  it("the owner and their instructor, doing the same, do read and change them (the matrix can fail)", async () => {
    const run = (attempt: string) => {
      const row = MATRIX_ROWS.find((candidate) => candidate.attempt === attempt)!;
      return row.run(world, database.db, session.user);
    };
    // The owner's own session cookie, through the same session code as the forged one.
    session.cookie = await ownerToken();
    session.user = await getCurrentUser();
    expect(session.user?.id).toBe(world.fixtures.learner.id);
    session.cookie = null;
    expect(JSON.stringify(await run("open the owner's attempt page"))).toContain(world.fixtures.learner.attemptId);
    expect(JSON.stringify(await run("open the owner's day"))).toContain(world.fixtures.learner.workdayRunId);
    expect(JSON.stringify(await run("open the owner's appeal and corrected claim"))).toContain(world.fixtures.learner.denialAttemptIds[1]);
    expect(JSON.stringify(await run("open the cohort as a learner"))).toContain("Owner's assignment");

    session.user = world.teacherUser;
    expect(JSON.stringify(await run("read the roster and gradebook"))).toContain(world.fixtures.learner.email);
    expect(JSON.stringify(await run("open the owner's attempt from the gradebook"))).toContain(world.fixtures.learner.attemptId);
    expect(JSON.stringify(await run("export the gradebook"))).toContain(world.fixtures.learner.email);
    expect(JSON.stringify(await run("list the disputes to review"))).toContain(world.fixtures.learner.disputeId);

    session.user = world.learnerUser;
    const before = await ownerSnapshot(database.db, world);
    expect(await run("rename the owner's scenario")).toMatchObject({ ok: true });
    expect(await run("send the next action of the owner's day")).toMatchObject({ ok: true });
    expect(await ownerSnapshot(database.db, world)).not.toBe(before);
  });
});
