"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/app/_lib/action";
import { canReviewDisputes, canTeach, type Actor } from "@/lib/auth/policy";
import { getDatabase } from "@/lib/db/client";
import { reviewDispute } from "@/lib/practice/dispute-review";
import { ReviewDisputeSchema } from "@/lib/practice/dispute-schemas";

// Admins review any dispute; an instructor only their own learners' (checked per dispute in reviewDispute).
const mayReviewSome = (actor: Actor) => canReviewDisputes(actor) || canTeach(actor);

export const reviewDisputeAction = formAction(
  ReviewDisputeSchema,
  { policy: mayReviewSome, forbiddenMessage: "Only instructors and admins review disputes.", invalidMessage: "Write the learner a reply with your decision." },
  async (input, user) => {
    await reviewDispute(await getDatabase(), user, input);
    revalidatePath("/instructor/disputes");
    revalidatePath("/admin/disputes");
  },
);
