import path from "node:path";
import { describe, expect, it } from "vitest";
import { resetCodeDirectory } from "@/lib/codes/code-directory";
import { workdayCodeCheck } from "@/lib/workday/claims-adapter";
import { codeSetTestDatabase, importCodeFile } from "@/tests/setup/code-set-database";

const FIXTURE = path.resolve("tests/fixtures/codes/icd10cm-order-excerpt.txt");

const database = codeSetTestDatabase();

describe("workdayCodeCheck", () => {
  it("judges codes by the code sets in the database, as the denials workbench does", async () => {
    const before = await workdayCodeCheck(database.db);
    // No code sets yet: only the verified scenario codes and the fee schedule's CPT codes are known.
    expect(before("icd10cm", "J44.9")).toBe("unknown");
    expect(before("icd10cm", "E11.9")).toBe("billable");
    expect(before("hcpcs", "L1833")).toBe("billable");
    expect(before("cpt", "29881")).toBe("billable");
    expect(before("cpt", "29999")).toBe("unknown");

    await importCodeFile(database.db, "icd10cm", FIXTURE, "FY2026");
    resetCodeDirectory();
    const after = await workdayCodeCheck(database.db);
    expect(after("icd10cm", "J44.9")).toBe("billable");
    expect(after("icd10cm", "j449")).toBe("billable");
    expect(after("icd10cm", "J44")).toBe("header");
    expect(after("icd10cm", "J44.0")).toBe("unknown");
  });
});
