import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTabularXml } from "@/lib/codes/parse-tabular-xml";
import { codesInNote, getTabularNotes, importTabularNotes } from "@/lib/codes/tabular-notes";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const FIXTURE = path.resolve("tests/fixtures/codes/icd10cm-tabular-excerpt.xml");
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("Tabular List notes", () => {
  it("say they are not loaded until a tabular file is imported", async () => {
    expect(await getTabularNotes(database.db, "S52.531A")).toEqual({ loaded: false });
  });

  it("import once, then give each code its own notes and those printed above it", async () => {
    const parsed = parseTabularXml(fs.readFileSync(FIXTURE, "utf8"));
    const report = await importTabularNotes(database.db, { version: "FY2026", sourceFile: "icd10cm-tabular-excerpt.xml", sha256: "abc", parsed });
    expect(report).toMatchObject({ version: "FY2026", notes: parsed.notes.length, alreadyCurrent: false });
    expect(await importTabularNotes(database.db, { version: "FY2026", sourceFile: "x.xml", sha256: "abc", parsed })).toMatchObject({ alreadyCurrent: true });
    expect(await database.db.tabularNote.count()).toBe(parsed.notes.length);

    const colles = await getTabularNotes(database.db, "S52.531A");
    if (!colles.loaded) throw new Error("expected loaded notes");
    expect(colles.groups.map((group) => `${group.kind} ${group.source.label}`)).toEqual([
      "includes S52.5",
      "codeAlso S52",
      "excludes1 S52",
      "excludes2 S52",
      "sevenChrNote S52",
      "excludes2 S50-S59",
      "useAdditionalCode Chapter 19",
    ]);
    expect(colles.sevenCharacters.map((choice) => `${choice.character} ${choice.meaning}`)).toEqual([
      "A initial encounter for closed fracture",
      "B initial encounter for open fracture type I or II",
      "D subsequent encounter for closed fracture with routine healing",
      "S sequela",
    ]);
    const polyps = await getTabularNotes(database.db, "Z86.0101");
    expect(polyps.loaded && polyps.groups.map((group) => `${group.kind} ${group.source.label}`)).toEqual(["excludes2 Z86.010", "codeFirst Z77-Z99"]);
  });

  it("a second import replaces the notes as a whole", async () => {
    const parsed = parseTabularXml(
      `<ICD10CM.tabular><version>2027</version><chapter><name>4</name><diag><name>E11</name><excludes1><note>only this</note></excludes1></diag></chapter></ICD10CM.tabular>`,
    );
    await importTabularNotes(database.db, { version: "FY2027", sourceFile: "next.xml", sha256: "def", parsed });
    const notes = await getTabularNotes(database.db, "E11.9");
    expect(notes.loaded && notes.version).toBe("FY2027");
    expect(notes.loaded && notes.groups).toEqual([{ kind: "excludes1", source: { level: "category", label: "E11", code: "E11" }, notes: ["only this"] }]);
  });

  it("finds the codes a note names, for links", () => {
    expect(codesInNote("type 1 diabetes mellitus (E10.-)")).toEqual(["E10"]);
    expect(codesInNote("code to identify stage of chronic kidney disease (N18.1-N18.6)")).toEqual(["N18.1", "N18.6"]);
    expect(codesInNote("insulin (Z79.4) oral antidiabetic drugs (Z79.84)")).toEqual(["Z79.4", "Z79.84"]);
    expect(codesInNote("any associated open wound")).toEqual([]);
  });
});
