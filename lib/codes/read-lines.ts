import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { CodeFileError } from "@/lib/codes/code-file-error";
import type { ParseCodeFileOptions } from "@/lib/codes/types";

const DEFAULT_PROGRESS_EVERY = 10_000;

/** Streams the lines of a plain or gzip-compressed (`.gz`) text file, without their line endings. */
export async function* readLines(filePath: string): AsyncGenerator<string> {
  const file = createReadStream(filePath);
  let input: Readable = file;
  if (filePath.endsWith(".gz")) {
    const gunzip = createGunzip();
    // pipe() does not forward errors, and a read error would otherwise leave the loop waiting forever.
    file.on("error", (error) => gunzip.destroy(error));
    input = file.pipe(gunzip);
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    input.destroy();
    file.destroy();
  }
}

/**
 * The non-empty lines of a code file with their 1-based numbers and without a trailing CR, reporting progress as
 * it goes. Empty lines may only end the file.
 */
export async function* numberedLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: ParseCodeFileOptions = {},
): AsyncGenerator<{ line: string; lineNumber: number }> {
  const progressEvery = options.progressEvery ?? DEFAULT_PROGRESS_EVERY;
  let lineNumber = 0;
  let firstEmptyLine: number | undefined;
  for await (const rawLine of lines) {
    lineNumber += 1;
    if (options.onProgress && lineNumber % progressEvery === 0) options.onProgress(lineNumber);
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (line === "") {
      firstEmptyLine ??= lineNumber;
      continue;
    }
    if (firstEmptyLine !== undefined) throw new CodeFileError(firstEmptyLine, "is empty, but only the last line of the file may be");
    yield { line, lineNumber };
  }
  if (lineNumber % progressEvery !== 0) options.onProgress?.(lineNumber);
}
