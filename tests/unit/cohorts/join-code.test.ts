import { describe, expect, it } from "vitest";
import { canJoinCohort, canManageCohort, canReviewDisputes } from "@/lib/auth/policy";
import { formatJoinCode, generateJoinCode, isWellFormedJoinCode, JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/cohorts/join-code";

describe("join codes", () => {
  it("are 20 characters from an alphabet without look-alikes, and differ every time", () => {
    const codes = new Set(Array.from({ length: 200 }, generateJoinCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).not.toMatch(/[01ILOU]/);
      expect(isWellFormedJoinCode(code)).toBe(true);
    }
  });

  it("read back from any case, dashes, spaces or the whole join link", () => {
    const code = generateJoinCode();
    expect(normaliseJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
    expect(normaliseJoinCode(` https://chartwise.example.org/join/${code}?x=1 `)).toBe(code);
    expect(formatJoinCode("ABCDEFGHJKMNPQRSTVWX")).toBe("ABCD-EFGH-JKMN-PQRS-TVWX");
    expect(isWellFormedJoinCode("ABCD")).toBe(false);
    expect(isWellFormedJoinCode("ABCDEFGHJKMNPQRSTVW0")).toBe(false);
  });
});

describe("cohort and dispute policies", () => {
  const admin = { id: "a", role: "ADMIN" as const };
  const teacher = { id: "t", role: "INSTRUCTOR" as const };
  const learner = { id: "l", role: "LEARNER" as const };

  it("let an instructor manage only their own cohorts, and an admin any", () => {
    expect(canManageCohort(teacher, { ownerId: "t" })).toBe(true);
    expect(canManageCohort(teacher, { ownerId: "other" })).toBe(false);
    expect(canManageCohort(admin, { ownerId: "other" })).toBe(true);
    expect(canManageCohort(learner, { ownerId: "l" })).toBe(false);
  });

  it("let an instructor review a dispute only with the context that they teach the learner; existing callers still mean admins", () => {
    expect(canReviewDisputes(admin)).toBe(true);
    expect(canReviewDisputes(teacher)).toBe(false);
    expect(canReviewDisputes(teacher, { teachesLearner: true })).toBe(true);
    expect(canReviewDisputes(teacher, { teachesLearner: false })).toBe(false);
    expect(canReviewDisputes(learner, { teachesLearner: true })).toBe(false);
  });

  it("let only learners join cohorts", () => {
    expect([learner, teacher, admin].map(canJoinCohort)).toEqual([true, false, false]);
  });
});
