import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTabularXml } from "@/lib/codes/parse-tabular-xml";

const FIXTURE = fs.readFileSync(path.resolve("tests/fixtures/codes/icd10cm-tabular-excerpt.xml"), "utf8");
const wrap = (body: string) => `<?xml version="1.0"?>\n<ICD10CM.tabular>\n<version>2026</version>\n${body}\n</ICD10CM.tabular>\n`;

describe("parseTabularXml", () => {
  const parsed = parseTabularXml(FIXTURE);
  const notesOf = (owner: string, kind?: string) =>
    parsed.notes.filter((note) => note.owner === owner && (!kind || note.kind === kind)).map((note) => note.text);

  it("reads the version and every diag", () => {
    expect(parsed.version).toBe("2026");
    expect(parsed.diagCount).toBe(8);
  });

  it("files each note under the code, section or chapter it is printed under, in order", () => {
    expect(notesOf("E11", "excludes1")).toEqual(["diabetes mellitus due to underlying condition (E08.-)", "type 1 diabetes mellitus (E10.-)"]);
    expect(notesOf("E11", "inclusionTerm")).toEqual(["diabetes (mellitus) due to insulin secretory defect", "type II diabetes mellitus"]);
    expect(notesOf("E1122", "useAdditionalCode")).toEqual(["code to identify stage of chronic kidney disease (N18.1-N18.6)"]);
    expect(notesOf("S52", "codeAlso")).toEqual(["any associated open wound"]);
    expect(notesOf("S52", "excludes2")).toEqual(["fracture at wrist and hand level (S62.-)"]);
    expect(notesOf("S525", "includes")).toEqual(["fracture of distal radius"]);
    expect(notesOf("section:S50-S59", "excludes2")).toEqual(["burns and corrosions (T20-T32)", "frostbite (T33-T34)"]);
    expect(notesOf("section:Z77-Z99", "codeFirst")).toEqual(["any follow-up examination after treatment (Z09)"]);
    expect(notesOf("chapter:19", "useAdditionalCode")).toEqual(["code to identify any retained foreign body, if applicable (Z18.-)"]);
    expect(notesOf("S52531")).toEqual([]);
    const positions = parsed.notes.map((note) => note.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("reads the 7th-character note and each character's meaning", () => {
    expect(notesOf("S52", "sevenChrNote")).toEqual(["The appropriate 7th character is to be added to all codes from category S52"]);
    expect(notesOf("S52", "sevenChrDef")).toEqual([
      "A: initial encounter for closed fracture",
      "B: initial encounter for open fracture type I or II",
      "D: subsequent encounter for closed fracture with routine healing",
      "S: sequela",
    ]);
  });

  it("decodes entities and keeps text as printed", () => {
    const result = parseTabularXml(
      wrap(
        `<chapter><name>1</name><desc>x</desc><section id="A00-A09"><desc>y</desc><diag><name>A00</name><desc>Cholera</desc><excludes1><note>carrier &amp; suspected carrier (Z22.-) &lt;see&gt;</note></excludes1></diag></section></chapter>`,
      ),
    );
    expect(result.notes).toEqual([{ owner: "A00", kind: "excludes1", text: "carrier & suspected carrier (Z22.-) <see>", position: 0 }]);
  });

  it("stops at a broken structure with the line number", () => {
    expect(() => parseTabularXml("<root/>")).toThrow(/line 1: the root element must be <ICD10CM.tabular>/);
    expect(() => parseTabularXml(wrap("<chapter><name>1</name>\n<diag><name>A00</name></chapter>"))).toThrow(
      /line 5: <\/chapter> closes <diag> opened on line 5/,
    );
    expect(() => parseTabularXml(wrap("<chapter><name>1</name><diag><name>cholera</name></diag></chapter>"))).toThrow(
      /a diag's <name> must be an ICD-10-CM code/,
    );
    expect(() => parseTabularXml(wrap("<chapter><name>1</name><diag><desc>x</desc></diag></chapter>"))).toThrow(/a <diag> has no <name>/);
    expect(() => parseTabularXml("<ICD10CM.tabular><chapter>")).toThrow(/<chapter> is never closed/);
    expect(() =>
      parseTabularXml(wrap("<chapter><name>1</name><diag><name>S52</name><sevenChrDef><extension>x</extension></sevenChrDef></diag></chapter>")),
    ).toThrow(/needs char="A"/);
    expect(() => parseTabularXml("just text")).toThrow(/no <ICD10CM.tabular> root element|text outside the root/);
  });
});
