import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";

describe("DomainError", () => {
  it("is recognised across copies of the module, as Next.js bundles may load lib/ twice", () => {
    const fromAnotherCopy = Object.assign(new Error("not found"), { [Symbol.for("chartwise.DomainError")]: true, code: "NOT_FOUND" });
    expect(fromAnotherCopy instanceof DomainError).toBe(true);
    expect(new DomainError("INVALID", "bad") instanceof DomainError).toBe(true);
    expect(new Error("plain") instanceof DomainError).toBe(false);
    const nothing: unknown = null;
    expect(nothing instanceof DomainError).toBe(false);
  });
});
