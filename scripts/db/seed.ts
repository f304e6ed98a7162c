// npm run db:seed: applies pending migrations, then creates the demo accounts if missing.
import { getEnv } from "@/lib/env";
import { databaseTargetFromEnv } from "@/lib/db/target";
import { prepareDatabase } from "./prepare-database";
import { runCommand } from "../run-command";

runCommand(async () => {
  await prepareDatabase(databaseTargetFromEnv(getEnv()), { seed: true, log: console.log });
});
