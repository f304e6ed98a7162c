// The page benchmark's database: migrations, the demo data and N learners with history (tsx seed-bench.ts N).
import { getEnv } from "@/lib/env";
import { databaseTargetFromEnv } from "@/lib/db/target";
import { seedDemoData } from "@/lib/seed/seed-demo-data";
import { withCommandDatabase } from "../db/prepare-database";
import { runCommand } from "../run-command";
import { seedBenchLearners } from "./seed-bench-learners";

runCommand(async () => {
  const count = Number(process.argv[2] ?? 200);
  await withCommandDatabase(databaseTargetFromEnv(getEnv()), console.log, async (db) => {
    await seedDemoData(db);
    const seeded = await seedBenchLearners(db, count, console.log);
    console.log(`Bench learners: ${seeded.length} added (${count} wanted).`);
  });
});
