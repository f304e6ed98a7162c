"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getGuide } from "@/lib/content/get-guide";
import { getDatabase } from "@/lib/db/client";
import { learnerProfileSchemaFor, saveLearnerProfile, type LearnerProfileData } from "@/lib/profile/learner-profile";
import { domainErrorResult, invalidResult, type ActionResult } from "@/lib/result";
import { metroOptionsOf } from "@/lib/salary/comparison";

/** Saves the signed-in learner's profile from the profile form (every field optional). */
export async function saveProfile(formData: FormData): Promise<ActionResult<LearnerProfileData>> {
  const input = { ...Object.fromEntries(formData), credentials: formData.getAll("credentials") };
  const schema = learnerProfileSchemaFor(metroOptionsOf(getGuide().facts).map((option) => option.value));
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidResult(parsed.error);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again to save your profile." };
  try {
    const profile = await saveLearnerProfile(await getDatabase(), user.id, parsed.data);
    revalidatePath("/profile");
    revalidatePath("/salary");
    return { ok: true, data: profile };
  } catch (error) {
    return domainErrorResult(error);
  }
}
