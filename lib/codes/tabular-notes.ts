import type { Database } from "@/lib/db/client";
import { blockFor, chapterFor } from "@/lib/codes/icd10cm-hierarchy";
import { formatCode, normalizeCode } from "@/lib/codes/normalize-code";
import type { ParsedTabular, TabularNoteKind } from "@/lib/codes/parse-tabular-xml";

export type TabularImportReport = { version: string; codes: number; notes: number; alreadyCurrent: boolean };

const WRITE_BATCH = 5_000;

/**
 * Replaces the stored Tabular List notes with those of a parsed tabular XML file, in one transaction, and records the
 * import. The same file again writes nothing.
 */
export async function importTabularNotes(
  db: Database,
  input: { version: string; sourceFile: string; sha256: string; parsed: ParsedTabular },
): Promise<TabularImportReport> {
  const { parsed } = input;
  const latest = await db.tabularNotesImport.findFirst({ orderBy: { importedAt: "desc" } });
  if (latest?.sha256 === input.sha256) return { version: latest.version, codes: latest.codes, notes: latest.notes, alreadyCurrent: true };
  return db.$transaction(
    async (tx) => {
      await tx.tabularNote.deleteMany();
      for (let start = 0; start < parsed.notes.length; start += WRITE_BATCH) {
        await tx.tabularNote.createMany({
          data: parsed.notes.slice(start, start + WRITE_BATCH).map((note) => ({ code: note.owner, kind: note.kind, text: note.text, position: note.position })),
        });
      }
      await tx.tabularNotesImport.create({
        data: { version: input.version, sourceFile: input.sourceFile, sha256: input.sha256, codes: parsed.codesWithNotes, notes: parsed.notes.length },
      });
      return { version: input.version, codes: parsed.codesWithNotes, notes: parsed.notes.length, alreadyCurrent: false };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

/** Where a note is printed, from the code's own line up to its chapter: notes there apply to every code below. */
export type NoteSource = { level: "code" | "category" | "subcategory" | "section" | "chapter"; label: string; code?: string };
export type TabularNoteGroup = { kind: TabularNoteKind; source: NoteSource; notes: string[] };
export type CodeTabularNotes =
  | { loaded: false }
  | { loaded: true; version: string; groups: TabularNoteGroup[]; sevenCharacters: { character: string; meaning: string; source: NoteSource }[] };

/**
 * The Tabular List notes that apply to an ICD-10-CM code: its own, then those of each code above it, its section and
 * its chapter (a note under a category covers all its codes). `{ loaded: false }` until a tabular file is imported.
 */
export async function getTabularNotes(db: Database, codeInput: string): Promise<CodeTabularNotes> {
  const latest = await db.tabularNotesImport.findFirst({ orderBy: { importedAt: "desc" }, select: { version: true } });
  if (!latest) return { loaded: false };
  const bare = normalizeCode(codeInput) ?? codeInput.toUpperCase().replace(".", "");
  const owners: { owner: string; source: NoteSource }[] = [];
  for (let length = bare.length; length >= 3; length--) {
    const code = bare.slice(0, length);
    const level = length === bare.length ? "code" : length === 3 ? "category" : "subcategory";
    owners.push({ owner: code, source: { level, label: formatCode("icd10cm", code), code: formatCode("icd10cm", code) } });
  }
  const block = blockFor(bare);
  if (block) owners.push({ owner: `section:${block.range}`, source: { level: "section", label: block.range } });
  const chapter = chapterFor(bare);
  if (chapter) owners.push({ owner: `chapter:${chapter.number}`, source: { level: "chapter", label: `Chapter ${chapter.number}` } });
  const rows = await db.tabularNote.findMany({ where: { code: { in: owners.map((owner) => owner.owner) } }, orderBy: { position: "asc" } });
  const groups: TabularNoteGroup[] = [];
  const sevenCharacters: { character: string; meaning: string; source: NoteSource }[] = [];
  let sevenFrom: string | undefined;
  for (const { owner, source } of owners) {
    const own = rows.filter((row) => row.code === owner);
    for (const row of own) {
      const kind = row.kind as TabularNoteKind;
      if (kind === "sevenChrDef") {
        // The nearest definition wins: a subcategory may redefine its category's 7th characters.
        if (sevenFrom !== undefined && sevenFrom !== owner) continue;
        sevenFrom = owner;
        const [character, ...meaning] = row.text.split(": ");
        sevenCharacters.push({ character: character!, meaning: meaning.join(": "), source });
        continue;
      }
      const group = groups.find((candidate) => candidate.kind === kind && candidate.source.label === source.label);
      if (group) group.notes.push(row.text);
      else groups.push({ kind, source, notes: [row.text] });
    }
  }
  return { loaded: true, version: latest.version, groups, sevenCharacters };
}

/** Codes a note names, for links: "type 1 diabetes mellitus (E10.-)" → E10; "(N18.1-N18.6)" → N18.1, N18.6. */
export function codesInNote(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.-|-)?/g)) {
    const code = match[1]!;
    if (normalizeCode(code)) found.add(code);
  }
  return [...found];
}
