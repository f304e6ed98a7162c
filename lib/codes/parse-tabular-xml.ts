import { CodeFileError } from "@/lib/codes/code-file-error";
import { ICD10CM_CODE_SHAPE } from "@/lib/codes/normalize-code";

/** The instructional notes of the ICD-10-CM Tabular List, as the CDC's tabular XML names them. */
export const TABULAR_NOTE_KINDS = [
  "includes",
  "inclusionTerm",
  "excludes1",
  "excludes2",
  "codeFirst",
  "useAdditionalCode",
  "codeAlso",
  "sevenChrNote",
  "sevenChrDef",
] as const;
export type TabularNoteKind = (typeof TABULAR_NOTE_KINDS)[number];

/**
 * One note as printed under a chapter, a section (block) or a code. `owner` is the code without the dot (S52,
 * S52531), `section:S50-S59` or `chapter:19`; a 7th-character definition's text is "A: initial encounter…".
 */
export type TabularNoteRecord = { owner: string; kind: TabularNoteKind; text: string; position: number };

export type ParsedTabular = { version?: string; notes: TabularNoteRecord[]; codesWithNotes: number; diagCount: number };

const NOTE_KINDS = new Set<string>(TABULAR_NOTE_KINDS);
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

type Element = { name: string; attributes: Record<string, string>; text: string; line: number };

/**
 * Reads the CDC ICD-10-CM tabular XML (icd10cm_tabular_YYYY.xml: ICD10CM.tabular > chapter > section > diag, diags
 * nested for subcategories and codes) and returns every instructional note with the chapter, section or code it is
 * printed under. Checks the structure as it goes: a misnested or unclosed element, a diag without a code-shaped name,
 * or a file that is not the tabular stops it with the line number.
 */
export function parseTabularXml(xml: string): ParsedTabular {
  const notes: TabularNoteRecord[] = [];
  const stack: Element[] = [];
  const owners: string[] = [];
  const codesWithNotes = new Set<string>();
  let diagCount = 0;
  let version: string | undefined;
  let sawRoot = false;
  let line = 1;
  let lastIndex = 0;
  const lineAt = (index: number) => {
    for (let cursor = lastIndex; cursor < index; cursor++) if (xml.charCodeAt(cursor) === 10) line++;
    lastIndex = index;
    return line;
  };
  const fail = (index: number, problem: string) => new CodeFileError(lineAt(index), problem);
  const parentName = (depth = 1) => stack[stack.length - depth]?.name;
  const noteOwner = () => owners.at(-1);
  const addNote = (kind: TabularNoteKind, text: string, index: number) => {
    const owner = noteOwner();
    if (!owner) throw fail(index, `a <${kind}> note must be inside a chapter, section or diag`);
    const clean = text.replace(/\s+/g, " ").trim();
    if (clean === "") return;
    notes.push({ owner, kind, text: clean, position: notes.length });
    codesWithNotes.add(owner);
  };

  for (const match of xml.matchAll(TOKEN)) {
    const index = match.index;
    const [, cdata, closing, name, rawAttributes, selfClosing, text, strayBracket] = match;
    if (strayBracket) throw fail(index, "has a '<' that does not start an element (write &lt; in text)");
    if (text !== undefined || cdata !== undefined) {
      const top = stack.at(-1);
      if (top) top.text += cdata ?? decode(text!);
      else if ((text ?? "").trim() !== "") throw fail(index, "has text outside the root element");
      continue;
    }
    if (!name) continue; // comment, declaration, doctype
    if (!closing) {
      if (stack.length === 0) {
        if (name !== "ICD10CM.tabular") throw fail(index, `the root element must be <ICD10CM.tabular>, found <${name}>`);
        sawRoot = true;
      }
      const attributes: Record<string, string> = {};
      for (const attribute of (rawAttributes ?? "").matchAll(ATTRIBUTE)) attributes[attribute[1]!] = decode(attribute[2] ?? attribute[3] ?? "");
      const element: Element = { name, attributes, text: "", line: lineAt(index) };
      if (name === "section") owners.push(`section:${attributes.id ?? "?"}`);
      if (name === "chapter" || name === "diag") owners.push("");
      if (!selfClosing) stack.push(element);
      continue;
    }
    const element = stack.pop();
    if (!element) throw fail(index, `</${name}> closes nothing`);
    if (element.name !== name) throw fail(index, `</${name}> closes <${element.name}> opened on line ${element.line}`);
    const parent = parentName();
    if (name === "version" && parent === "ICD10CM.tabular") version = element.text.trim();
    if (name === "name" && (parent === "chapter" || parent === "diag")) {
      const value = element.text.trim();
      if (parent === "diag") {
        const bare = value.replace(".", "").toUpperCase();
        if (!ICD10CM_CODE_SHAPE.test(bare)) throw fail(index, `a diag's <name> must be an ICD-10-CM code such as S52.531, found '${value}'`);
        owners[owners.length - 1] = bare;
        diagCount++;
      } else {
        owners[owners.length - 1] = `chapter:${value}`;
      }
    }
    if (name === "note" && parent && NOTE_KINDS.has(parent)) addNote(parent as TabularNoteKind, element.text, index);
    if (name === "extension" && parent === "sevenChrDef") {
      const character = element.attributes.char;
      if (!character || !/^[0-9A-Z]$/.test(character))
        throw fail(index, `a 7th-character <extension> needs char="A" (one letter or digit), found '${character ?? ""}'`);
      addNote("sevenChrDef", `${character}: ${element.text}`, index);
    }
    if (name === "chapter" || name === "section" || name === "diag") {
      const owner = owners.pop();
      if (name === "diag" && !owner) throw fail(index, "a <diag> has no <name>");
    }
  }
  if (!sawRoot) throw new CodeFileError(1, "is not the ICD-10-CM tabular XML: no <ICD10CM.tabular> root element");
  if (stack.length > 0) throw new CodeFileError(stack.at(-1)!.line, `<${stack.at(-1)!.name}> is never closed`);
  return { version, notes, codesWithNotes: codesWithNotes.size, diagCount };
}
