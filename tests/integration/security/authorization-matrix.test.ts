// Every owned resource × every actor who is not its owner, through server actions and the reads pages make:
// 0 reads, 0 writes. Pages, routes and forged cookies over HTTP: tests/e2e/authorization-matrix.spec.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; role: "LEARNER" | "INSTRUCTOR" | "ADMIN" } }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

import { MATRIX_ROWS, ownerMarkers, ownerSnapshot, type Intruder } from "@/tests/security/authorization-table";
import { createSecurityFixtures, type SecurityWorld } from "@/tests/security/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
let world: SecurityWorld;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createSecurityFixtures(database.db);
});
afterAll(() => database.close());

const INTRUDERS: Intruder[] = ["another learner", "an instructor", "signed out"];
const userFor = (intruder: Intruder) => (intruder === "another learner" ? world.otherUser : intruder === "an instructor" ? world.instructorUser : null);

describe("authorisation matrix", () => {
  it("has a row for every owned resource", () => {
    expect(new Set(MATRIX_ROWS.map((row) => row.resource))).toEqual(new Set(["attempt", "draft", "dispute", "profile", "scenario", "account"]));
  });

  it.each(INTRUDERS.map((intruder) => [intruder] as const))("%s reads nothing of the owner's and changes nothing of it", async (intruder) => {
    const problems: string[] = [];
    for (const row of MATRIX_ROWS) {
      session.user = userFor(intruder);
      const before = await ownerSnapshot(database.db, world.fixtures.learner.id);
      const answer = await row.run(world, database.db, session.user?.id ?? null).catch((error: unknown) => ({ thrown: String(error) }));
      const text = JSON.stringify(answer) ?? "";
      if (text.includes("thrown")) problems.push(`${row.resource}: ${row.attempt}: threw ${text}`);
      const leaked = ownerMarkers(world).filter((marker) => text.includes(marker));
      if (leaked.length > 0) problems.push(`${row.resource}: ${row.attempt}: the answer contains ${leaked.join(", ")}`);
      if ((await ownerSnapshot(database.db, world.fixtures.learner.id)) !== before) problems.push(`${row.resource}: ${row.attempt}: the owner's rows changed`);
    }
    expect(problems).toEqual([]);
  });

  it("the owner, doing the same, does read and change their own rows (the matrix can fail)", async () => {
    session.user = world.learnerUser;
    const attemptRead = MATRIX_ROWS.find((row) => row.attempt === "open the owner's attempt page")!;
    expect(JSON.stringify(await attemptRead.run(world, database.db, world.learnerUser.id))).toContain(world.fixtures.learner.attemptId);
    const before = await ownerSnapshot(database.db, world.fixtures.learner.id);
    const rename = MATRIX_ROWS.find((row) => row.attempt === "rename the owner's scenario")!;
    expect(await rename.run(world, database.db, world.learnerUser.id)).toMatchObject({ ok: true });
    expect(await ownerSnapshot(database.db, world.fixtures.learner.id)).not.toBe(before);
  });
});
