/** An official code file that does not follow its published layout, with the 1-based line where it breaks. */
export class CodeFileError extends Error {
  override name = "CodeFileError";
  constructor(
    readonly line: number,
    readonly problem: string,
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ""}line ${line}: ${problem}`);
  }
}

/** Runs a file parser and names the file in any CodeFileError it throws. */
export async function* namingFileInErrors<T>(filePath: string, records: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* records;
  } catch (error) {
    if (error instanceof CodeFileError && error.file === undefined) throw new CodeFileError(error.line, error.problem, filePath);
    throw error;
  }
}
