import { CodeFileError, namingFileInErrors } from "@/lib/codes/code-file-error";
import { ICD10CM_CODE_SHAPE } from "@/lib/codes/normalize-code";
import { numberedLines, readLines } from "@/lib/codes/read-lines";
import type { CodeRecord, ParseCodeFileOptions } from "@/lib/codes/types";

// Columns 1–77 are fixed; the long description starts at column 78 and is never empty.
const MIN_LINE_LENGTH = 78;

function shown(character: string | undefined): string {
  return character === undefined ? "nothing" : `'${character}'`;
}

function parseOrderLine(line: string, lineNumber: number): { orderNumber: number; record: CodeRecord } {
  const fail = (problem: string) => new CodeFileError(lineNumber, problem);
  if (line.length < MIN_LINE_LENGTH) {
    throw fail(`is ${line.length} characters long; an order-file line has at least ${MIN_LINE_LENGTH} (fixed columns 1–77, then the long description)`);
  }
  const orderField = line.slice(0, 5);
  if (!/^[0-9]{5}$/.test(orderField)) throw fail(`columns 1–5 must be a zero-padded order number, found '${orderField}'`);
  for (const column of [6, 14, 16, 77]) {
    if (line[column - 1] !== " ") throw fail(`column ${column} must be blank, found ${shown(line[column - 1])}`);
  }
  const codeField = line.slice(6, 13);
  const code = codeField.trimEnd();
  if (!ICD10CM_CODE_SHAPE.test(code)) {
    throw fail(`columns 7–13 must hold a code such as J45909 or QA0 (3 to 7 letters and digits, left-aligned), found '${codeField}'`);
  }
  const flag = line[14];
  if (flag !== "0" && flag !== "1") throw fail(`column 15 must be 0 (header) or 1 (billable), found ${shown(flag)}`);
  const shortDescription = line.slice(16, 76).trimEnd();
  if (shortDescription === "" || shortDescription.startsWith(" ")) {
    throw fail(`columns 17–76 must hold the short description from column 17, found '${line.slice(16, 76)}'`);
  }
  const description = line.slice(77).trimEnd();
  if (description === "") throw fail("the long description (column 78 onwards) is blank");
  if (description.startsWith(" ")) {
    throw fail(`the long description must start at column 78, found '${line.slice(77, 97)}'`);
  }
  return { orderNumber: Number(orderField), record: { system: "icd10cm", code, description, shortDescription, billable: flag === "1" } };
}

/**
 * Reads the ICD-10-CM order file (icd10cm_order_YYYY.txt, fixed width) line by line and yields every
 * header and billable code in tabular order. Throws CodeFileError at the first line that breaks the layout.
 */
export async function* parseIcd10cmOrder(lines: AsyncIterable<string> | Iterable<string>, options: ParseCodeFileOptions = {}): AsyncGenerator<CodeRecord> {
  const seenCodes = new Set<string>();
  let previousOrderNumber = 0;
  for await (const { line, lineNumber } of numberedLines(lines, options)) {
    const { orderNumber, record } = parseOrderLine(line, lineNumber);
    if (orderNumber <= previousOrderNumber) {
      throw new CodeFileError(lineNumber, `order number ${orderNumber} does not follow ${previousOrderNumber}; order numbers must increase`);
    }
    if (seenCodes.has(record.code)) throw new CodeFileError(lineNumber, `code ${record.code} appears a second time`);
    seenCodes.add(record.code);
    previousOrderNumber = orderNumber;
    yield record;
  }
}

/** parseIcd10cmOrder over a file path, plain or `.gz`; errors name the file. */
export function parseIcd10cmOrderFile(filePath: string, options: ParseCodeFileOptions = {}): AsyncGenerator<CodeRecord> {
  return namingFileInErrors(filePath, parseIcd10cmOrder(readLines(filePath), options));
}
