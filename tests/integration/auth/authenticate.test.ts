import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/auth/messages";
import { DomainError } from "@/lib/errors";
import { registerUser } from "@/lib/users/register-user";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const LIMIT = 10;
let database: TestDatabase;
let counter = 0;
const uniqueEmail = () => `learner${++counter}-${Date.now()}@example.org`;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.signInFailure.deleteMany();
});

async function newLearner(password = "correct horse battery") {
  const email = uniqueEmail();
  await registerUser(database.db, { name: "Test Learner", email, password, confirmPassword: password });
  return { email, password };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("registerUser", () => {
  it("creates a learner with a hashed password and refuses the same email twice", async () => {
    const { email } = await newLearner();
    const stored = await database.db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(stored.role).toBe("LEARNER");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const duplicate = await failure(registerUser(database.db, { name: "Again", email, password: "another password", confirmPassword: "another password" }));
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.details?.fieldErrors?.email?.[0]).toMatch(/already exists/);
    expect(await database.db.user.count({ where: { email } })).toBe(1);
  });

  it("keeps the password hash out of ordinary queries", async () => {
    const { email } = await newLearner();
    const user = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(user).not.toHaveProperty("passwordHash");
  });
});

describe("authenticateWithPassword", () => {
  it("signs in with the right password, whatever the email's case and spacing", async () => {
    const { email, password } = await newLearner();
    const user = await authenticateWithPassword(database.db, { email: `  ${email.toUpperCase()} `, password }, LIMIT);
    expect(user.email).toBe(email);
    expect(user.role).toBe("LEARNER");
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const { email } = await newLearner();
    const wrongPassword = await failure(authenticateWithPassword(database.db, { email, password: "wrong password" }, LIMIT));
    const unknownEmail = await failure(authenticateWithPassword(database.db, { email: uniqueEmail(), password: "whatever it is" }, LIMIT));
    expect(wrongPassword.code).toBe("INVALID");
    expect(unknownEmail.code).toBe("INVALID");
    expect(wrongPassword.message).toBe(INVALID_CREDENTIALS_MESSAGE);
    expect(unknownEmail.message).toBe(INVALID_CREDENTIALS_MESSAGE);
  });

  it("limits failures per email, even for the right password, and says how long to wait", async () => {
    const { email, password } = await newLearner();
    for (let attempt = 0; attempt < LIMIT; attempt++) {
      expect((await failure(authenticateWithPassword(database.db, { email, password: "wrong password" }, LIMIT))).code).toBe("INVALID");
    }
    const limited = await failure(authenticateWithPassword(database.db, { email, password }, LIMIT));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/^Too many failed sign-in attempts\. Wait \d+ seconds? and try again\.$/);
    expect(limited.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.details?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("limits failures per client address across many emails", async () => {
    const ip = "203.0.113.7";
    for (let attempt = 0; attempt < LIMIT; attempt++) {
      await failure(authenticateWithPassword(database.db, { email: uniqueEmail(), password: "guess guess", ip }, LIMIT));
    }
    const { email, password } = await newLearner();
    expect((await failure(authenticateWithPassword(database.db, { email, password, ip }, LIMIT))).code).toBe("RATE_LIMITED");
    expect((await authenticateWithPassword(database.db, { email, password, ip: "198.51.100.1" }, LIMIT)).email).toBe(email);
  });

  it("forgets failures older than the window", async () => {
    const { email, password } = await newLearner();
    const old = new Date(Date.now() - 61_000);
    await database.db.signInFailure.createMany({ data: Array.from({ length: LIMIT }, () => ({ key: `email:${email}`, createdAt: old })) });
    expect((await authenticateWithPassword(database.db, { email, password }, LIMIT)).email).toBe(email);
  });

  it("treats malformed input as a failed sign-in, not a crash", async () => {
    const error = await failure(authenticateWithPassword(database.db, { email: 42, password: undefined }, LIMIT));
    expect(error.code).toBe("INVALID");
  });
});
