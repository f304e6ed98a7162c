"use server";

import { formAction } from "@/app/_lib/action";
import { getDatabase } from "@/lib/db/client";
import { changePassword, ChangePasswordSchema } from "@/lib/users/change-password";

/** Changes the signed-in user's password; every session ends, so the form then sends them to sign in again. */
export const changePasswordAction = formAction(ChangePasswordSchema, { invalidMessage: "Please correct the highlighted fields." }, async (input, user) => {
  await changePassword(await getDatabase(), user.id, input);
});
