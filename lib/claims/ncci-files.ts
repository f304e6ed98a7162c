import { addDays, fromCompactDate } from "@/lib/claims/dates";
import type { MueEdit, PtpEdit } from "@/lib/claims/tables";

/**
 * Parsers for CMS's quarterly NCCI files (codes only; the files carry no descriptors).
 *
 * Practitioner PTP file (e.g. ccipra-v322r0-f1.txt): tab-delimited; line 1 an AMA notice, line 2 the title
 * "Column1/Column2 Edits", then a header wrapped over four rows (Column 1, Column 2, "*=in existence prior to
 * 1996", Effective Date, Deletion Date "*=no data", Modifier 0/1/9, PTP Edit Rationale), then one edit a row.
 * Dates are YYYYMMDD; `*` in the deletion column means not deleted. The deletion date is read as the last date of
 * service the edit applies to (CMS deletes edits at quarter ends: 20231231, 20260630), so the edit stops applying
 * the day after; an edit deleted on its effective date never applied (such rows carry indicator 9).
 *
 * Practitioner MUE CSV (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv, Latin-1): a quoted multi-line AMA notice
 * record, then the header record ("HCPCS/\nCPT Code", Practitioner Services MUE Values, MUE Adjudication
 * Indicator, MUE Rationale), then code, value, an indicator cell whose first character is 1, 2 or 3 ("2 Date of
 * Service Edit: Policy"), and the rationale.
 *
 * Both parsers are all or nothing: any malformed row is reported with its line number and nothing is returned.
 */
export class NcciFileError extends Error {
  override name = "NcciFileError";
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(
      problems.length ? `${message}\n  ${problems.slice(0, 10).join("\n  ")}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ""}` : message,
    );
  }
}

const CODE = /^[0-9A-Z]{5}$/;

export type PtpParse = { edits: PtpEdit[]; rows: number; duplicates: number };

export function parsePtpFile(text: string): PtpParse {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((line) => /^Column 1\tColumn 2\t/.test(line));
  if (headerAt === -1 || headerAt > 5)
    throw new NcciFileError('This is not an NCCI practitioner PTP file: the "Column 1\tColumn 2" header was not found near the top.');
  if (!/Column1\/Column2 Edits/i.test(lines.slice(0, headerAt).join("\n")))
    throw new NcciFileError('This is not an NCCI practitioner PTP file: the "Column1/Column2 Edits" title line is missing.');
  const problems: string[] = [];
  const seen = new Map<string, PtpEdit>();
  let rows = 0;
  let duplicates = 0;
  // The header wraps over four rows: the first names the columns, the next three start with tabs.
  let index = headerAt + 1;
  while (index < lines.length && index <= headerAt + 3 && lines[index]!.startsWith("\t")) index++;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.trim()) continue;
    const cells = line.split("\t");
    const where = `line ${index + 1}`;
    if (cells.length < 6) {
      problems.push(`${where}: expected 7 tab-separated columns, found ${cells.length}`);
      continue;
    }
    const [column1 = "", column2 = "", , effectiveText = "", deletionText = "", indicatorText = "", ...rationale] = cells.map((cell) => cell.trim());
    const effective = fromCompactDate(effectiveText);
    const deletion = deletionText === "*" ? null : fromCompactDate(deletionText);
    if (!CODE.test(column1) || !CODE.test(column2)) problems.push(`${where}: "${column1}" / "${column2}" are not 5-character codes`);
    else if (!effective) problems.push(`${where}: effective date "${effectiveText}" is not YYYYMMDD`);
    else if (deletion === null && deletionText !== "*") problems.push(`${where}: deletion date "${deletionText}" is neither YYYYMMDD nor *`);
    else if (!/^[019]$/.test(indicatorText)) problems.push(`${where}: modifier indicator "${indicatorText}" is not 0, 1 or 9`);
    else {
      rows++;
      const edit: PtpEdit = {
        column1,
        column2,
        indicator: Number(indicatorText) as PtpEdit["indicator"],
        effective,
        ...(deletion ? { deleted: addDays(deletion, 1) } : {}),
        rationale: rationale.join(" ").trim() || "Not stated",
      };
      const key = `${column1}|${column2}|${effective}`;
      if (seen.has(key)) duplicates++;
      seen.set(key, edit);
    }
  }
  if (problems.length) throw new NcciFileError(`The PTP file has ${problems.length} malformed row(s); nothing was imported.`, problems);
  if (rows === 0) throw new NcciFileError("The PTP file has no edit rows.");
  return { edits: [...seen.values()], rows, duplicates };
}

/** CSV records (RFC 4180: quoted fields may hold commas, doubled quotes and newlines), with the line each starts on. */
export function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        cell += char;
      }
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      cells.push(cell);
      if (cells.some((value) => value.trim() !== "")) records.push({ line: startLine, cells });
      cells = [];
      cell = "";
      line++;
      startLine = line;
    } else cell += char;
  }
  if (quoted) throw new NcciFileError("The CSV ends inside a quoted field.");
  cells.push(cell);
  if (cells.some((value) => value.trim() !== "")) records.push({ line: startLine, cells });
  return records;
}

export type MueParse = { edits: MueEdit[]; rows: number };

export function parseMueCsv(text: string): MueParse {
  const records = csvRecords(text);
  const headerAt = records.findIndex((record) => /HCPCS/i.test(record.cells[0] ?? "") && /MUE/i.test(record.cells.join(" ")));
  if (headerAt === -1 || headerAt > 3)
    throw new NcciFileError('This is not an NCCI MUE file: the "HCPCS/CPT Code … MUE" header record was not found near the top.');
  const problems: string[] = [];
  const edits = new Map<string, MueEdit>();
  for (const record of records.slice(headerAt + 1)) {
    const [code = "", valueText = "", indicatorText = "", rationale = ""] = record.cells.map((cell) => cell.trim());
    const where = `line ${record.line}`;
    const mai = indicatorText.charAt(0);
    if (!CODE.test(code)) problems.push(`${where}: "${code}" is not a 5-character code`);
    else if (!/^\d+$/.test(valueText)) problems.push(`${where}: MUE value "${valueText}" is not a whole number`);
    else if (!/^[123]$/.test(mai)) problems.push(`${where}: adjudication indicator "${indicatorText}" does not start with 1, 2 or 3`);
    else if (edits.has(code)) problems.push(`${where}: ${code} is listed twice`);
    else edits.set(code, { code, value: Number(valueText), mai: Number(mai) as MueEdit["mai"], rationale: rationale || "Not stated" });
  }
  if (problems.length) throw new NcciFileError(`The MUE file has ${problems.length} malformed row(s); nothing was imported.`, problems);
  if (edits.size === 0) throw new NcciFileError("The MUE file has no rows.");
  return { edits: [...edits.values()], rows: edits.size };
}
