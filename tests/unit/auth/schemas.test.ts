import { describe, expect, it } from "vitest";
import { safeCallbackPath, SignInSchema, SignUpSchema } from "@/lib/auth/schemas";

const valid = { name: "Ana Coder", email: "  Ana@Example.ORG ", password: "correct horse", confirmPassword: "correct horse" };

describe("SignUpSchema", () => {
  it("normalises the email to trimmed lower case", () => {
    expect(SignUpSchema.parse(valid).email).toBe("ana@example.org");
  });

  it.each([
    [{ email: "not-an-email" }, "email", "Enter a valid email address, like name@example.com."],
    [{ email: "" }, "email", "Enter your email address."],
    [{ password: "short", confirmPassword: "short" }, "password", "Use at least 10 characters."],
    [{ password: " padded password ", confirmPassword: " padded password " }, "password", "The password cannot start or end with a space."],
    [{ confirmPassword: "something else" }, "confirmPassword", "The two passwords do not match."],
    [{ name: "   " }, "name", "Enter your name."],
  ])("rejects %o with a clear message on the field", (change, field, message) => {
    const result = SignUpSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((candidate) => candidate.path[0] === field);
    expect(issue?.message).toBe(message);
  });

  it("refuses a password longer than 128 characters", () => {
    const long = "x".repeat(129);
    expect(SignUpSchema.safeParse({ ...valid, password: long, confirmPassword: long }).success).toBe(false);
  });
});

describe("SignInSchema", () => {
  it("needs both fields", () => {
    expect(SignInSchema.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
    expect(SignInSchema.safeParse({ email: "a@b.co", password: "x" }).success).toBe(true);
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/progress", "/progress"],
    ["/guide/a?x=1", "/guide/a?x=1"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    [undefined, "/"],
    [42, "/"],
  ])("%s -> %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
