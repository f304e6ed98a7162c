import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/app/_lib/require-user";
import { canTeach } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";

/** The signed-in instructor (or admin); anyone else gets 403. */
export async function requireTeacher(returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!canTeach(user)) forbidden();
  return user;
}

/** Runs a read; a NOT_FOUND from the domain (another instructor's cohort, a removed learner) becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
