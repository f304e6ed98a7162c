import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";

// Learners the end-to-end tests create directly in the database (the embedded database lives inside the app's
// process, so the tests reach it through a token-guarded route). Only addresses under this domain are touched.
export const TEST_LEARNER_DOMAIN = "e2e.chartwise.test";

export const CreateTestLearnerSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  email: z
    .email()
    .max(200)
    .refine((email) => email.toLowerCase().endsWith(`@${TEST_LEARNER_DOMAIN}`), `Test learners use @${TEST_LEARNER_DOMAIN} addresses.`),
});

export async function createTestLearner(db: Database, input: z.output<typeof CreateTestLearnerSchema>) {
  return db.user.create({
    data: { email: input.email.toLowerCase(), name: input.name, role: "LEARNER" },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** Deletes a test learner and everything of theirs; anyone outside the test domain is NOT_FOUND. */
export async function deleteTestLearner(db: Database, userId: string): Promise<void> {
  const { count } = await db.user.deleteMany({ where: { id: userId, email: { endsWith: `@${TEST_LEARNER_DOMAIN}` } } });
  if (count === 0) throw new DomainError("NOT_FOUND", "No such test learner.");
}
