"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/app/_lib/action";
import { getDatabase } from "@/lib/db/client";
import {
  CreateSalaryScenarioSchema,
  DeleteSalaryScenarioSchema,
  RenameSalaryScenarioSchema,
  createSalaryScenario,
  deleteSalaryScenario,
  renameSalaryScenario,
} from "@/lib/salary/scenarios";

const signedOutMessage = "Sign in to save and manage scenarios.";

/** Saves the comparison on screen as a named scenario for the signed-in learner. */
export const saveScenario = action(CreateSalaryScenarioSchema, { signedOutMessage }, async (input, user) => {
  const scenario = await createSalaryScenario(await getDatabase(), user.id, input);
  revalidatePath("/salary");
  return scenario;
});

export const renameScenario = action(RenameSalaryScenarioSchema, { signedOutMessage }, async (input, user) => {
  const scenario = await renameSalaryScenario(await getDatabase(), user.id, input.scenarioId, input.name);
  revalidatePath("/salary");
  return scenario;
});

export const deleteScenario = action(DeleteSalaryScenarioSchema, { signedOutMessage, invalidMessage: "That scenario was not found." }, async (input, user) => {
  await deleteSalaryScenario(await getDatabase(), user.id, input.scenarioId);
  revalidatePath("/salary");
});
