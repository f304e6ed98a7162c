import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { parseHcpcsFile } from "@/lib/codes/parse-hcpcs";
import { parseIcd10cmOrderFile } from "@/lib/codes/parse-icd10cm-order";
import type { CodeKind, CodeRecord, CodeSystem } from "@/lib/codes/types";

export type ImportReport = {
  system: CodeSystem;
  version: string;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  total: number;
  /** True when this exact file was already the current version: nothing was written. */
  alreadyCurrent: boolean;
};

export type ImportProgress = { phase: "reading" | "writing"; done: number; total?: number };

const WRITE_BATCH = 10_000;
// An annual update removes a few dozen codes; removing more than this share means a truncated or wrong file.
export const DEFAULT_MAX_REMOVED_FRACTION = 0.05;

/** The version an official file name announces: icd10cm_order_2026.txt → FY2026, HCPC2025_JAN… → 2025-01. */
export function versionFromFileName(system: CodeSystem, file: string): string | undefined {
  const name = path.basename(file);
  if (system === "icd10cm") {
    const year = /icd10cm_order_(\d{4})/i.exec(name)?.[1];
    return year && `FY${year}`;
  }
  const hcpcs = /HCPC(\d{4})_(JAN|APR|JUL|OCT)/i.exec(name);
  if (system !== "hcpcs" || !hcpcs) return undefined;
  const month = { JAN: "01", APR: "04", JUL: "07", OCT: "10" }[hcpcs[2]!.toUpperCase() as "JAN" | "APR" | "JUL" | "OCT"];
  return `${hcpcs[1]}-${month}`;
}

export async function readCodeFile(system: Exclude<CodeSystem, "cpt">, file: string, onProgress?: (progress: ImportProgress) => void): Promise<CodeRecord[]> {
  const options = { onProgress: (done: number) => onProgress?.({ phase: "reading", done }) };
  const records: CodeRecord[] = [];
  for await (const record of system === "icd10cm" ? parseIcd10cmOrderFile(file, options) : parseHcpcsFile(file, options)) records.push(record);
  return records;
}

/** SHA-256 of a code file's content: a `.gz` file is hashed uncompressed, so the same release compares equal either way. */
export function sha256OfFile(file: string): string {
  const bytes = fs.readFileSync(file);
  return createHash("sha256")
    .update(file.endsWith(".gz") ? gunzipSync(bytes) : bytes)
    .digest("hex");
}

type StoredCode = {
  code: string;
  description: string;
  shortDescription: string | null;
  billable: boolean;
  kind: CodeKind;
  terminated: boolean;
  effectiveDate: Date | null;
  terminationDate: Date | null;
};

function toRow(record: CodeRecord): StoredCode {
  return {
    code: record.code,
    description: record.description,
    shortDescription: record.shortDescription ?? null,
    billable: record.billable,
    kind: record.kind ?? "code",
    terminated: record.terminated ?? false,
    effectiveDate: record.effectiveDate ? new Date(`${record.effectiveDate}T00:00:00Z`) : null,
    terminationDate: record.terminationDate ? new Date(`${record.terminationDate}T00:00:00Z`) : null,
  };
}

const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
function sameCode(a: StoredCode, b: StoredCode): boolean {
  return (
    a.description === b.description &&
    a.shortDescription === b.shortDescription &&
    a.billable === b.billable &&
    a.kind === b.kind &&
    a.terminated === b.terminated &&
    sameDate(a.effectiveDate, b.effectiveDate) &&
    sameDate(a.terminationDate, b.terminationDate)
  );
}

/**
 * Makes the stored code set equal to `records` and records the version, all in one transaction: a failure
 * leaves the previous version intact. Importing the file that is already current writes nothing.
 */
export async function importCodeSet(
  db: Database,
  input: { system: CodeSystem; version: string; sourceFile: string; sha256: string; records: CodeRecord[] },
  options: { onProgress?: (progress: ImportProgress) => void; maxRemovedFraction?: number } = {},
): Promise<ImportReport> {
  const { onProgress, maxRemovedFraction = DEFAULT_MAX_REMOVED_FRACTION } = options;
  const { system, version } = input;
  const latest = await db.codeSetVersion.findFirst({ where: { system }, orderBy: { importedAt: "desc" } });
  const incoming = new Map(input.records.map((record) => [record.code, toRow(record)]));
  if (latest?.sha256 === input.sha256 && latest.total === incoming.size) {
    return { system, version: latest.version, added: 0, changed: 0, unchanged: incoming.size, removed: 0, total: incoming.size, alreadyCurrent: true };
  }

  return db.$transaction(
    async (tx) => {
      const existing = new Map(
        (await tx.code.findMany({ where: { system }, omit: { system: true, versionId: true } })).map((row) => [row.code, row as StoredCode]),
      );
      const added: StoredCode[] = [];
      const changed: StoredCode[] = [];
      for (const row of incoming.values()) {
        const stored = existing.get(row.code);
        if (!stored) added.push(row);
        else if (!sameCode(stored, row)) changed.push(row);
      }
      const removed = [...existing.keys()].filter((code) => !incoming.has(code));
      if (existing.size > 0 && removed.length / existing.size > maxRemovedFraction) {
        throw new DomainError(
          "INVALID",
          `this file would remove ${removed.length.toLocaleString("en-US")} of the ${existing.size.toLocaleString("en-US")} stored ${system} codes` +
            ` (${Math.round((100 * removed.length) / existing.size)}%), which looks like a truncated or wrong file. Nothing was changed.` +
            " If the removals are intended, run again with --allow-large-removal.",
        );
      }
      const versionRow = await tx.codeSetVersion.create({
        data: {
          system,
          version,
          sourceFile: path.basename(input.sourceFile),
          sha256: input.sha256,
          added: added.length,
          changed: changed.length,
          unchanged: incoming.size - added.length - changed.length,
          removed: removed.length,
          total: incoming.size,
        },
      });
      const totalWrites = added.length + changed.length + removed.length;
      let done = 0;
      for (let start = 0; start < added.length; start += WRITE_BATCH) {
        const batch = added.slice(start, start + WRITE_BATCH);
        // One JSON parameter per batch: far faster than a bound parameter per column per row on PGlite.
        const json = JSON.stringify(batch.map((row) => ({ ...row, system, versionId: versionRow.id })));
        await tx.$executeRaw`INSERT INTO "Code" SELECT * FROM json_populate_recordset(NULL::"Code", ${json}::json)`;
        onProgress?.({ phase: "writing", done: (done += batch.length), total: totalWrites });
      }
      for (const row of changed) {
        await tx.code.update({ where: { system_code: { system, code: row.code } }, data: { ...row, versionId: versionRow.id } });
        if (++done % WRITE_BATCH === 0) onProgress?.({ phase: "writing", done, total: totalWrites });
      }
      for (let start = 0; start < removed.length; start += WRITE_BATCH) {
        await tx.code.deleteMany({ where: { system, code: { in: removed.slice(start, start + WRITE_BATCH) } } });
      }
      onProgress?.({ phase: "writing", done: totalWrites, total: totalWrites });
      return {
        system,
        version,
        added: added.length,
        changed: changed.length,
        unchanged: versionRow.unchanged,
        removed: removed.length,
        total: incoming.size,
        alreadyCurrent: false,
      };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
