import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ICD10CM_CODE_SHAPE, normalizeCode } from "@/lib/codes/normalize-code";
import type { CodeRecord } from "@/lib/codes/types";
import { CONTENT_DIR, ContentError } from "@/lib/content/load-guide";

const Text = z.string().trim().min(1, "text is required");
const Category = z.string().regex(/^[A-Z][0-9A-Z]{2}$/, "a 3-character category such as J45 or C4A");
const CategoryRange = z.string().regex(/^[A-Z][0-9A-Z]{2}(-[A-Z][0-9A-Z]{2})?$/, "a category range such as J40-J4A, or one category such as D49");

export const Icd10cmBlockSchema = z.strictObject({ range: CategoryRange, title: Text });

export const Icd10cmChapterSchema = z.strictObject({
  number: z.number().int().positive(),
  title: Text,
  range: CategoryRange,
  blocks: z.array(Icd10cmBlockSchema).min(1, "a chapter needs at least one block"),
});

export const Icd10cmChapterFileSchema = z.strictObject({
  fiscalYear: z.number().int().min(2015).max(2100),
  letterCategoriesFollow: z.record(Category, Category).default({}),
  chapters: z.array(Icd10cmChapterSchema).min(1),
});

export type Icd10cmBlock = { range: string; first: string; last: string; title: string };
export type Icd10cmChapter = { number: number; title: string; range: string; first: string; last: string; blocks: Icd10cmBlock[] };
export type Icd10cmChapters = {
  fiscalYear: number;
  chapters: Icd10cmChapter[];
  /** Tabular-order sort key of a 3-character category; see compareIcd10cmCategories. */
  sortKey: (category: string) => string;
};

export type Icd10cmAncestor =
  | { level: "chapter"; number: number; range: string; title: string }
  | { level: "block"; range: string; title: string }
  | { level: "category" | "subcategory" | "code"; code: string; title?: string };

export type SeventhCharacterChoice = { character: string; code: string; meaning: string };

export const ICD10CM_CHAPTERS_FILE = path.join(CONTENT_DIR, "codes", "icd10cm-chapters.yaml");

function splitRange(range: string): { first: string; last: string } {
  const [first, last = first] = range.split("-") as [string, string?];
  return { first, last };
}

// A category the file says follows another sorts right after it: "C43" < "C43+C4A" < "C44".
function sortKeyFor(follows: ReadonlyMap<string, string>): (category: string) => string {
  const keyOf = (category: string): string => {
    const anchor = follows.get(category);
    return anchor === undefined ? category : `${keyOf(anchor)}+${category}`;
  };
  return keyOf;
}

function checkTable(table: Icd10cmChapters, follows: ReadonlyMap<string, string>, file: string): void {
  const problems: string[] = [];
  for (const [category, anchor] of follows) {
    const chain = new Set([category]);
    for (let next = follows.get(category); next !== undefined; next = follows.get(next)) {
      if (chain.has(next)) {
        problems.push(`letterCategoriesFollow: ${category} → ${anchor} goes round in a circle`);
        break;
      }
      chain.add(next);
    }
  }
  if (problems.length) throw new ContentError(`${file} is not valid:\n  ${problems.join("\n  ")}`);
  const key = table.sortKey;
  const numbers = table.chapters.map((chapter) => chapter.number);
  if (numbers.some((number, index) => number !== index + 1)) problems.push(`chapters must be numbered 1, 2, 3… in order, found ${numbers.join(", ")}`);
  for (const chapter of table.chapters) {
    const where = `chapter ${chapter.number}`;
    if (key(chapter.first) > key(chapter.last)) problems.push(`${where}: range ${chapter.range} ends before it starts`);
    if (chapter.blocks[0]!.first !== chapter.first) problems.push(`${where}: the first block must start at ${chapter.first}, the chapter's first category`);
    chapter.blocks.forEach((block, index) => {
      if (key(block.first) > key(block.last)) problems.push(`${where}: block ${block.range} ends before it starts`);
      if (key(block.first) < key(chapter.first) || key(block.last) > key(chapter.last)) {
        problems.push(`${where}: block ${block.range} is outside the chapter's range ${chapter.range}`);
      }
      const next = chapter.blocks[index + 1];
      if (next && key(block.last) >= key(next.first)) problems.push(`${where}: block ${next.range} must start after block ${block.range} ends`);
    });
  }
  const byStart = [...table.chapters].sort((a, b) => compare(key(a.first), key(b.first)));
  byStart.forEach((chapter, index) => {
    const previous = byStart[index - 1];
    if (previous && key(previous.last) >= key(chapter.first))
      problems.push(`chapters ${previous.number} (${previous.range}) and ${chapter.number} (${chapter.range}) overlap`);
  });
  if (problems.length) throw new ContentError(`${file} is not valid:\n  ${problems.join("\n  ")}`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const loaded = new Map<string, Icd10cmChapters>();

/** Reads and validates the ICD-10-CM chapter and block table (content/codes/icd10cm-chapters.yaml), once per file. */
export function loadIcd10cmChapters(file = ICD10CM_CHAPTERS_FILE): Icd10cmChapters {
  const cached = loaded.get(file);
  if (cached) return cached;
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(/* turbopackIgnore: true */ file, "utf8"));
  } catch (error) {
    throw new ContentError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = Icd10cmChapterFileSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new ContentError(`${file} is not valid:\n${problems.join("\n")}`);
  }
  const follows = new Map(Object.entries(result.data.letterCategoriesFollow));
  const table: Icd10cmChapters = {
    fiscalYear: result.data.fiscalYear,
    chapters: result.data.chapters.map((chapter) => ({
      ...chapter,
      ...splitRange(chapter.range),
      blocks: chapter.blocks.map((block) => ({ ...block, ...splitRange(block.range) })),
    })),
    sortKey: sortKeyFor(follows),
  };
  checkTable(table, follows, file);
  loaded.set(file, table);
  return table;
}

