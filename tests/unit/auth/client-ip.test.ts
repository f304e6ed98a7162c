import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/auth/config";

describe("clientIpFrom", () => {
  it.each([
    [{ "x-forwarded-for": "203.0.113.9" }, "203.0.113.9"],
    [{ "x-forwarded-for": "198.51.100.66, 203.0.113.9" }, "203.0.113.9"],
    [{ "x-forwarded-for": ["198.51.100.66", "203.0.113.9 "] }, "203.0.113.9"],
    [{ "x-forwarded-for": "" }, undefined],
    [{}, undefined],
    [undefined, undefined],
  ])("%o -> %s", (headers, expected) => {
    expect(clientIpFrom(headers)).toBe(expected);
  });
});
