"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/app/_lib/action";
import { canManageUsers } from "@/lib/auth/policy";
import { RoleSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { recordId } from "@/lib/validation/fields";

const ADMIN_ONLY = { policy: canManageUsers, forbiddenMessage: "Only an administrator can manage users." } as const;

const ChangeRoleSchema = z.object({ userId: recordId("Choose a user."), role: RoleSchema });

export const changeRole = formAction(ChangeRoleSchema, { ...ADMIN_ONLY, invalidMessage: "That role change is not valid." }, async (input, actor) => {
  const updated = await changeUserRole(await getDatabase(), actor, input);
  revalidatePath("/admin/users");
  return { role: updated.role };
});

const SetActiveSchema = z.object({
  userId: recordId("Choose a user."),
  active: z.enum(["true", "false"], "Choose activate or deactivate.").transform((value) => value === "true"),
});

export const setUserActiveAction = formAction(SetActiveSchema, { ...ADMIN_ONLY, invalidMessage: "That change is not valid." }, async (input, actor) => {
  const updated = await setUserActive(await getDatabase(), actor, input);
  revalidatePath("/admin/users");
  return { active: updated.deactivatedAt === null };
});
