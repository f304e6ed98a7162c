import path from "node:path";
import type { Database } from "@/lib/db/client";
import { CONTENT_DIR } from "@/lib/content/load-guide";
import { loadCptSummaries } from "@/lib/content/load-code-content";
import { importCodeSet, readCodeFile, sha256OfFile, type ImportReport } from "@/lib/codes/import-code-set";
import { createHash } from "node:crypto";

export const STARTER_VERSION_PREFIX = "starter";
const STARTER_DIR = path.join(CONTENT_DIR, "codes", "starter");
const STARTER_FILES = {
  icd10cm: { file: path.join(STARTER_DIR, "icd10cm-order-starter.txt"), version: `${STARTER_VERSION_PREFIX} FY2026 subset` },
  hcpcs: { file: path.join(STARTER_DIR, "hcpcs-starter.txt"), version: `${STARTER_VERSION_PREFIX} 2025-01 subset` },
} as const;

/**
 * Loads the shipped starter subsets (ICD-10-CM, HCPCS) and Chartwise's CPT summaries. A starter set is (re)loaded
 * only while no official file has been imported for that system, so an operator's full import is never undone.
 */
export async function seedCodeSets(db: Database): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const system of ["icd10cm", "hcpcs"] as const) {
    const latest = await db.codeSetVersion.findFirst({ where: { system }, orderBy: { importedAt: "desc" } });
    if (latest && !latest.version.startsWith(STARTER_VERSION_PREFIX)) continue;
    const { file, version } = STARTER_FILES[system];
    const sha256 = sha256OfFile(file);
    if (latest?.sha256 === sha256) continue;
    reports.push(await importCodeSet(db, { system, version, sourceFile: file, sha256, records: await readCodeFile(system, file) }, { maxRemovedFraction: 1 }));
  }
  const summaries = loadCptSummaries();
  const records = summaries.map((summary) => ({ system: "cpt" as const, code: summary.code, description: summary.summary, billable: true }));
  const sha256 = createHash("sha256").update(JSON.stringify(records)).digest("hex");
  const report = await importCodeSet(db, { system: "cpt", version: "Chartwise summaries", sourceFile: "cpt-summaries.yaml", sha256, records }, { maxRemovedFraction: 1 });
  if (!report.alreadyCurrent) reports.push(report);
  return reports;
}
