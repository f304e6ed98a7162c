import fs from "node:fs";
import path from "node:path";
import { loadPayers, loadTeachingTables } from "@/lib/claims/load-content";
import type { CodeCheck } from "@/lib/claims/tables";
import type { ClaimsWorld } from "@/lib/claims/workbench";

/**
 * The committed list of ICD-10-CM and HCPCS codes the scenarios use, each line copied from the official files
 * (content/denials/verified-codes.txt, rebuilt by scripts/denials/verify-codes.ts). CPT codes are checked against
 * the synthetic fee schedule.
 */
export function verifiedCodes(): Map<string, { system: "icd10cm" | "hcpcs"; description: string }> {
  const file = path.resolve("content/denials/verified-codes.txt");
  const entries = new Map<string, { system: "icd10cm" | "hcpcs"; description: string }>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [system, code, ...description] = line.split("\t");
    entries.set(`${system}:${code}`, { system: system as "icd10cm" | "hcpcs", description: description.join("\t") });
  }
  return entries;
}

export function scenarioWorld(): ClaimsWorld {
  const tables = loadTeachingTables();
  const codes = verifiedCodes();
  const codeCheck: CodeCheck = (system, code) => {
    if (system === "cpt") return tables.codes.has(code) ? "billable" : "unknown";
    return codes.has(`${system}:${code.replace(".", "")}`) ? "billable" : "unknown";
  };
  return { payers: loadPayers(), tables, codeCheck };
}
