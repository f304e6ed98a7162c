"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/app/_lib/action";
import { getDatabase } from "@/lib/db/client";
import { disputeMissingLine } from "@/lib/practice/dispute-review";
import { MissingLineDisputeSchema, RegradeSchema } from "@/lib/practice/dispute-schemas";
import { regradeAttempt } from "@/lib/practice/regrade-attempt";

export const disputeMissingLineAction = action(MissingLineDisputeSchema, {}, async (input, user) => {
  await disputeMissingLine(await getDatabase(), user.id, input);
  revalidatePath("/admin/disputes");
  revalidatePath("/instructor/disputes");
});

export const regradeAttemptAction = action(RegradeSchema, {}, async (input, user) => {
  const attempt = await regradeAttempt(await getDatabase(), user.id, input.attemptId);
  revalidatePath("/progress");
  return attempt;
});
