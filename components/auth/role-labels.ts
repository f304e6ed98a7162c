import type { Role } from "@/lib/auth/schemas";

export const ROLE_LABELS: Record<Role, string> = { LEARNER: "Learner", INSTRUCTOR: "Instructor", ADMIN: "Admin" };
