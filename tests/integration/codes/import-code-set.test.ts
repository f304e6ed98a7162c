import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getCodeDirectory, resetCodeDirectory } from "@/lib/codes/code-directory";
import { readCodeFile } from "@/lib/codes/import-code-set";
import { seedCodeSets } from "@/lib/codes/seed-code-sets";
import { codeSetTestDatabase, importCodeFile } from "@/tests/setup/code-set-database";

const FIXTURE = path.resolve("tests/fixtures/codes/icd10cm-order-excerpt.txt");
const OFFICIAL_ICD = path.resolve("..", "shared", "data", "icd10cm_order_2026.txt.gz");
const OFFICIAL_HCPCS = path.resolve("..", "shared", "data", "HCPC2025_JAN_ANWEB_12172024.txt");
const hasOfficialFiles = fs.existsSync(OFFICIAL_ICD) && fs.existsSync(OFFICIAL_HCPCS);

const database = codeSetTestDatabase();

const importFile = (system: "icd10cm" | "hcpcs", file: string, version: string) => importCodeFile(database.db, system, file, version);

function tempFile(name: string, lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-import-")), name);
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  return file;
}

describe("importCodeSet on a small fixture", () => {
  const lines = fs.readFileSync(FIXTURE, "utf8").split(/\r?\n/).filter(Boolean);

  it("adds every code, then reports what a changed file added, changed and removed", async () => {
    const first = await importFile("icd10cm", FIXTURE, "FY2026");
    expect(first).toMatchObject({ added: lines.length, changed: 0, removed: 0, total: lines.length, alreadyCurrent: false });

    const again = await importFile("icd10cm", FIXTURE, "FY2026");
    expect(again).toMatchObject({ alreadyCurrent: true, added: 0, changed: 0, removed: 0 });
    expect(await database.db.codeSetVersion.count({ where: { system: "icd10cm" } })).toBe(1);

    const edited = [...lines];
    const removedLine = edited.pop()!;
    edited[1] = edited[1]!.replace(/.{1}$/, (last) => (last === "X" ? "Y" : "X"));
    const update = await importFile("icd10cm", tempFile("icd10cm_order_2027.txt", edited), "FY2027");
    expect(update).toMatchObject({ added: 0, changed: 1, removed: 1, unchanged: lines.length - 2, total: lines.length - 1 });
    const removedCode = removedLine.slice(6, 13).trim();
    expect(await database.db.code.findUnique({ where: { system_code: { system: "icd10cm", code: removedCode } } })).toBeNull();
    const latest = await database.db.codeSetVersion.findFirstOrThrow({ where: { system: "icd10cm" }, orderBy: { importedAt: "desc" } });
    expect(latest).toMatchObject({ version: "FY2027", changed: 1, removed: 1 });
  });

  it("refuses a file that would remove most codes, leaving the previous version intact", async () => {
    const before = await database.db.code.count({ where: { system: "icd10cm" } });
    const truncated = tempFile("icd10cm_order_2028.txt", lines.slice(0, 3));
    await expect(importFile("icd10cm", truncated, "FY2028")).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/looks like a truncated or wrong file/),
    });
    expect(await database.db.code.count({ where: { system: "icd10cm" } })).toBe(before);
    expect((await database.db.codeSetVersion.findFirstOrThrow({ where: { system: "icd10cm" }, orderBy: { importedAt: "desc" } })).version).toBe("FY2027");
  });

  it("rejects a malformed file with its line number before writing anything", async () => {
    const badFlag = `${lines[4]!.slice(0, 14)}7${lines[4]!.slice(15)}`;
    const broken = tempFile("icd10cm_order_2029.txt", [...lines.slice(0, 4), badFlag, ...lines.slice(5)]);
    await expect(readCodeFile("icd10cm", broken)).rejects.toThrow(/line 5: column 15 must be 0 \(header\) or 1 \(billable\)/);
  });
});

