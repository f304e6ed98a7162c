import type { Role } from "@/lib/auth/schemas";

export type Actor = { id: string; role: Role };

// Named permissions, used by pages (to show or hide) and by actions and routes (to allow or refuse) alike.
export const canManageUsers = (actor: Actor) => actor.role === "ADMIN";
export const canReviewDisputes = (actor: Actor) => actor.role === "ADMIN";
export const canTeach = (actor: Actor) => actor.role === "INSTRUCTOR" || actor.role === "ADMIN";
