import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";

// The browser's session cookie. getServerSession is next-auth's own, run in its (request, response) form on that
// cookie, because its App Router form reads next/headers: the token is decoded, the jwt and session callbacks run,
// and getCurrentUser gets what a page would.
const cookie = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-to-pass";
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  return { token: null as string | null };
});
vi.mock("next-auth", async (importOriginal) => {
  const nextAuth = await importOriginal<typeof import("next-auth")>();
  const response = { getHeader() {}, setCookie() {}, setHeader() {} };
  return {
    ...nextAuth,
    getServerSession: async (options: import("next-auth").AuthOptions) => {
      const cookies: Record<string, string> = cookie.token ? { "next-auth.session-token": cookie.token } : {};
      const request = {
        headers: {
          cookie: Object.entries(cookies)
            .map(([name, value]) => `${name}=${value}`)
            .join("; "),
        },
        cookies,
      };
      return nextAuth.getServerSession(request as never, response as never, options);
    },
  };
});

import { getAuthOptions } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { encodeSessionToken } from "@/lib/auth/session-token";
import type { Role } from "@/lib/auth/schemas";
import { changePassword } from "@/lib/users/change-password";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(() => {
  cookie.token = null;
});

let counter = 0;
async function newUser(role: "LEARNER" | "ADMIN" = "LEARNER", password = "correct horse battery") {
  return database.db.user.create({
    data: { email: `session${++counter}@example.org`, name: `User ${counter}`, role, passwordHash: await hashPassword(password) },
    select: { id: true, role: true, email: true, sessionVersion: true },
  });
}

/** What next-auth does at sign-in (the jwt callback with `user`), then what each later request does. */
async function signIn(user: { id: string; role: Role; sessionVersion: number }): Promise<JWT> {
  const jwt = getAuthOptions().callbacks!.jwt!;
  return jwt({ token: { sub: user.id }, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion }, account: null } as never);
}
async function laterRequest(token: JWT): Promise<"signed in" | "signed out"> {
  const jwt = getAuthOptions().callbacks!.jwt!;
  const outcome = await Promise.resolve(jwt({ token } as never)).then(
    () => "signed in" as const,
    () => "signed out" as const,
  );
  // getCurrentUser, given the same token as a cookie, must agree with the jwt callback.
  cookie.token = await encodeSessionToken({ token, secret: process.env.NEXTAUTH_SECRET! });
  const current = await getCurrentUser();
  expect(current === null ? "signed out" : "signed in").toBe(outcome);
  if (current)
    expect(current).toEqual(await database.db.user.findUniqueOrThrow({ where: { id: token.sub! }, select: { id: true, email: true, name: true, role: true } }));
  return outcome;
}

describe("sessions end on the server, not just in the browser", () => {
  it("a copy of the cookie stops working after sign-out", async () => {
    const user = await newUser();
    const token = await signIn(user);
    expect(await laterRequest(token)).toBe("signed in");
    await getAuthOptions().events!.signOut!({ token, session: undefined as never });
    expect(await laterRequest(token)).toBe("signed out");
    // Signing in again issues a token that works.
    const fresh = await signIn({ ...user, sessionVersion: (await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion });
    expect(await laterRequest(fresh)).toBe("signed in");
  });

  it("a stale token signing out does not end the newer session", async () => {
    const user = await newUser();
    const old = await signIn(user);
    await getAuthOptions().events!.signOut!({ token: old, session: undefined as never });
    const current = await signIn({ ...user, sessionVersion: user.sessionVersion + 1 });
    await getAuthOptions().events!.signOut!({ token: old, session: undefined as never });
    expect(await laterRequest(current)).toBe("signed in");
  });

  it("a password change ends every session", async () => {
    const user = await newUser();
    const token = await signIn(user);
    await changePassword(database.db, user.id, {
      currentPassword: "correct horse battery",
      newPassword: "a brand new phrase",
      confirmPassword: "a brand new phrase",
    });
    expect(await laterRequest(token)).toBe("signed out");
  });

  it("a wrong current password changes nothing and keeps the session", async () => {
    const user = await newUser();
    const token = await signIn(user);
    const error = await changePassword(database.db, user.id, {
      currentPassword: "not it at all",
      newPassword: "a brand new phrase",
      confirmPassword: "a brand new phrase",
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe("That is not your current password.");
    expect(await laterRequest(token)).toBe("signed in");
  });

  it("an admin's role change ends the user's sessions", async () => {
    const admin = await newUser("ADMIN");
    const user = await newUser();
    const token = await signIn(user);
    await changeUserRole(database.db, admin, { userId: user.id, role: "INSTRUCTOR" });
    expect(await laterRequest(token)).toBe("signed out");
  });

  it("deactivation ends the sessions and reactivation does not revive them", async () => {
    const admin = await newUser("ADMIN");
    const user = await newUser();
    const token = await signIn(user);
    await setUserActive(database.db, admin, { userId: user.id, active: false });
    expect(await laterRequest(token)).toBe("signed out");
    await setUserActive(database.db, admin, { userId: user.id, active: true });
    expect(await laterRequest(token)).toBe("signed out");
    const audit = await database.db.auditEvent.findMany({ where: { targetId: user.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["user.deactivated", "user.reactivated"]);
  });

  it("an admin cannot deactivate themselves, and a learner cannot deactivate anyone", async () => {
    const admin = await newUser("ADMIN");
    const learner = await newUser();
    await expect(setUserActive(database.db, admin, { userId: admin.id, active: false })).rejects.toThrow(/your own account/);
    await expect(setUserActive(database.db, learner, { userId: admin.id, active: false })).rejects.toThrow(/Only an administrator/);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: admin.id } })).deactivatedAt).toBeNull();
  });

  it("a token without a session version (issued before this change) or for a deleted user is refused", async () => {
    const user = await newUser();
    expect(await laterRequest({ sub: user.id, role: "LEARNER" })).toBe("signed out");
    expect(await laterRequest({ sub: "no-such-user", role: "LEARNER", sv: 0 })).toBe("signed out");
  });
});
