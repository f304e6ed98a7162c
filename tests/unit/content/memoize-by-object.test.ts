import { describe, expect, it } from "vitest";
import { memoizeByObject } from "@/lib/content/memoize-by-object";

describe("memoizeByObject", () => {
  it("computes once per object and answers the same result after", () => {
    const seen: string[] = [];
    const words = memoizeByObject((lesson: { id: string; body: string }) => {
      seen.push(lesson.id);
      return lesson.body.split(" ").length;
    });
    const first = { id: "a", body: "one two three" };
    const second = { id: "b", body: "one" };
    expect([words(first), words(second), words(first), words(second)]).toEqual([3, 1, 3, 1]);
    expect(seen).toEqual(["a", "b"]);
  });

  it("remembers a falsy result too", () => {
    let calls = 0;
    const nothing = memoizeByObject((input: object) => {
      expect(input).toBeTypeOf("object");
      calls += 1;
      return undefined;
    });
    const input = {};
    nothing(input);
    nothing(input);
    expect(calls).toBe(1);
  });

  it("tells equal-looking objects apart: the cache is by identity, not by content", () => {
    const lengths = memoizeByObject((value: { text: string }) => value.text.length);
    const value = { text: "abc" };
    expect(lengths(value)).toBe(3);
    expect(lengths({ text: "abcdef" })).toBe(6);
  });
});
