import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { INVALID_CREDENTIALS_MESSAGE, SLOWED_DOWN_MESSAGE } from "@/lib/auth/messages";
import { ACCOUNT_SLOWDOWN_AFTER, signInLimits } from "@/lib/auth/sign-in-throttle";
import { DomainError } from "@/lib/errors";
import { registerUser, signUpLearner } from "@/lib/users/register-user";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const LIMIT = signInLimits(10);
const PER_PAIR = LIMIT.perAddressAndAccount;
// The account slowdown is real in production; here every wait is recorded instead of slept.
const waits: number[] = [];
const options = { wait: async (ms: number) => void waits.push(ms) };
let database: TestDatabase;
let counter = 0;
const uniqueEmail = () => `learner${++counter}-${Date.now()}@example.org`;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.signInFailure.deleteMany();
  waits.length = 0;
});

async function newLearner(password = "correct horse battery") {
  const email = uniqueEmail();
  await registerUser(database.db, { name: "Test Learner", email, password, confirmPassword: password });
  return { email, password };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
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

describe("signUpLearner", () => {
  const form = (email: string, password = "correct horse battery") => ({ name: "Test Learner", email, password, confirmPassword: password });

  it("answers a taken email exactly as a new one, and leaves the existing account untouched", async () => {
    const { email } = await newLearner();
    const before = await database.db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    const fresh = uniqueEmail();
    const taken = await signUpLearner(database.db, form(email, "an attacker's password"), { address: "203.0.113.60", maxPerHour: 20 });
    const created = await signUpLearner(database.db, form(fresh), { address: "203.0.113.60", maxPerHour: 20 });
    expect(taken).toEqual({ email });
    expect(created).toEqual({ email: fresh });
    expect(await database.db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } })).toEqual(before);
    expect(await database.db.user.count({ where: { email: fresh } })).toBe(1);
  });

  it("throttles sign-ups per client address and says when to try again", async () => {
    for (let attempt = 0; attempt < 3; attempt++) await signUpLearner(database.db, form(uniqueEmail()), { address: "203.0.113.61", maxPerHour: 3 });
    const error = await failure(signUpLearner(database.db, form(uniqueEmail()), { address: "203.0.113.61", maxPerHour: 3 }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/^Too many accounts were created from your network recently\. Try again in \d+ minutes?\.$/);
    // Another address is unaffected.
    await signUpLearner(database.db, form(uniqueEmail()), { address: "203.0.113.62", maxPerHour: 3 });
  });
});

