"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDatabase } from "@/lib/db/client";
import { setDisputeStatus } from "@/lib/practice/disputes";
import { domainErrorResult, invalidResult, type ActionResult } from "@/lib/result";

const DecisionSchema = z.object({
  disputeId: z.string().min(1, "Choose a dispute.").max(40),
  status: z.enum(["OPEN", "ACCEPTED", "REJECTED"], "Choose accept, reject or reopen."),
});

export async function decideDispute(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, message: "Your session has ended. Sign in again." };
  if (actor.role !== "ADMIN") return { ok: false, message: "Only admins can review disputes." };
  const parsed = DecisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidResult(parsed.error, "That decision is not valid.");
  try {
    await setDisputeStatus(await getDatabase(), actor.id, parsed.data.disputeId, parsed.data.status);
    revalidatePath("/admin/disputes");
    return { ok: true, data: undefined };
  } catch (error) {
    return domainErrorResult(error);
  }
}
