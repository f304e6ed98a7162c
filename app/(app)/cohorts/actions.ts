"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/_lib/action";
import { canJoinCohort } from "@/lib/auth/policy";
import { joinCohort } from "@/lib/cohorts/join-cohort";
import { JoinCohortSchema } from "@/lib/cohorts/schemas";
import { getDatabase } from "@/lib/db/client";

export const joinCohortAction = formAction(
  JoinCohortSchema,
  { policy: canJoinCohort, forbiddenMessage: "Only learner accounts join cohorts; instructors create them." },
  async (input, user) => {
    const joined = await joinCohort(await getDatabase(), user, input.code);
    revalidatePath("/cohorts");
    revalidatePath("/progress");
    redirect(`/cohorts/${joined.cohortId}?joined=1`);
  },
);
