import { describe, expect, it } from "vitest";
import { publicHealth, tokenMatches } from "@/lib/health/check-health";
import { MAX_ACTION_BODY_BYTES, preflight } from "@/lib/http/preflight";
import { transportSecurityHeaders } from "@/lib/security-headers";

const get = (url: string) => ({ method: "GET", url, headers: {} });
const action = (headers: Record<string, string>) => ({ method: "POST", url: "/sign-up", headers: { "next-action": "7f00", ...headers } });

describe("preflight (answered by the production server before Next.js)", () => {
  it("refuses a broken percent-escape in any path segment with 400, and passes good ones", () => {
    expect(preflight(get("/codes/%E0%A4%A"))?.status).toBe(400);
    expect(preflight(get("/api/codes/%"))?.status).toBe(400);
    expect(preflight(get("/codes/S83.241A?q=%E0%A4%A"))).toBeNull();
    expect(preflight(get("/codes/%25"))).toBeNull();
    expect(preflight(get("/guide/%F0%9F%98%80"))).toBeNull();
  });

  it("bounds server-action bodies: 413 over 1 MB, 411 without a length, 400 for a length that is not a number", () => {
    expect(preflight(action({ "content-length": String(MAX_ACTION_BODY_BYTES + 1) }))?.status).toBe(413);
    expect(preflight(action({ "content-length": String(MAX_ACTION_BODY_BYTES) }))).toBeNull();
    expect(preflight(action({}))?.status).toBe(411);
    expect(preflight(action({ "content-length": "1e9" }))?.status).toBe(400);
    // Not an action: a plain POST (next-auth's form) is Next.js's business.
    expect(preflight({ method: "POST", url: "/api/auth/callback/credentials", headers: {} })).toBeNull();
  });
});

describe("HSTS", () => {
  it("is sent only when the public address is https", () => {
    expect(transportSecurityHeaders("https://chartwise.example.org")).toEqual([
      { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
    ]);
    expect(transportSecurityHeaders("http://localhost:3000")).toEqual([]);
    expect(transportSecurityHeaders(undefined)).toEqual([]);
  });
});

describe("health details", () => {
  it("show the public only the status, and need the exact token for more", () => {
    const report = {
      status: "ok" as const,
      app: { version: "1", uptimeSeconds: 5, memoryMb: 100 },
      database: { status: "ok" as const, kind: "pglite" as const },
    };
    expect(publicHealth(report)).toEqual({ status: "ok" });
    const token = "a-health-token-of-some-length";
    expect(tokenMatches(`Bearer ${token}`, token)).toBe(true);
    expect(tokenMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(tokenMatches(token, token)).toBe(false);
    expect(tokenMatches(`Bearer ${token}`, undefined)).toBe(false);
    expect(tokenMatches(null, token)).toBe(false);
  });
});
