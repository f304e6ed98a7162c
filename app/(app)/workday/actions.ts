"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/app/_lib/action";
import { getDatabase } from "@/lib/db/client";
import { buildDayView } from "@/lib/workday/day-view";
import { abandonRun, appendAction, startRun } from "@/lib/workday/runs";
import { AppendActionSchema, RunIdSchema, StartRunSchema } from "@/lib/workday/schemas";

export const startWorkday = action(StartRunSchema, { invalidMessage: "Unknown workday scenario." }, async (input, user) => {
  const run = await startRun(await getDatabase(), user.id, input.scenarioId);
  revalidatePath("/workday");
  return { runId: run.id };
});

export const sendWorkdayAction = action(AppendActionSchema, { invalidMessage: "That action is not valid." }, async (input, user) => {
  const db = await getDatabase();
  const loaded = await appendAction(db, user.id, input);
  if (loaded.state.status === "ended") revalidatePath("/workday");
  return buildDayView(db, user.id, loaded);
});

export const abandonWorkday = action(RunIdSchema, { invalidMessage: "Unknown day." }, async (input, user) => {
  await abandonRun(await getDatabase(), user.id, input.runId);
  revalidatePath("/workday");
});
