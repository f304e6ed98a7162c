import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMueCsv, parsePtpFile } from "@/lib/claims/ncci-files";
import { correctionStart } from "@/lib/claims/workbench";
import { submitDenialWork } from "@/lib/denials/attempts";
import { findScenario } from "@/lib/denials/catalog";
import { importNcciTables } from "@/lib/denials/ncci-import";
import { SubmitDenialWorkSchema } from "@/lib/denials/schemas";
import { claimsWorldFor, IMPORTED_TABLE_LABEL } from "@/lib/denials/world";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const ptp = parsePtpFile(fs.readFileSync("tests/fixtures/ncci/ptp-practitioner-sample.txt", "latin1"));
const mue = parseMueCsv(fs.readFileSync("tests/fixtures/ncci/mue-practitioner-sample.csv", "latin1"));

describe("npm run ncci:import", () => {
  it("uses the teaching subset until tables are imported", async () => {
    const world = await claimsWorldFor(database.db, { diagnoses: [], procedures: ["29881", "20610"] });
    expect(world.tables.source.kind).toBe("teaching");
  });

  it("stores both tables with counts, and replaces them on the next import", async () => {
    const first = await importNcciTables(database.db, { ptp: { file: "ptp.txt", edits: ptp.edits }, mue: { file: "mue.csv", edits: mue.edits } });
    expect(first).toEqual({ ptp: { replaced: 0, imported: 7 }, mue: { replaced: 0, imported: 4 } });
    const second = await importNcciTables(database.db, { mue: { file: "mue.csv", edits: mue.edits.slice(0, 2) } });
    expect(second).toEqual({ mue: { replaced: 4, imported: 2 } });
    expect(await database.db.ncciPtpEdit.count()).toBe(7);
    expect(await database.db.ncciMueEdit.count()).toBe(2);
    expect(await database.db.ncciImport.count()).toBe(3);
  });

  it("changes nothing when any row cannot be stored", async () => {
    const duplicate = [...ptp.edits, ptp.edits[0]!];
    await expect(importNcciTables(database.db, { ptp: { file: "bad.txt", edits: duplicate }, mue: { file: "mue.csv", edits: mue.edits } })).rejects.toThrow();
    expect(await database.db.ncciPtpEdit.count()).toBe(7);
    expect(await database.db.ncciMueEdit.count()).toBe(2);
    expect(await database.db.ncciImport.count()).toBe(3);
  });

  it("makes the scrubber and the payer use the imported tables", async () => {
    const world = await claimsWorldFor(database.db, { diagnoses: [], procedures: ["29881", "20610"] });
    expect(world.tables.source).toEqual({ kind: "imported", label: IMPORTED_TABLE_LABEL });
    expect(world.tables.ptp).toEqual([expect.objectContaining({ column1: "29881", column2: "20610", indicator: 0 })]);
    // In the imported fixture 29881/20610 is indicator 0, so XS no longer gets the injection paid: the scrubber stops it.
    const user = await database.db.user.create({ data: { email: "ncci@example.org" } });
    const scenario = findScenario("ortho-knee-scope-injection-xs")!;
    const start = correctionStart(scenario);
    const result = await submitDenialWork(
      database.db,
      user.id,
      SubmitDenialWorkSchema.parse({
        claimNumber: scenario.claim.claimNumber,
        idempotencyKey: "ncci-import-test-1",
        rootCause: "ptp-no-modifier",
        resolution: "corrected-claim",
        correction: {
          answer: {
            diagnoses: start.diagnoses.map((code) => ({ code })),
            procedures: start.lines.map((line, index) => ({
              code: line.code,
              modifiers: index === 1 ? ["RT", "XS"] : line.modifiers,
              units: line.units,
              pointers: line.pointers,
            })),
          },
        },
      }),
    );
    expect(result.kind).toBe("blocked");
    if (result.kind === "blocked") expect(result.scrub.findings[0]).toMatchObject({ edit: "ptp", source: expect.stringContaining(IMPORTED_TABLE_LABEL) });
  });
});
