"use server";

import { formAction } from "@/app/_lib/action";
import { SignUpSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import { registerUser } from "@/lib/users/register-user";

/** Creates a learner account; the form signs the new user in afterwards. */
export const signUp = formAction(
  SignUpSchema,
  { signedIn: false, invalidMessage: "Please correct the highlighted fields." },
  async (input) => {
    const user = await registerUser(await getDatabase(), input);
    return { email: user.email };
  },
);
