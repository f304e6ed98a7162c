import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { changeUserRole } from "@/lib/users/change-user-role";
import { findUsers } from "@/lib/users/find-users";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let counter = 0;
async function user(role: "LEARNER" | "INSTRUCTOR" | "ADMIN") {
  return database.db.user.create({
    data: { email: `${role.toLowerCase()}${++counter}@example.org`, name: `${role} ${counter}`, role },
    select: { id: true, role: true, email: true },
  });
}

describe("changeUserRole", () => {
  it("lets an admin promote a learner, and audits it", async () => {
    const admin = await user("ADMIN");
    const learner = await user("LEARNER");
    const updated = await changeUserRole(database.db, admin, { userId: learner.id, role: "INSTRUCTOR" });
    expect(updated.role).toBe("INSTRUCTOR");
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { targetId: learner.id } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "user.role_changed", detail: { from: "LEARNER", to: "INSTRUCTOR" } });
  });

  it.each(["LEARNER", "INSTRUCTOR"] as const)("refuses a %s, changing nothing", async (role) => {
    const actor = await user(role);
    const target = await user("LEARNER");
    const error = await changeUserRole(database.db, actor, { userId: target.id, role: "ADMIN" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("FORBIDDEN");
    expect((await database.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("LEARNER");
  });

  it("never leaves Chartwise without an admin", async () => {
    await database.db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "LEARNER" } });
    const onlyAdmin = await user("ADMIN");
    const error = await changeUserRole(database.db, onlyAdmin, { userId: onlyAdmin.id, role: "LEARNER" }).catch((caught: unknown) => caught);
    expect((error as DomainError).code).toBe("CONFLICT");
    expect((await database.db.user.findUniqueOrThrow({ where: { id: onlyAdmin.id } })).role).toBe("ADMIN");
  });

  it("says so when the user no longer exists", async () => {
    const admin = await user("ADMIN");
    const error = await changeUserRole(database.db, admin, { userId: "missing", role: "LEARNER" }).catch((caught: unknown) => caught);
    expect((error as DomainError).code).toBe("NOT_FOUND");
  });
});

describe("findUsers", () => {
  it("lists and filters users for admins only", async () => {
    const admin = await user("ADMIN");
    const learner = await user("LEARNER");
    const result = await findUsers(database.db, admin, { query: learner.email.toUpperCase() });
    expect(result.users.map((found) => found.email)).toEqual([learner.email]);
    expect(result.users[0]).not.toHaveProperty("passwordHash");
    await expect(findUsers(database.db, learner)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
