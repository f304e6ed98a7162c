import "next-auth";
import "next-auth/jwt";
import type { Role } from "@/lib/auth/schemas";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; sessionVersion?: number; name?: string | null; email?: string | null; image?: string | null };
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The user's sessionVersion when this token was issued (lib/auth/sessions.ts). */
    sv?: number;
  }
}
