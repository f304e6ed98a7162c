import { CodeFileError, namingFileInErrors } from "@/lib/codes/code-file-error";
import { numberedLines, readLines } from "@/lib/codes/read-lines";
import type { CodeKind, CodeRecord, ParseCodeFileOptions } from "@/lib/codes/types";

export type ParseHcpcsOptions = ParseCodeFileOptions & {
  /**
   * ISO date: a code counts as terminated when its termination date falls before it. Without it, any
   * termination date means terminated: the annual file only carries dates that have already passed
   * (all on or before 2024-12-31 in the January 2025 file), which CMS keeps for claims history.
   */
  asOf?: string;
};

// Columns from HCPC2025_recordlayout.txt (1-based, inclusive).
const RECORD_WIDTH = 320;
// A first record line must reach the action code (column 293); a continuation only its description (column 91).
const FIRST_LINE_MIN_LENGTH = 293;
const CONTINUATION_MIN_LENGTH = 91;
const HCPCS_CODE = /^[A-Z][0-9]{4}$/;
const MODIFIER = /^[0-9A-Z]{2}$/;

const RECORD_IDS: Record<string, { kind: CodeKind; continues: boolean }> = {
  "3": { kind: "code", continues: false },
  "4": { kind: "code", continues: true },
  "7": { kind: "modifier", continues: false },
  "8": { kind: "modifier", continues: true },
};

type OpenRecord = { record: CodeRecord; codeField: string; sequence: number; descriptionParts: string[] };

function isoDate(field: string, column: number, fail: (problem: string) => CodeFileError): string | undefined {
  if (field.trim() === "") return undefined;
  const match = /^([0-9]{4})([0-9]{2})([0-9]{2})$/.exec(field);
  const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
  const date = new Date(`${iso}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw fail(`columns ${column}–${column + 7} must be a date as YYYYMMDD or blank, found '${field}'`);
  }
  return iso;
}

function descriptionPart(line: string, fail: (problem: string) => CodeFileError): string {
  const part = line.slice(11, 91).trim();
  if (part === "") throw fail("columns 12–91 (long description) are blank");
  return part;
}

function openRecord(line: string, kind: CodeKind, options: ParseHcpcsOptions, fail: (problem: string) => CodeFileError): OpenRecord {
  const codeField = line.slice(0, 5);
  let code: string;
  if (kind === "code") {
    if (!HCPCS_CODE.test(codeField)) throw fail(`columns 1–5 must be a HCPCS code such as A0427, found '${codeField}'`);
    code = codeField;
  } else {
    if (!codeField.startsWith("   ") || !MODIFIER.test(codeField.slice(3))) {
      throw fail(`a modifier record (id 7) has 3 blanks and the 2-character modifier in columns 1–5, found '${codeField}'`);
    }
    code = codeField.slice(3);
  }
  const shortDescription = line.slice(91, 119).trim();
  if (shortDescription === "") throw fail("columns 92–119 (short description) are blank");
  const effectiveDate = isoDate(line.slice(268, 276), 269, fail);
  const terminationDate = isoDate(line.slice(284, 292), 285, fail);
  const terminated = terminationDate !== undefined && (options.asOf === undefined || terminationDate < options.asOf);
  const record: CodeRecord = {
    system: "hcpcs",
    kind,
    code,
    description: "",
    shortDescription,
    billable: kind === "code",
    terminated,
    ...(effectiveDate && { effectiveDate }),
    ...(terminationDate && { terminationDate }),
  };
  return { record, codeField, sequence: Number(line.slice(5, 10)), descriptionParts: [descriptionPart(line, fail)] };
}

function closeRecord(open: OpenRecord): CodeRecord {
  // CMS wraps long descriptions between words, so the pieces join with one space.
  return { ...open.record, description: open.descriptionParts.join(" ") };
}

/**
 * Reads the HCPCS Level II annual alpha-numeric file (fixed width, 320 columns) and yields one record per
 * code and per modifier, long descriptions joined across continuation lines (record ids 4 and 8).
 * Modifiers come out as kind "modifier", billable false: a modifier is never billed on its own.
 * Throws CodeFileError at the first line that breaks the layout.
 */
export async function* parseHcpcs(lines: AsyncIterable<string> | Iterable<string>, options: ParseHcpcsOptions = {}): AsyncGenerator<CodeRecord> {
  const seen = new Set<string>();
  let open: OpenRecord | undefined;
  for await (const { line, lineNumber } of numberedLines(lines, options)) {
    const fail = (problem: string) => new CodeFileError(lineNumber, problem);
    if (line.length > RECORD_WIDTH) throw fail(`is ${line.length} characters long; HCPCS records are ${RECORD_WIDTH} wide`);
    if (line.length < 11) throw fail(`is ${line.length} characters long, too short to hold a code, sequence number and record id`);
    const recordId = line[10]!;
    const layout = RECORD_IDS[recordId];
    if (!layout) throw fail(`column 11 (record id) must be 3, 4, 7 or 8, found '${recordId}'`);
    const minimum = layout.continues ? CONTINUATION_MIN_LENGTH : FIRST_LINE_MIN_LENGTH;
    if (line.length < minimum) throw fail(`is ${line.length} characters long; a type-${recordId} record needs at least ${minimum}`);
    const sequenceField = line.slice(5, 10);
    if (!/^[0-9]{5}$/.test(sequenceField)) throw fail(`columns 6–10 must be a sequence number such as 00100, found '${sequenceField}'`);

    if (layout.continues) {
      const firstId = recordId === "4" ? "3" : "7";
      if (!open || open.codeField !== line.slice(0, 5) || open.record.kind !== layout.kind) {
        throw fail(
          `continuation record (id ${recordId}) for '${line.slice(0, 5).trim()}' does not follow a type-${firstId} record for the same ${layout.kind}`,
        );
      }
      const sequence = Number(sequenceField);
      if (sequence <= open.sequence) {
        throw fail(`sequence number ${sequenceField} for ${open.record.code} does not come after ${String(open.sequence).padStart(5, "0")}`);
      }
      open.sequence = sequence;
      open.descriptionParts.push(descriptionPart(line, fail));
      continue;
    }

    if (open) yield closeRecord(open);
    open = openRecord(line, layout.kind, options, fail);
    const key = `${open.record.kind}:${open.record.code}`;
    if (seen.has(key)) throw fail(`${layout.kind} ${open.record.code} appears a second time`);
    seen.add(key);
  }
  if (open) yield closeRecord(open);
}

/** parseHcpcs over a file path, plain or `.gz`; errors name the file. */
export function parseHcpcsFile(filePath: string, options: ParseHcpcsOptions = {}): AsyncGenerator<CodeRecord> {
  return namingFileInErrors(filePath, parseHcpcs(readLines(filePath), options));
}
