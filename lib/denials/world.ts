import fs from "node:fs";
import path from "node:path";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import type { CodeCheck, CodeStatus, EditTables, MueEdit, PtpEdit } from "@/lib/claims/tables";
import type { ClaimsWorld } from "@/lib/claims/workbench";
import type { Database } from "@/lib/db/client";
import { CONTENT_DIR } from "@/lib/content/load-guide";
import { denialCatalog } from "@/lib/denials/catalog";

export const IMPORTED_TABLE_LABEL = "CMS NCCI tables imported with npm run ncci:import";

let verified: Set<string> | undefined;
/** The scenario codes checked against the official files (content/denials/verified-codes.txt): "icd10cm:M7501". */
function verifiedCodes(): Set<string> {
  if (!verified) {
    const text = fs.readFileSync(path.join(CONTENT_DIR, "denials", "verified-codes.txt"), "utf8");
    verified = new Set(
      text
        .split("\n")
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => {
          const [system, code] = line.split("\t");
          return `${system}:${code}`;
        }),
    );
  }
  return verified;
}

const bare = (code: string) => code.replace(".", "").toUpperCase();

/**
 * The claims world for one claim: payers; the NCCI tables (imported CMS tables when present, else the teaching
 * subset), narrowed to the claim's codes; and a code check from the code sets in the database plus the verified
 * scenario codes. `codes` are every CPT/HCPCS and ICD-10-CM code the claim (or its correction) names. CPT codes are
 * those the fee schedule prices, or with `cptFromCodeSets` those in the database's CPT code set (chart practice).
 */
export async function claimsWorldFor(
  db: Database,
  codes: { diagnoses: string[]; procedures: string[] },
  options: { cptFromCodeSets?: boolean } = {},
): Promise<ClaimsWorld> {
  const { payers, teaching } = denialCatalog();
  const diagnoses = [...new Set(codes.diagnoses.map(bare))];
  const procedures = [...new Set(codes.procedures.map((code) => code.toUpperCase()))];
  const rows = await db.code.findMany({
    where: {
      OR: [
        { system: "icd10cm", code: { in: diagnoses } },
        { system: "hcpcs", code: { in: procedures } },
        ...(options.cptFromCodeSets ? [{ system: "cpt" as const, code: { in: procedures } }] : []),
      ],
    },
    select: { system: true, code: true, billable: true, terminated: true },
  });
  const stored = new Map(rows.map((row) => [`${row.system}:${row.code}`, row]));
  const codeCheck = codeCheckFrom((system, code) => stored.get(`${system}:${code}`), options);
  return { payers, tables: await editTablesFor(db, procedures, teaching), codeCheck };
}

/** A code as the code sets in the database hold it. */
export type StoredCode = { billable: boolean; terminated: boolean };

/**
 * A code check from the code sets in the database (`lookup` by system and bare code, no dot) plus the verified
 * scenario codes. CPT codes are those the fee schedule prices, or with `cptFromCodeSets` those in the database's CPT
 * code set (chart practice).
 */
export function codeCheckFrom(
  lookup: (system: "icd10cm" | "cpt" | "hcpcs", bareCode: string) => StoredCode | undefined,
  options: { cptFromCodeSets?: boolean } = {},
): CodeCheck {
  const { teaching } = denialCatalog();
  const known = verifiedCodes();
  return (system, code): CodeStatus => {
    // The workbench knows the CPT codes its fee schedule prices; chart practice knows every CPT code in the code sets.
    if (system === "cpt" && !options.cptFromCodeSets) return teaching.codes.has(code) ? "billable" : "unknown";
    const bareCode = bare(code);
    const row = lookup(system, bareCode);
    if (row) return row.terminated ? "terminated" : row.billable ? "billable" : "header";
    return known.has(`${system}:${bareCode}`) ? "billable" : "unknown";
  };
}

async function editTablesFor(db: Database, procedures: string[], teaching: EditTables): Promise<EditTables> {
  const imported = await db.ncciImport.count();
  if (imported === 0) return teaching;
  const [ptpRows, mueRows] = await Promise.all([
    db.ncciPtpEdit.findMany({ where: { column1: { in: procedures }, column2: { in: procedures } } }),
    db.ncciMueEdit.findMany({ where: { code: { in: procedures } } }),
  ]);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const ptp: PtpEdit[] = ptpRows.map((row) => ({
    column1: row.column1,
    column2: row.column2,
    indicator: row.indicator as PtpEdit["indicator"],
    effective: day(row.effective),
    ...(row.deleted ? { deleted: day(row.deleted) } : {}),
    rationale: row.rationale,
  }));
  const mue = new Map<string, MueEdit>(
    mueRows.map((row) => [row.code, { code: row.code, value: row.value, mai: row.mai as MueEdit["mai"], rationale: row.rationale }]),
  );
  return { ptp, mue, codes: teaching.codes, source: { kind: "imported", label: IMPORTED_TABLE_LABEL } };
}

/** Every code a scenario's claim names. */
export const scenarioCodes = (scenario: DenialScenario, extra: { diagnoses?: string[]; procedures?: string[] } = {}) => ({
  diagnoses: [...scenario.claim.diagnoses, ...(extra.diagnoses ?? [])],
  procedures: [...scenario.claim.lines.map((line) => line.code), ...(extra.procedures ?? [])],
});

let original: ClaimsWorld | undefined;
/**
 * The world the scenarios' first remittances were produced in: the teaching tables and the verified scenario codes.
 * It needs no database, so the worklist and the claim page always show the same first remittance.
 */
export function originalWorld(): ClaimsWorld {
  if (!original) {
    const { payers, teaching } = denialCatalog();
    const known = verifiedCodes();
    original = {
      payers,
      tables: teaching,
      codeCheck: (system, code) =>
        system === "cpt" ? (teaching.codes.has(code) ? "billable" : "unknown") : known.has(`${system}:${bare(code)}`) ? "billable" : "unknown",
    };
  }
  return original;
}
