// npm run codes:import -- --system icd10cm|hcpcs|icd10cm-tabular <file> [--version FY2026]
// Loads an official code-set file (the CDC/CMS ICD-10-CM order file, plain or .gz; the CMS HCPCS Level II annual
// file) into the configured database: all or nothing, with progress and the counts of what changed. With
// --system icd10cm-tabular it loads the Tabular List notes (Excludes1/2, code first, use additional code …) from the
// CDC ICD-10-CM tabular XML (icd10cm_tabular_YYYY.xml, plain or .gz), which the code pages and the lookup show.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { parseTabularXml } from "@/lib/codes/parse-tabular-xml";
import { importTabularNotes } from "@/lib/codes/tabular-notes";
import { CodeFileError } from "@/lib/codes/code-file-error";
import { importCodeSet, readCodeFile, sha256OfFile, versionFromFileName, type ImportProgress } from "@/lib/codes/import-code-set";
import { databaseTargetFromEnv } from "@/lib/db/target";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { withCommandDatabase } from "../db/prepare-database";
import { runCommand, UsageError } from "../run-command";

const USAGE = "Usage: npm run codes:import -- --system icd10cm|hcpcs|icd10cm-tabular <file> [--version <label>] [--allow-large-removal]";

async function importTabular(file: string, version: string | undefined) {
  const started = Date.now();
  let parsed;
  try {
    const bytes = fs.readFileSync(file);
    parsed = parseTabularXml((file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"));
  } catch (error) {
    if (error instanceof CodeFileError) throw new UsageError(`Not imported: ${file}: ${error.message}\nNothing was changed.`);
    throw new UsageError(`Not imported: ${file} could not be read (${(error as Error).message}).\nNothing was changed.`);
  }
  const label = version ?? (parsed.version ? `FY${parsed.version}` : /(\d{4})/.exec(path.basename(file))?.[1]);
  if (!label) throw new UsageError(`Cannot tell the version from ${file}; pass --version (e.g. FY2026).`);
  console.log(
    `Read ${parsed.notes.length.toLocaleString("en-US")} notes on ${parsed.codesWithNotes.toLocaleString("en-US")} codes, sections and chapters (${parsed.diagCount.toLocaleString("en-US")} codes in the file).`,
  );
  const report = await withCommandDatabase(databaseTargetFromEnv(getEnv()), console.log, (db) =>
    importTabularNotes(db, { version: label.startsWith("FY") ? label : `FY${label}`, sourceFile: path.basename(file), sha256: sha256OfFile(file), parsed }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    report.alreadyCurrent
      ? `These Tabular List notes are already loaded (${report.version}); nothing changed. (${seconds} s)`
      : `Loaded the ${report.version} Tabular List notes: ${report.notes.toLocaleString("en-US")} notes in ${seconds} s.`,
  );
}

function progressPrinter() {
  const interactive = process.stderr.isTTY;
  let lastPrinted = 0;
  return (progress: ImportProgress) => {
    const now = Date.now();
    const finished = progress.total !== undefined && progress.done === progress.total;
    if (!finished && now - lastPrinted < (interactive ? 100 : 2000)) return;
    lastPrinted = now;
    const text =
      progress.phase === "reading"
        ? `Reading and checking… ${progress.done.toLocaleString("en-US")} lines`
        : `Writing… ${progress.done.toLocaleString("en-US")} of ${progress.total!.toLocaleString("en-US")} changes`;
    process.stderr.write(interactive ? `\r${text.padEnd(60)}` : `${text}\n`);
  };
}

runCommand(async () => {
  const { values, positionals } = parseArgs({
    options: { system: { type: "string" }, version: { type: "string" }, "allow-large-removal": { type: "boolean" } },
    allowPositionals: true,
  });
  const system = values.system;
  const file = positionals[0];
  if (system !== "icd10cm" && system !== "hcpcs" && system !== "icd10cm-tabular")
    throw new UsageError(`--system must be icd10cm, hcpcs or icd10cm-tabular.\n${USAGE}`);
  if (!file || positionals.length > 1) throw new UsageError(`Give exactly one file to import.\n${USAGE}`);
  if (!fs.existsSync(file)) throw new UsageError(`File not found: ${file}`);
  if (system === "icd10cm-tabular") return importTabular(file, values.version);
  const version = values.version ?? versionFromFileName(system, file);
  if (!version) throw new UsageError(`Cannot tell the version from the file name ${file}; pass --version (e.g. FY2026 or 2025-01).`);

  const started = Date.now();
  const showProgress = progressPrinter();
  const records = await readCodeFile(system, file, showProgress).catch((error: unknown) => {
    if (error instanceof CodeFileError) throw new UsageError(`Not imported: ${error.message}\nNothing was changed.`);
    // A truncated .gz, a directory, an unreadable file: say so plainly.
    throw new UsageError(`Not imported: ${file} could not be read (${(error as Error).message}).\nNothing was changed.`);
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(`Read ${records.length.toLocaleString("en-US")} ${system} codes from ${file} (version ${version}).`);

  const target = databaseTargetFromEnv(getEnv());
  const report = await withCommandDatabase(target, console.log, (db) =>
    importCodeSet(
      db,
      { system, version, sourceFile: file, sha256: sha256OfFile(file), records },
      {
        onProgress: showProgress,
        maxRemovedFraction: values["allow-large-removal"] ? 1 : undefined,
      },
    ),
  ).catch((error: unknown) => {
    if (error instanceof DomainError) throw new UsageError(`Not imported: ${error.message}`);
    throw error;
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (report.alreadyCurrent) {
    console.log(`This file is already the current ${system} version (${report.version}); nothing changed. (${seconds} s)`);
    return;
  }
  console.log(
    `Imported ${system} ${report.version} in ${seconds} s: ${report.added} added, ${report.changed} changed, ` +
      `${report.unchanged} unchanged, ${report.removed} removed; ${report.total} codes in all.`,
  );
});