/**
 * Orders two 3-character categories as the Tabular List does. Categories with a letter in third place
 * (C4A, M1A, Z3A…) go where letterCategoriesFollow puts them; all others sort by their characters.
 */
export function compareIcd10cmCategories(a: string, b: string, table = loadIcd10cmChapters()): number {
  return compare(table.sortKey(a), table.sortKey(b));
}

function categoryOf(code: string): string | undefined {
  const bare = normalizeCode(code);
  return bare !== null && ICD10CM_CODE_SHAPE.test(bare) ? bare.slice(0, 3) : undefined;
}

function inRange(category: string, range: { first: string; last: string }, table: Icd10cmChapters): boolean {
  const key = table.sortKey(category);
  return key >= table.sortKey(range.first) && key <= table.sortKey(range.last);
}

/** The chapter an ICD-10-CM code (dotted or not) belongs to, or undefined when no chapter covers its category. */
export function chapterFor(code: string, table = loadIcd10cmChapters()): Icd10cmChapter | undefined {
  const category = categoryOf(code);
  return category === undefined ? undefined : table.chapters.find((chapter) => inRange(category, chapter, table));
}

/**
 * The block an ICD-10-CM code belongs to: the last block of its chapter starting at or before its category,
 * as long as the category is not past the block's end, by Tabular position or by characters (J40-J4A holds J47).
 */
export function blockFor(code: string, table = loadIcd10cmChapters()): Icd10cmBlock | undefined {
  const category = categoryOf(code);
  if (category === undefined) return undefined;
  const key = table.sortKey(category);
  const block = chapterFor(category, table)?.blocks.findLast((candidate) => table.sortKey(candidate.first) <= key);
  return block && (key <= table.sortKey(block.last) || category <= block.last) ? block : undefined;
}

/**
 * The path from chapter to the code: chapter, block, category, then each shorter form of the code that is
 * itself a known code (S83241A → S83, S832, S8324, S83241), then the code. Pass a Map of records to get titles.
 */
export function ancestorsOf(
  code: string,
  knownCodes: { has(code: string): boolean; get?(code: string): CodeRecord | undefined },
  table = loadIcd10cmChapters(),
): Icd10cmAncestor[] {
  const bare = normalizeCode(code);
  if (bare === null || !ICD10CM_CODE_SHAPE.test(bare)) return [];
  const titled = (level: "category" | "subcategory" | "code", subject: string): Icd10cmAncestor => {
    const title = knownCodes.get?.(subject)?.description;
    return title === undefined ? { level, code: subject } : { level, code: subject, title };
  };
  const path: Icd10cmAncestor[] = [];
  const chapter = chapterFor(bare, table);
  if (chapter) path.push({ level: "chapter", number: chapter.number, range: chapter.range, title: chapter.title });
  const block = blockFor(bare, table);
  if (block) path.push({ level: "block", range: block.range, title: block.title });
  path.push(titled("category", bare.slice(0, 3)));
  for (let length = 4; length < bare.length; length += 1) {
    const prefix = bare.slice(0, length);
    if (knownCodes.has(prefix)) path.push(titled("subcategory", prefix));
  }
  if (bare.length > 3) path.push(titled("code", bare));
  return path;
}

function commonPrefix(texts: string[]): string {
  let prefix = texts[0] ?? "";
  for (const text of texts) {
    while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/**
 * The 7th characters a code family takes (S83.241 → A, D, S) and what each means, read from the records:
 * the meaning is what the siblings' long descriptions do not share, after the last ", " they share
 * ("initial encounter", "subsequent encounter", "sequela"). Families shorter than six characters take
 * the placeholder X (T07 → T07XXXA). Returns [] when no 7-character codes exist for the family.
 */
export function seventhCharacterChoices(codeWithoutSeventh: string, records: Iterable<CodeRecord>): SeventhCharacterChoice[] {
  const bare = normalizeCode(codeWithoutSeventh);
  if (bare === null || bare.length > 6) return [];
  const family = bare.padEnd(6, "X");
  const children: CodeRecord[] = [];
  for (const record of records) {
    if (record.system === "icd10cm" && record.code.length === 7 && record.code.startsWith(family)) children.push(record);
  }
  const descriptions = children.map((child) => child.description);
  const shared = children.length > 1 ? commonPrefix(descriptions) : (descriptions[0] ?? "");
  const cut = shared.lastIndexOf(", ");
  return children.map((child) => ({
    character: child.code[6]!,
    code: child.code,
    meaning: cut === -1 ? child.description : child.description.slice(cut + 2),
  }));
}
