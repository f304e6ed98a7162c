import type { MueEdit, PtpEdit } from "@/lib/claims/tables";
import type { Database } from "@/lib/db/client";

export type NcciImportInput = { ptp?: { file: string; edits: PtpEdit[] }; mue?: { file: string; edits: MueEdit[] } };
export type NcciImportReport = { ptp?: { replaced: number; imported: number }; mue?: { replaced: number; imported: number } };

const CHUNK = 5_000;
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Replaces the stored CMS NCCI tables with the parsed files, in one transaction: either every row of every file
 * given is stored, or nothing changes. Tables not given are left as they are. Once any table is imported, the
 * scrubber and the simulated payer use the imported tables instead of the teaching subset.
 */
export async function importNcciTables(db: Database, input: NcciImportInput): Promise<NcciImportReport> {
  return db.$transaction(
    async (tx) => {
      const report: NcciImportReport = {};
      if (input.ptp) {
        const replaced = (await tx.ncciPtpEdit.deleteMany({})).count;
        for (let at = 0; at < input.ptp.edits.length; at += CHUNK) {
          await tx.ncciPtpEdit.createMany({
            data: input.ptp.edits.slice(at, at + CHUNK).map((edit) => ({
              column1: edit.column1,
              column2: edit.column2,
              effective: day(edit.effective),
              deleted: edit.deleted ? day(edit.deleted) : null,
              indicator: edit.indicator,
              rationale: edit.rationale,
            })),
          });
        }
        await tx.ncciImport.create({ data: { kind: "ptp", fileName: input.ptp.file, rows: input.ptp.edits.length } });
        report.ptp = { replaced, imported: input.ptp.edits.length };
      }
      if (input.mue) {
        const replaced = (await tx.ncciMueEdit.deleteMany({})).count;
        for (let at = 0; at < input.mue.edits.length; at += CHUNK) {
          await tx.ncciMueEdit.createMany({ data: input.mue.edits.slice(at, at + CHUNK) });
        }
        await tx.ncciImport.create({ data: { kind: "mue", fileName: input.mue.file, rows: input.mue.edits.length } });
        report.mue = { replaced, imported: input.mue.edits.length };
      }
      return report;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
