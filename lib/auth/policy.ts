import type { Role } from "@/lib/auth/schemas";

export type Actor = { id: string; role: Role };

export const canManageUsers = (actor: Actor) => actor.role === "ADMIN";
