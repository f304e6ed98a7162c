"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { RoleSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import { domainErrorResult, invalidResult, type ActionResult } from "@/lib/result";
import { changeUserRole } from "@/lib/users/change-user-role";

const ChangeRoleSchema = z.object({ userId: z.string().min(1, "Choose a user."), role: RoleSchema });

export async function changeRole(_previous: ActionResult<{ role: string }> | null, formData: FormData): Promise<ActionResult<{ role: string }>> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, message: "Your session has ended. Sign in again." };
  const parsed = ChangeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidResult(parsed.error, "That role change is not valid.");
  try {
    const updated = await changeUserRole(await getDatabase(), actor, parsed.data);
    revalidatePath("/admin/users");
    return { ok: true, data: { role: updated.role } };
  } catch (error) {
    return domainErrorResult(error);
  }
}
