// The official code sets shipped in content/codes/official/: what a fresh `npm start` loads, what a restart does
// (nothing), and how a newer release imported over them behaves.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { getCodeDirectory, resetCodeDirectory } from "@/lib/codes/code-directory";
import { importCodeSet, readCodeFile, sha256OfFile } from "@/lib/codes/import-code-set";
import { SHIPPED_CODE_FILES, seedCodeSets } from "@/lib/codes/seed-code-sets";
import type { Prisma } from "@/lib/db/client";
import { codeSetTestDatabase } from "@/tests/setup/code-set-database";

const database = codeSetTestDatabase();

const count = (where: Prisma.CodeWhereInput) => database.db.code.count({ where });

describe("the shipped official code sets", () => {
  it("are the files the README names, byte for byte", () => {
    const readme = fs.readFileSync(path.join(path.dirname(SHIPPED_CODE_FILES.icd10cm.file), "README.md"), "utf8");
    for (const { file } of Object.values(SHIPPED_CODE_FILES)) {
      expect(readme).toContain(path.basename(file));
      expect(readme).toContain(sha256OfFile(file));
    }
  });

  it("load in full on a fresh database, with counts that match the files", async () => {
    const progress: string[] = [];
    const reports = await seedCodeSets(database.db, { onProgress: (system, step) => progress.push(`${system}:${step.phase}`) });
    expect(reports.map((report) => [report.system, report.version, report.total])).toEqual([
      ["icd10cm", "FY2026", 98_186],
      ["hcpcs", "2025-01", 8_259 + 383],
      ["cpt", "Chartwise summaries", expect.any(Number)],
    ]);
    expect(progress).toEqual(expect.arrayContaining(["icd10cm:reading", "icd10cm:writing", "hcpcs:reading", "hcpcs:writing"]));
    expect(await count({ system: "icd10cm", billable: true })).toBe(74_719);
    expect(await count({ system: "icd10cm", billable: false })).toBe(23_467);
    expect(await count({ system: "hcpcs", kind: "modifier" })).toBe(383);
    expect(await count({ system: "hcpcs", kind: "code", terminated: false })).toBe(7_114);

    resetCodeDirectory();
    const directory = await getCodeDirectory(database.db);
    for (const code of ["S52.531A", "Z86.0101", "E0143", "J3301"]) expect(directory.detail(code).code).toBe(code);
    // Counted in the file: every flag-1 line whose code starts S525.
    expect(directory.detail("S52.5")).toMatchObject({ billable: false, billableDescendants: { total: 450 } });
  }, 120_000);

  it("give honest code pages: every billable code under a header, paged; FY2026 changes; the guideline section; units", async () => {
    const directory = await getCodeDirectory(database.db);
    const first = directory.detail("S52.5");
    expect(first.billableDescendants).toMatchObject({ total: 450, page: 1, pages: 9, pageSize: 50 });
    const all = new Set<string>();
    for (let page = 1; page <= first.billableDescendants.pages; page++)
      for (const item of directory.detail("S52.5", "icd10cm", page).billableDescendants.items) all.add(item.code);
    expect(all.size).toBe(450);
    expect([...all].every((code) => code.startsWith("S52.5") && directory.detail(code).billable)).toBe(true);
    expect(directory.detail("S52.5", "icd10cm", 99).billableDescendants.page).toBe(9);

    expect(directory.detail("B88.01").changes).toMatchObject({ own: { kind: "added" }, fiscalYear: 2026 });
    expect(directory.detail("B88.0").changes?.own).toEqual({ kind: "now-header" });
    expect(directory.detail("L02.212").changes?.own).toMatchObject({ kind: "revised", from: "Cutaneous abscess of back [any part, except buttock]" });
    expect(directory.detail("B88.0").changes).toMatchObject({ addedBelow: 2, revisedBelow: 0 });
    expect(directory.detail("Z86.010").changes).toMatchObject({ addedBelow: 0 });
    expect(directory.detail("S52.531A").guideline).toMatchObject({ section: "I.C.19", chapter: 19 });

    expect(directory.detail("J1885").billingUnit).toBe("per 15 mg");
    const [ketorolac] = directory.search("ketorolac 30 mg", { system: "hcpcs" });
    expect(ketorolac).toMatchObject({ code: "J1885", units: { units: 2, exact: true } });
    expect(directory.search("personal history of colon polyps", { system: "icd10cm" })[0]!.code).toMatch(/^Z86\.010/);
  }, 60_000);

  it("are left alone on a restart: nothing is written and no version is added", async () => {
    const versions = await database.db.codeSetVersion.count();
    expect(await seedCodeSets(database.db)).toEqual([]);
    expect(await database.db.codeSetVersion.count()).toBe(versions);
  }, 60_000);

  it("take a newer release through the import, and a restart does not undo it", async () => {
    const lines = gunzipSync(fs.readFileSync(SHIPPED_CODE_FILES.icd10cm.file)).toString("latin1").split("\r\n").filter(Boolean);
    const revised = lines.findIndex((line) => line.slice(6, 13).trim() === "J45909");
    lines[revised] = `${lines[revised]!.slice(0, 77)}Unspecified asthma, uncomplicated (revised wording)`;
    const removed = lines.splice(
      lines.findIndex((line) => line.slice(6, 13).trim() === "U099"),
      1,
    );
    const added = `98187 U100    1 ${"A code added by the next release".padEnd(60)} A code added by the next release, long description`;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-release-")), "icd10cm_order_2027.txt");
    fs.writeFileSync(file, [...lines, added].join("\r\n") + "\r\n");

    const report = await importCodeSet(database.db, {
      system: "icd10cm",
      version: "FY2027",
      sourceFile: file,
      sha256: sha256OfFile(file),
      records: await readCodeFile("icd10cm", file),
    });
    expect(report).toMatchObject({ added: 1, changed: 1, removed: removed.length, total: 98_186, unchanged: 98_186 - 2, alreadyCurrent: false });
    expect(await seedCodeSets(database.db)).toEqual([]);
    const stored = await database.db.code.findUniqueOrThrow({ where: { system_code: { system: "icd10cm", code: "J45909" } } });
    expect(stored.description).toBe("Unspecified asthma, uncomplicated (revised wording)");
    expect(await database.db.code.findUnique({ where: { system_code: { system: "icd10cm", code: "U099" } } })).toBeNull();
    expect((await database.db.codeSetVersion.findFirstOrThrow({ where: { system: "icd10cm" }, orderBy: { importedAt: "desc" } })).version).toBe("FY2027");
  }, 120_000);
});
