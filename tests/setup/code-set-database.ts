import { afterAll, beforeAll } from "vitest";
import { resetCodeDirectory } from "@/lib/codes/code-directory";
import { importCodeSet, readCodeFile, sha256OfFile } from "@/lib/codes/import-code-set";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

/**
 * A fresh database for a test file that loads code sets. The process keeps one code directory (the search index);
 * it is reset before the file and after it, so the codes loaded here are not what another file's search sees.
 */
export function codeSetTestDatabase(): { readonly db: Database } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    resetCodeDirectory();
  });
  afterAll(async () => {
    resetCodeDirectory();
    await database?.close();
  });
  return {
    get db() {
      if (!database) throw new Error("The code-set test database is opened in beforeAll; use it inside a test.");
      return database.db;
    },
  };
}

/** Imports one official-format code file as a release of its system. */
export async function importCodeFile(db: Database, system: "icd10cm" | "hcpcs", file: string, version: string) {
  return importCodeSet(db, { system, version, sourceFile: file, sha256: sha256OfFile(file), records: await readCodeFile(system, file) });
}