describe("seeding the code sets and the code directory", () => {
  it("loads the given official files and CPT summaries once, and the directory finds them", async () => {
    await database.db.code.deleteMany();
    await database.db.codeSetVersion.deleteMany();
    const files = {
      icd10cm: { file: FIXTURE, version: "FY2026" },
      hcpcs: { file: path.resolve("tests/fixtures/codes/hcpcs-excerpt.txt"), version: "2025-01" },
    };
    const reports = await seedCodeSets(database.db, { files });
    expect(reports.map((report) => report.system).sort()).toEqual(["cpt", "hcpcs", "icd10cm"]);
    expect(await seedCodeSets(database.db, { files })).toEqual([]);

    resetCodeDirectory();
    const directory = await getCodeDirectory(database.db);
    expect(directory.search("J45.909")[0]).toMatchObject({ code: "J45.909", description: "Unspecified asthma, uncomplicated", billable: true });
    const knee = directory.detail("S83.241");
    expect(knee.billable).toBe(false);
    expect(knee.seventhCharacters.map((choice) => `${choice.character} ${choice.meaning}`)).toEqual([
      "A initial encounter",
      "D subsequent encounter",
      "S sequela",
    ]);
    expect(knee.path.map((step) => step.label)).toEqual(["Chapter 19", "S80-S89", "S83", "S83.2", "S83.24", "S83.241"]);
    expect(directory.detail("99213")).toMatchObject({ system: "cpt", descriptionSource: "chartwise-summary" });
    expect(() => directory.detail("Q99.99")).toThrow(/is not a code in the loaded code sets/);
  });

  it("picks up an import in the background: searches answer from the directory they have and never wait for the check", async () => {
    resetCodeDirectory();
    const started = Date.now();
    const before = await getCodeDirectory(database.db, started);
    expect(await getCodeDirectory(database.db, started + 1_000)).toBe(before);

    const lines = fs.readFileSync(FIXTURE, "utf8").split(/\r?\n/).filter(Boolean);
    const dropped = lines.at(-1)!.slice(6, 13).trim();
    expect(before.index.get(dropped, "icd10cm")).toBeDefined();
    await importFile("icd10cm", tempFile("icd10cm_order_2030.txt", lines.slice(0, -1)), "FY2030");

    // The first call after the interval answers at once from the old directory and starts the rebuild…
    expect(await getCodeDirectory(database.db, started + 6_000)).toBe(before);
    // …which the calls after it see once it has finished.
    await expect.poll(async () => (await getCodeDirectory(database.db, started + 6_000)).index.get(dropped, "icd10cm"), { timeout: 30_000 }).toBeUndefined();
  });
});

describe.skipIf(!hasOfficialFiles)("the official FY2026 ICD-10-CM and 2025 HCPCS files", () => {
  it("imports in full, answers as the README says, and re-importing changes nothing", async () => {
    const icd = await importFile("icd10cm", OFFICIAL_ICD, "FY2026");
    expect(icd.total).toBe(98_186);
    expect(await database.db.code.count({ where: { system: "icd10cm", billable: true } })).toBe(74_719);
    expect(await database.db.code.count({ where: { system: "icd10cm", billable: false } })).toBe(23_467);
    const hcpcs = await importFile("hcpcs", OFFICIAL_HCPCS, "2025-01");
    expect(hcpcs.total).toBe(8_259 + 383);
    expect(await database.db.code.count({ where: { system: "hcpcs", kind: "code", terminated: false } })).toBe(7_114);

    resetCodeDirectory();
    const directory = await getCodeDirectory(database.db);
    expect(directory.detail("J45.909")).toMatchObject({ description: "Unspecified asthma, uncomplicated", billable: true });
    expect(directory.detail("J45")).toMatchObject({ billable: false });
    expect(directory.detail("J45").billableDescendants.total).toBeGreaterThan(10);
    expect((await importFile("icd10cm", OFFICIAL_ICD, "FY2026")).alreadyCurrent).toBe(true);
  }, 240_000);
});

if (!hasOfficialFiles) console.log(`skipped: ${OFFICIAL_ICD} or ${OFFICIAL_HCPCS} not found (official CDC/CMS files, not committed)`);
