/**
 * Rebuilds content/denials/verified-codes.txt: every ICD-10-CM and HCPCS code the denial scenarios use, with its
 * description copied from the official files (ICD-10-CM FY2026 codes file, HCPCS 2025 annual file). Fails, naming
 * them, when a code is not billable (ICD-10-CM) or not active (HCPCS).
 *
 *   npx tsx scripts/denials/verify-codes.ts [--data ../shared/data]
 */
import fs from "node:fs";
import path from "node:path";
import { loadDenialScenarios } from "@/lib/claims/load-content";
import { parseHcpcsFile } from "@/lib/codes/parse-hcpcs";

const dataFlag = process.argv.indexOf("--data");
const dataDir = path.resolve(dataFlag > 0 ? process.argv[dataFlag + 1]! : path.join("..", "shared", "data"));

async function main() {
  const scenarios = loadDenialScenarios();
  const icd = new Set<string>();
  const hcpcs = new Set<string>();
  for (const scenario of scenarios) {
    for (const code of [...scenario.claim.diagnoses, ...(scenario.modelCorrection?.diagnoses ?? [])]) icd.add(code.replace(".", ""));
    for (const line of [...scenario.claim.lines, ...(scenario.modelCorrection?.lines ?? [])]) if (/^[A-Z]/.test(line.code)) hcpcs.add(line.code);
  }
  const billable = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(dataDir, "icd10cm_codes_2026.txt"), "utf8").split(/\r?\n/)) {
    const match = /^(\S+)\s+(.*)$/.exec(line);
    if (match && icd.has(match[1]!)) billable.set(match[1]!, match[2]!.trim());
  }
  const active = new Map<string, string>();
  for await (const record of parseHcpcsFile(path.join(dataDir, "HCPC2025_JAN_ANWEB_12172024.txt"))) {
    if (record.kind === "code" && !record.terminated && hcpcs.has(record.code)) active.set(record.code, record.description);
  }
  const missing = [
    ...[...icd].filter((code) => !billable.has(code)).map((code) => `ICD-10-CM ${code} is not a billable FY2026 code`),
    ...[...hcpcs].filter((code) => !active.has(code)).map((code) => `HCPCS ${code} is not active in the 2025 file`),
  ];
  if (missing.length) {
    console.error(missing.join("\n"));
    process.exit(1);
  }
  const lines = [
    "# ICD-10-CM and HCPCS codes used by content/denials/scenarios, copied from the official files:",
    "# icd10cm_codes_2026.txt (CDC NCHS / CMS, FY2026) and HCPC2025_JAN_ANWEB_12172024.txt (CMS).",
    "# Rebuild: npx tsx scripts/denials/verify-codes.ts --data ../shared/data   (do not edit by hand)",
    ...[...billable].sort().map(([code, description]) => `icd10cm\t${code}\t${description}`),
    ...[...active].sort().map(([code, description]) => `hcpcs\t${code}\t${description}`),
  ];
  fs.writeFileSync(path.resolve("content/denials/verified-codes.txt"), `${lines.join("\n")}\n`);
  console.log(`content/denials/verified-codes.txt: ${billable.size} ICD-10-CM and ${active.size} HCPCS codes`);
}

void main();
