import { createHash } from "node:crypto";
import path from "node:path";
import type { Database } from "@/lib/db/client";
import { CONTENT_DIR } from "@/lib/content/load-guide";
import { loadCptSummaries } from "@/lib/content/load-code-content";
import { importCodeSet, readCodeFile, sha256OfFile, type ImportProgress, type ImportReport } from "@/lib/codes/import-code-set";

/** Versions loaded by earlier releases from the retired starter subset; the shipped official files replace them. */
const RETIRED_VERSION_PREFIX = "starter";
export const OFFICIAL_DIR = path.join(CONTENT_DIR, "codes", "official");

/** The official files shipped in content/codes/official/ (see its README for source, date and SHA-256). */
export const SHIPPED_CODE_FILES = {
  icd10cm: { file: path.join(OFFICIAL_DIR, "icd10cm_order_2026.txt.gz"), version: "FY2026", label: "ICD-10-CM FY2026" },
  hcpcs: { file: path.join(OFFICIAL_DIR, "HCPC2025_JAN_ANWEB_12172024.txt.gz"), version: "2025-01", label: "HCPCS Level II 2025-01" },
} as const;

export type SeedCodeSetsOptions = {
  /** Called while a shipped file is read and written, for a progress line on the first start. */
  onProgress?: (system: "icd10cm" | "hcpcs", progress: ImportProgress) => void;
  /** Tests: load other files than the shipped ones. */
  files?: Partial<Record<"icd10cm" | "hcpcs", { file: string; version: string }>>;
};

/**
 * Loads the shipped official code sets (ICD-10-CM, HCPCS Level II) and Chartwise's CPT summaries. A shipped file is
 * loaded only while no other file has been imported for that system (an empty database, or one holding the retired
 * starter subset), so an operator's newer import is never undone; a restart finds the file current and writes nothing.
 */
export async function seedCodeSets(db: Database, options: SeedCodeSetsOptions = {}): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const system of ["icd10cm", "hcpcs"] as const) {
    const { file, version } = options.files?.[system] ?? SHIPPED_CODE_FILES[system];
    const latest = await db.codeSetVersion.findFirst({ where: { system }, orderBy: { importedAt: "desc" } });
    if (latest && !latest.version.startsWith(RETIRED_VERSION_PREFIX)) continue;
    const sha256 = sha256OfFile(file);
    const onProgress = options.onProgress && ((progress: ImportProgress) => options.onProgress!(system, progress));
    const records = await readCodeFile(system, file, onProgress);
    // Replacing the retired subset removes none of its codes (it was a subset), so no removal guard is needed.
    reports.push(await importCodeSet(db, { system, version, sourceFile: file, sha256, records }, { onProgress, maxRemovedFraction: 1 }));
  }
  const summaries = loadCptSummaries();
  const records = summaries.map((summary) => ({ system: "cpt" as const, code: summary.code, description: summary.summary, billable: true }));
  const sha256 = createHash("sha256").update(JSON.stringify(records)).digest("hex");
  const report = await importCodeSet(
    db,
    { system: "cpt", version: "Chartwise summaries", sourceFile: "cpt-summaries.yaml", sha256, records },
    { maxRemovedFraction: 1 },
  );
  if (!report.alreadyCurrent) reports.push(report);
  return reports;
}
