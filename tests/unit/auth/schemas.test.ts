import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl, SignInSchema, SignUpSchema } from "@/lib/auth/schemas";
import { signInErrorMessage } from "@/lib/auth/messages";

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
    // The probe's finding: a tab or line break after the first slash makes a browser read "//evil.example".
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/ /evil.example", "/%20/evil.example"],
    // Encoded, it is a harmless path on this site, returned normalised (no raw control characters).
    ["/%09/evil.example", "/%09/evil.example"],
    ["/%0A/x", "/%0A/x"],
    ["/practice/case-1#line-2", "/practice/case-1#line-2"],
    ["/a/../../evil", "/evil"],
    ["javascript:alert(1)", "/"],
    ["/" + "a".repeat(3000), "/"],
    [undefined, "/"],
    [42, "/"],
  ])("%s -> %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it.each([
    ["/progress", "http://localhost:3000/progress"],
    ["http://localhost:3000/practice?x=1", "http://localhost:3000/practice?x=1"],
    ["/\t/evil.example", "http://localhost:3000"],
    ["https://evil.example/", "http://localhost:3000"],
    ["http://localhost:3000.evil.example/", "http://localhost:3000"],
    ["not a url", "http://localhost:3000"],
  ])("%s -> %s", (input, expected) => {
    expect(safeRedirectUrl(input, "http://localhost:3000")).toBe(expected);
  });
});

describe("signInErrorMessage", () => {
  it("maps next-auth's codes and ours to our own sentences and never echoes other text", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("That email and password do not match an account.");
    expect(signInErrorMessage("RateLimited:42")).toBe("Too many failed sign-in attempts. Wait 42 seconds and try again.");
    expect(signInErrorMessage("RateLimited:1")).toBe("Too many failed sign-in attempts. Wait 1 second and try again.");
    expect(signInErrorMessage("SlowedDown")).toMatch(/Your account is not locked/);
    expect(signInErrorMessage("Your account is suspended, call +1 555 0100")).toBe("Sign-in failed. Please try again.");
    expect(signInErrorMessage("RateLimited:<b>")).toBe("Sign-in failed. Please try again.");
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});
