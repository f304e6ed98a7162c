import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgliteClient, mergeAdapterParsersOnce, type Database } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openPglite, pgliteConnection } from "@/lib/db/sql-connection";

// The app's own embedded database merges the adapter's type parsers into the instance once (lib/db/client.ts);
// every type Prisma reads must come back exactly as through the adapter on an untouched instance.
const ROWS = `
  INSERT INTO "User" (id, email, name, "createdAt", "updatedAt", "sessionVersion") VALUES ('u1', 'a@example.org', 'Zoë', '2026-11-01 07:00:00', '2026-11-29 10:11:12.345', 3);
  INSERT INTO "SalaryScenario" (id, "userId", name, path, "createdAt", "updatedAt") VALUES ('s1', 'u1', 'Plan', '{"paths":[{"label":"Now","pay":52000.5}]}', '2026-11-27 09:00:00', '2026-11-28 09:00:00');
  INSERT INTO "LearnerProfile" ("userId", credentials, "examDate", "updatedAt") VALUES ('u1', ARRAY['cpc','ccs'], '2027-05-01', '2026-11-28 09:30:00');
  INSERT INTO "SignInFailure" (key, "createdAt") VALUES ('ip:1', '2026-11-29 08:00:00');`;

async function openWithRows(merge: boolean): Promise<{ pglite: PGlite; db: Database }> {
  const pglite = await openPglite(null);
  const sql = pgliteConnection(pglite);
  await applyMigrations(sql);
  await sql.exec(ROWS);
  return { pglite, db: createPgliteClient(merge ? mergeAdapterParsersOnce(pglite) : pglite) };
}

const read = (db: Database) =>
  Promise.all([
    db.user.findUniqueOrThrow({ where: { id: "u1" }, include: { salaryScenarios: true, profile: true } }),
    db.signInFailure.findMany(),
    db.$queryRaw`SELECT 12.50::numeric AS price, ARRAY[1.5, 2.25]::numeric[] AS prices,
      '2026-11-29T10:00:00Z'::timestamptz AS at, ARRAY['2026-11-29T10:00:00Z'::timestamptz] AS ats,
      '2027-05-01'::date AS day, '13:45:00'::time AS clock, 9007199254740993::int8 AS big,
      '\\x0102ff'::bytea AS bytes, '{"a":[1,"two"]}'::jsonb AS doc, ARRAY['{"b":2}'::json] AS docs`,
  ]);

let plain: { pglite: PGlite; db: Database };
let merged: { pglite: PGlite; db: Database };
beforeAll(async () => {
  [plain, merged] = await Promise.all([openWithRows(false), openWithRows(true)]);
});
afterAll(async () => {
  for (const { pglite, db } of [plain, merged]) {
    await db.$disconnect();
    await pglite.close();
  }
});

describe("mergeAdapterParsersOnce", () => {
  it("reads every column type Prisma maps exactly as the adapter does on an untouched instance", async () => {
    const expected = await read(plain.db);
    // Twice: the first read merges the parsers, the second reads with them already merged.
    expect(await read(merged.db)).toEqual(expected);
    expect(await read(merged.db)).toEqual(expected);
    const [user, failures, [raw]] = expected as [Awaited<ReturnType<typeof read>>[0], { createdAt: Date; id: bigint }[], Record<string, unknown>[]];
    expect(user.updatedAt.toISOString()).toBe("2026-11-29T10:11:12.345Z");
    expect(user.profile).toMatchObject({ credentials: ["cpc", "ccs"] });
    expect(user.salaryScenarios[0]!.path).toEqual({ paths: [{ label: "Now", pay: 52000.5 }] });
    expect(failures[0]).toMatchObject({ id: 1n, createdAt: new Date("2026-11-29T08:00:00Z") });
    expect(raw).toMatchObject({ at: new Date("2026-11-29T10:00:00Z"), big: 9007199254740993n, doc: { a: [1, "two"] }, docs: [{ b: 2 }] });
    expect(String(raw!.price)).toBe("12.5");
  });

  it("keeps writes and transactions working on the merged instance", async () => {
    await merged.db.$transaction(async (tx) => {
      await tx.signInFailure.create({ data: { key: "ip:2", createdAt: new Date("2026-11-29T09:30:00Z") } });
    });
    const rows = await merged.db.signInFailure.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.key, row.createdAt.toISOString()])).toEqual([
      ["ip:1", "2026-11-29T08:00:00.000Z"],
      ["ip:2", "2026-11-29T09:30:00.000Z"],
    ]);
  });
});
