"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/app/_lib/action";
import { getDatabase } from "@/lib/db/client";
import { scrubDenialCorrection, submitDenialWork } from "@/lib/denials/attempts";
import { ScrubClaimSchema, SubmitDenialWorkSchema } from "@/lib/denials/schemas";

export const scrubCorrectedClaim = action(ScrubClaimSchema, { invalidMessage: "Some lines need fixing before the scrubber can read them." }, async (input) => {
  return scrubDenialCorrection(await getDatabase(), input.claimNumber, input.correction);
});

export const submitDenialWorkAction = action(
  SubmitDenialWorkSchema,
  { invalidMessage: "Some of your work needs fixing before it can be sent." },
  async (input, user) => {
    const result = await submitDenialWork(await getDatabase(), user.id, input);
    if (result.kind === "graded") {
      revalidatePath("/denials");
      revalidatePath("/progress");
    }
    return result;
  },
);
