import { describe, expect, it } from "vitest";
import { formatCode, looksLikeCode, normalizeCode } from "@/lib/codes/normalize-code";

describe("normalizeCode", () => {
  it.each([
    ["J45.909", "J45909"],
    [" j45909 ", "J45909"],
    ["s83.241a", "S83241A"],
    ["E11", "E11"],
    ["QA0.0101", "QA00101"],
    ["a0427", "A0427"],
    ["99213", "99213"],
    ["0042T", "0042T"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it.each(["asthma", "", "J4", "J45.909.1", "J4.5909", "S83241AB", "9921", "E11 9", "QA", "AB"])("%j is not a code", (input) => {
    expect(normalizeCode(input)).toBeNull();
  });
});

describe("formatCode", () => {
  it.each([
    ["icd10cm", "J45909", "J45.909"],
    ["icd10cm", "S83241A", "S83.241A"],
    ["icd10cm", "E11", "E11"],
    ["icd10cm", "e119", "E11.9"],
    ["icd10cm", "J45.909", "J45.909"],
    ["icd10cm", "QA00101", "QA0.0101"],
    ["hcpcs", "A0427", "A0427"],
    ["cpt", "99213", "99213"],
  ] as const)("%s %s -> %s", (system, code, expected) => {
    expect(formatCode(system, code)).toBe(expected);
  });
});

describe("looksLikeCode", () => {
  it.each(["J45.909", "j45909", "E11", "S83.2", "S83.", "99213", "992", "A0427", "E0114", "QA0", "0042T"])("%s is a code search", (query) => {
    expect(looksLikeCode(query)).toBe(true);
  });

  it.each(["asthma", "knee pain", "E", "J4", "99", "type 2 diabetes", "J45..9"])("%s is a words search", (query) => {
    expect(looksLikeCode(query)).toBe(false);
  });
});
