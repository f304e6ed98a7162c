"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordId } from "@/lib/validation/fields";
import { formAction } from "@/app/_lib/action";
import { canReviewDisputes } from "@/lib/auth/policy";
import { getDatabase } from "@/lib/db/client";
import { setDisputeStatus } from "@/lib/practice/disputes";

const DecisionSchema = z.object({
  disputeId: recordId("Choose a dispute."),
  status: z.enum(["OPEN", "ACCEPTED", "REJECTED"], "Choose accept, reject or reopen."),
});

export const decideDispute = formAction(
  DecisionSchema,
  { policy: canReviewDisputes, forbiddenMessage: "Only admins can review disputes.", invalidMessage: "That decision is not valid." },
  async (input, actor) => {
    await setDisputeStatus(await getDatabase(), actor, input.disputeId, input.status);
    revalidatePath("/admin/disputes");
  },
);
