// npm run ncci:import -- [--ptp <practitioner PTP .txt>] [--mue <practitioner MUE .csv>]
// Loads CMS's quarterly NCCI practitioner tables into the configured database: all or nothing, with counts. Once
// imported, the denials scrubber and the simulated payer use them instead of the teaching subset in content/ncci.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { NcciFileError, parseMueCsv, parsePtpFile } from "@/lib/claims/ncci-files";
import { importNcciTables, type NcciImportInput } from "@/lib/denials/ncci-import";
import { databaseTargetFromEnv } from "@/lib/db/target";
import { getEnv } from "@/lib/env";
import { withCommandDatabase } from "../db/prepare-database";
import { runCommand, UsageError } from "../run-command";

const USAGE = "Usage: npm run ncci:import -- [--ptp <ccipra-….txt>] [--mue <MCR_MUE_PractitionerServices_….csv>] (at least one)";

function read(file: string, encoding: BufferEncoding): string {
  if (!fs.existsSync(file)) throw new UsageError(`File not found: ${file}`);
  return fs.readFileSync(file, encoding);
}

runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { ptp: { type: "string" }, mue: { type: "string" } }, allowPositionals: true });
  if (positionals.length || (!values.ptp && !values.mue)) throw new UsageError(USAGE);
  const input: NcciImportInput = {};
  try {
    if (values.ptp) {
      const parsed = parsePtpFile(read(values.ptp, "latin1"));
      input.ptp = { file: path.basename(values.ptp), edits: parsed.edits };
      console.log(
        `Read ${parsed.rows.toLocaleString("en-US")} PTP rows from ${values.ptp}${parsed.duplicates ? ` (${parsed.duplicates} repeated rows kept once)` : ""}.`,
      );
    }
    if (values.mue) {
      const parsed = parseMueCsv(read(values.mue, "latin1"));
      input.mue = { file: path.basename(values.mue), edits: parsed.edits };
      console.log(`Read ${parsed.rows.toLocaleString("en-US")} MUE rows from ${values.mue}.`);
    }
  } catch (error) {
    if (error instanceof NcciFileError) throw new UsageError(`Not imported: ${error.message}\nNothing was changed.`);
    throw error;
  }
  const started = Date.now();
  const report = await withCommandDatabase(databaseTargetFromEnv(getEnv()), console.log, (db) => importNcciTables(db, input));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (report.ptp) console.log(`PTP: ${report.ptp.imported.toLocaleString("en-US")} edits imported, ${report.ptp.replaced.toLocaleString("en-US")} replaced.`);
  if (report.mue) console.log(`MUE: ${report.mue.imported.toLocaleString("en-US")} edits imported, ${report.mue.replaced.toLocaleString("en-US")} replaced.`);
  console.log(`Done in ${seconds} s. The scrubber and the simulated payer now use the imported tables.`);
});
