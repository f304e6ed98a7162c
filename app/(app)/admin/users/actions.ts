"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/app/_lib/action";
import { canManageUsers } from "@/lib/auth/policy";
import { RoleSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import { changeUserRole } from "@/lib/users/change-user-role";

const ChangeRoleSchema = z.object({ userId: z.string().min(1, "Choose a user."), role: RoleSchema });

export const changeRole = formAction(
  ChangeRoleSchema,
  { policy: canManageUsers, forbiddenMessage: "Only an administrator can change roles.", invalidMessage: "That role change is not valid." },
  async (input, actor) => {
    const updated = await changeUserRole(await getDatabase(), actor, input);
    revalidatePath("/admin/users");
    return { role: updated.role };
  },
);
