"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/app/_lib/action";
import { getGuide } from "@/lib/content/get-guide";
import { getDatabase } from "@/lib/db/client";
import { learnerProfileSchemaFor, saveLearnerProfile } from "@/lib/profile/learner-profile";
import { metroOptionsOf } from "@/lib/salary/comparison";

// Built on first use: the metro areas come from the facts file.
const ProfileFormSchema = z.lazy(() => learnerProfileSchemaFor(metroOptionsOf(getGuide().facts).map((option) => option.value)));

/** Saves the signed-in learner's profile from the profile form (every field optional). */
export const saveProfile = formAction(
  ProfileFormSchema,
  { signedOutMessage: "Your session has ended. Sign in again to save your profile.", invalidMessage: "Please correct the highlighted fields." },
  async (profile, user) => {
    const saved = await saveLearnerProfile(await getDatabase(), user.id, profile);
    revalidatePath("/profile");
    revalidatePath("/salary");
    return saved;
  },
);
