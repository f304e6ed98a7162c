import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetCodeDirectory } from "@/lib/codes/code-directory";
import { importCodeSet, readCodeFile, sha256OfFile } from "@/lib/codes/import-code-set";
import { workdayCodeCheck } from "@/lib/workday/claims-adapter";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const FIXTURE = path.resolve("tests/fixtures/codes/icd10cm-order-excerpt.txt");

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  resetCodeDirectory();
});
afterAll(async () => {
  resetCodeDirectory();
  await database.close();
});

describe("workdayCodeCheck", () => {
  it("judges codes by the code sets in the database, as the denials workbench does", async () => {
    const before = await workdayCodeCheck(database.db);
    // No code sets yet: only the verified scenario codes and the fee schedule's CPT codes are known.
    expect(before("icd10cm", "J44.9")).toBe("unknown");
    expect(before("icd10cm", "E11.9")).toBe("billable");
    expect(before("hcpcs", "L1833")).toBe("billable");
    expect(before("cpt", "29881")).toBe("billable");
    expect(before("cpt", "29999")).toBe("unknown");

    await importCodeSet(database.db, {
      system: "icd10cm",
      version: "FY2026",
      sourceFile: FIXTURE,
      sha256: sha256OfFile(FIXTURE),
      records: await readCodeFile("icd10cm", FIXTURE),
    });
    resetCodeDirectory();
    const after = await workdayCodeCheck(database.db);
    expect(after("icd10cm", "J44.9")).toBe("billable");
    expect(after("icd10cm", "j449")).toBe("billable");
    expect(after("icd10cm", "J44")).toBe("header");
    expect(after("icd10cm", "J44.0")).toBe("unknown");
  });
});
