import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("needs no configuration: embedded database under .data, port 3000", () => {
    const env = parseEnv({});
    expect(env.usesEmbeddedDatabase).toBe(true);
    expect(env.PORT).toBe(3000);
    expect(env.pgliteDir).toBe(path.resolve(".data", "pglite"));
    expect(env.SIGNIN_MAX_FAILURES_PER_MINUTE).toBe(10);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: " " }).usesEmbeddedDatabase).toBe(true);
  });

  it("uses PostgreSQL when DATABASE_URL is a postgresql URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/chartwise", CHARTWISE_DATA_DIR: "/tmp/x" });
    expect(env.usesEmbeddedDatabase).toBe(false);
    expect(env.dataDir).toBe("/tmp/x");
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL: expected a postgresql:// connection URL"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET: expected a secret of at least 32 characters"],
    [{ NEXTAUTH_URL: "not a url" }, "NEXTAUTH_URL"],
    [{ GITHUB_ID: "abc" }, "GITHUB_SECRET: expected set together with GITHUB_ID"],
    [{ GOOGLE_CLIENT_SECRET: "abc" }, "GOOGLE_CLIENT_ID"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ CHARTWISE_SEED: "yes" }, "CHARTWISE_SEED: expected 0 (skip the demo accounts) or 1"],
  ])("rejects %o naming the variable", (source, expected) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(expected);
  });

  it("quotes the wrong value so the operator can see it", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow('(got "eighty")');
  });
});
