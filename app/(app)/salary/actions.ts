"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDatabase } from "@/lib/db/client";
import { domainErrorResult, invalidResult, type ActionResult } from "@/lib/result";
import {
  CreateSalaryScenarioSchema,
  DeleteSalaryScenarioSchema,
  RenameSalaryScenarioSchema,
  createSalaryScenario,
  deleteSalaryScenario,
  renameSalaryScenario,
  type SalaryScenarioSummary,
} from "@/lib/salary/scenarios";

const SIGNED_OUT = { ok: false, message: "Sign in to save and manage scenarios." } as const;

/** Saves the comparison on screen as a named scenario for the signed-in learner. */
export async function saveScenario(input: unknown): Promise<ActionResult<SalaryScenarioSummary>> {
  const parsed = CreateSalaryScenarioSchema.safeParse(input);
  if (!parsed.success) return invalidResult(parsed.error, parsed.error.issues[0]?.message ?? "That comparison could not be saved.");
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    const scenario = await createSalaryScenario(await getDatabase(), user.id, parsed.data);
    revalidatePath("/salary");
    return { ok: true, data: scenario };
  } catch (error) {
    return domainErrorResult(error);
  }
}

export async function renameScenario(input: unknown): Promise<ActionResult<SalaryScenarioSummary>> {
  const parsed = RenameSalaryScenarioSchema.safeParse(input);
  if (!parsed.success) return invalidResult(parsed.error, parsed.error.issues[0]?.message ?? "That name could not be saved.");
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    const scenario = await renameSalaryScenario(await getDatabase(), user.id, parsed.data.scenarioId, parsed.data.name);
    revalidatePath("/salary");
    return { ok: true, data: scenario };
  } catch (error) {
    return domainErrorResult(error);
  }
}

export async function deleteScenario(input: unknown): Promise<ActionResult> {
  const parsed = DeleteSalaryScenarioSchema.safeParse(input);
  if (!parsed.success) return invalidResult(parsed.error, "That scenario was not found.");
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    await deleteSalaryScenario(await getDatabase(), user.id, parsed.data.scenarioId);
    revalidatePath("/salary");
    return { ok: true, data: undefined };
  } catch (error) {
    return domainErrorResult(error);
  }
}
