import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";

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
