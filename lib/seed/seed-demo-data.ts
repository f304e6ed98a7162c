import type { Database } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/schemas";

/** Demo accounts, documented in the README; for local installs and tests, never production data. */
export const DEMO_ACCOUNTS: { email: string; password: string; name: string; role: Role }[] = [
  { email: "demo@chartwise.test", password: "chartwise-demo", name: "Dana Demo", role: "LEARNER" },
  { email: "instructor@chartwise.test", password: "chartwise-instructor", name: "Ira Instructor", role: "INSTRUCTOR" },
  { email: "admin@chartwise.test", password: "chartwise-admin", name: "Ada Admin", role: "ADMIN" },
];

export type SeedReport = { created: string[] };

/** Creates whatever demo data is missing; running it again changes nothing. */
export async function seedDemoData(db: Database): Promise<SeedReport> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await db.user.create({
      data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
    });
    created.push(account.email);
  }
  return { created };
}
