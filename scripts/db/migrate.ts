// npm run db:migrate [-- --seed]: applies pending migrations to the configured database (PGlite or PostgreSQL).
import { getEnv } from "@/lib/env";
import { databaseTargetFromEnv } from "@/lib/db/target";
import { prepareDatabase } from "./prepare-database";
import { runCommand } from "../run-command";

runCommand(async () => {
  await prepareDatabase(databaseTargetFromEnv(getEnv()), { seed: process.argv.includes("--seed"), log: console.log });
});
