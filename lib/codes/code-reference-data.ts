import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CONTENT_DIR, ContentError } from "@/lib/content/load-guide";

// Small files derived from the official documents by scripts/codes/build-reference-data.ts (the documents themselves
// are not committed): the FY2026 addenda and the guidelines' table of contents.

export type CodeChange = { kind: "added" } | { kind: "revised"; from: string; to: string } | { kind: "now-header" };
export type GuidelineSection = { chapter: number; section: string; title: string; page: number };

const ChangesSchema = z.object({
  source: z.string(),
  fiscalYear: z.number().int(),
  added: z.array(z.string()),
  nowHeader: z.array(z.string()),
  revised: z.record(z.string(), z.object({ from: z.string(), to: z.string() })),
  deleted: z.record(z.string(), z.string()),
});
const SectionsSchema = z.object({
  source: z.string(),
  fiscalYear: z.number().int(),
  sections: z.array(
    z.object({
      chapter: z.number().int().min(1).max(22),
      section: z.string().regex(/^I\.C\.\d{1,2}$/),
      title: z.string().min(1),
      page: z.number().int().positive(),
    }),
  ),
});

function readJson<T>(name: string, schema: z.ZodType<T>): T {
  const file = path.join(CONTENT_DIR, "codes", name);
  const result = schema.safeParse(JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, "utf8")));
  if (!result.success) throw new ContentError(`${file} is not valid: ${result.error.issues[0]?.message}`);
  return result.data;
}

let changes: { fiscalYear: number; byCode: Map<string, CodeChange>; deleted: Map<string, string> } | undefined;

/** What the FY2026 ICD-10-CM update added, revised, turned into a header or deleted, by code (without the dot). */
export function loadCodeChanges() {
  if (changes) return changes;
  const data = readJson("icd10cm-fy2026-changes.json", ChangesSchema);
  const byCode = new Map<string, CodeChange>();
  for (const code of data.added) byCode.set(code, { kind: "added" });
  for (const code of data.nowHeader) byCode.set(code, { kind: "now-header" });
  for (const [code, revision] of Object.entries(data.revised)) byCode.set(code, { kind: "revised", ...revision });
  changes = { fiscalYear: data.fiscalYear, byCode, deleted: new Map(Object.entries(data.deleted)) };
  return changes;
}

let sections: GuidelineSection[] | undefined;

/** Each ICD-10-CM chapter's part of the FY2026 Official Guidelines (Section I.C.1 … I.C.22), with its page. */
export function loadGuidelineSections(): GuidelineSection[] {
  sections ??= readJson("icd10cm-guideline-sections.json", SectionsSchema).sections;
  return sections;
}
