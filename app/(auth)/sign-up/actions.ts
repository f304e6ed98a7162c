"use server";

import { SignUpSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import { domainErrorResult, invalidResult, type ActionResult } from "@/lib/result";
import { registerUser } from "@/lib/users/register-user";

export async function signUp(formData: FormData): Promise<ActionResult<{ email: string }>> {
  const parsed = SignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidResult(parsed.error);
  try {
    const user = await registerUser(await getDatabase(), parsed.data);
    return { ok: true, data: { email: user.email } };
  } catch (error) {
    return domainErrorResult(error);
  }
}
