import { EnvError } from "@/lib/env";
import { DataDirLockedError } from "@/lib/db/lock";
import { MigrationError } from "@/lib/db/migrate";

/** A mistake in how the command was called or in its input: the message says what to do. */
export class UsageError extends Error {
  override name = "UsageError";
}

const EXPECTED_ERRORS = [EnvError, DataDirLockedError, MigrationError, UsageError];

/** Runs a command-line task: known failures print their message only and exit 1; bugs print a stack. */
export function runCommand(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      if (EXPECTED_ERRORS.some((type) => error instanceof type)) console.error(`\n${(error as Error).message}\n`);
      else console.error(error);
      process.exit(1);
    },
  );
}