describe("authenticateWithPassword", () => {
  it("signs in with the right password, whatever the email's case and spacing", async () => {
    const { email, password } = await newLearner();
    const user = await authenticateWithPassword(database.db, { email: `  ${email.toUpperCase()} `, password }, LIMIT, options);
    expect(user.email).toBe(email);
    expect(user.role).toBe("LEARNER");
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const { email } = await newLearner();
    const wrongPassword = await failure(authenticateWithPassword(database.db, { email, password: "wrong password" }, LIMIT, options));
    const unknownEmail = await failure(authenticateWithPassword(database.db, { email: uniqueEmail(), password: "whatever it is" }, LIMIT, options));
    expect(wrongPassword.code).toBe("INVALID");
    expect(unknownEmail.code).toBe("INVALID");
    expect(wrongPassword.message).toBe(INVALID_CREDENTIALS_MESSAGE);
    expect(unknownEmail.message).toBe(INVALID_CREDENTIALS_MESSAGE);
  });

  it("limits failures per address and account, and says how long to wait", async () => {
    const { email, password } = await newLearner();
    const ip = "203.0.113.20";
    for (let attempt = 0; attempt < PER_PAIR; attempt++) {
      expect((await failure(authenticateWithPassword(database.db, { email, password: "wrong password", ip }, LIMIT, options))).code).toBe("INVALID");
    }
    const limited = await failure(authenticateWithPassword(database.db, { email, password, ip }, LIMIT, options));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/^Too many failed sign-in attempts\. Wait \d+ seconds? and try again\.$/);
    expect(limited.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.details?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("does not let a stranger lock a learner out: the account is slowed down, not blocked, and the reply says so", async () => {
    const { email, password } = await newLearner();
    // Ten wrong passwords a minute from a stranger's address: that address is blocked, the learner's is not.
    for (let attempt = 0; attempt < PER_PAIR; attempt++) {
      await failure(authenticateWithPassword(database.db, { email, password: "wrong password", ip: "198.51.100.66" }, LIMIT, options));
    }
    expect((await failure(authenticateWithPassword(database.db, { email, password, ip: "198.51.100.66" }, LIMIT, options))).code).toBe("RATE_LIMITED");
    // Spraying from many addresses: each try is held a little longer, and told why.
    for (let attempt = 0; attempt < 20; attempt++) {
      const error = await failure(authenticateWithPassword(database.db, { email, password: `guess ${attempt}`, ip: `192.0.2.${attempt + 1}` }, LIMIT, options));
      expect(error.code).toBe("INVALID");
      expect(error.message).toBe(SLOWED_DOWN_MESSAGE);
    }
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.at(-1)).toBeGreaterThan(waits[0]!);
    // The learner, from their own address, still gets in with the right password.
    const user = await authenticateWithPassword(database.db, { email, password, ip: "203.0.113.50" }, LIMIT, options);
    expect(user.email).toBe(email);
  });

  it("says nothing about slowing down until an account has had several failures", async () => {
    const email = uniqueEmail();
    for (let attempt = 0; attempt < ACCOUNT_SLOWDOWN_AFTER; attempt++) {
      expect(
        (await failure(authenticateWithPassword(database.db, { email, password: "wrong password", ip: `192.0.2.${attempt + 1}` }, LIMIT, options))).message,
      ).toBe(INVALID_CREDENTIALS_MESSAGE);
    }
    expect((await failure(authenticateWithPassword(database.db, { email, password: "wrong password", ip: "192.0.2.99" }, LIMIT, options))).message).toBe(
      SLOWED_DOWN_MESSAGE,
    );
    expect(waits).toEqual([]);
  });

  it("limits failures per client address across many emails", async () => {
    const ip = "203.0.113.7";
    const limits = { perAddressAndAccount: 10, perAddress: 12 };
    for (let attempt = 0; attempt < limits.perAddress; attempt++) {
      await failure(authenticateWithPassword(database.db, { email: uniqueEmail(), password: "guess guess", ip }, limits, options));
    }
    const { email, password } = await newLearner();
    expect((await failure(authenticateWithPassword(database.db, { email, password, ip }, limits, options))).code).toBe("RATE_LIMITED");
    expect((await authenticateWithPassword(database.db, { email, password, ip: "198.51.100.1" }, limits, options)).email).toBe(email);
  });

  it("refuses a deactivated account with the same message as a wrong password", async () => {
    const { email, password } = await newLearner();
    await database.db.user.update({ where: { email }, data: { deactivatedAt: new Date() } });
    const error = await failure(authenticateWithPassword(database.db, { email, password, ip: "203.0.113.8" }, LIMIT, options));
    expect(error.code).toBe("INVALID");
    expect(error.message).toBe(INVALID_CREDENTIALS_MESSAGE);
  });

  it("forgets failures older than the window", async () => {
    const { email, password } = await newLearner();
    const old = new Date(Date.now() - 61_000);
    await database.db.signInFailure.createMany({ data: Array.from({ length: PER_PAIR }, () => ({ key: `ip-email:unknown|${email}`, createdAt: old })) });
    expect((await authenticateWithPassword(database.db, { email, password }, LIMIT, options)).email).toBe(email);
  });

  it("treats malformed input as a failed sign-in, not a crash", async () => {
    const error = await failure(authenticateWithPassword(database.db, { email: 42, password: undefined }, LIMIT, options));
    expect(error.code).toBe("INVALID");
  });
});
