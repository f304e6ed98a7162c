import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

const secret = "a-test-secret-of-enough-length-0123456789";
const claims = { sub: "user-1", role: "LEARNER" as const, sv: 3, name: "Alex", email: "alex@example.test" };

describe("session tokens with a key derived once", () => {
  it("reads a token next-auth wrote, and next-auth reads one it wrote (cookies survive either way)", async () => {
    expect(await decodeSessionToken({ token: await encode({ token: claims, secret }), secret })).toMatchObject(claims);
    expect(await decode({ token: await encodeSessionToken({ token: claims, secret }), secret })).toMatchObject(claims);
  });

  it("keeps next-auth's salted keys apart and refuses another secret", async () => {
    const salted = await encodeSessionToken({ token: claims, secret, salt: "authjs.other" });
    expect(await decode({ token: salted, secret, salt: "authjs.other" })).toMatchObject(claims);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
    await expect(decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret }), secret: `${secret}-rotated` })).rejects.toThrow();
  });

  it("sets the expiry from maxAge and refuses an expired token", async () => {
    const token = await encodeSessionToken({ token: claims, secret, maxAge: 60 });
    const payload = await decodeSessionToken({ token, secret });
    expect(Number(payload?.exp) - Number(payload?.iat)).toBe(60);
    await expect(decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret, maxAge: -60 }), secret })).rejects.toThrow(/exp/);
  });

  it("has no token to read when there is none", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
