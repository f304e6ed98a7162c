import { describe, expect, it } from "vitest";
import { formatDuration } from "@/lib/practice/format-duration";
import { highlightSegments } from "@/lib/practice/highlight-evidence";

describe("highlightSegments", () => {
  it("marks every occurrence of each phrase and keeps all the text", () => {
    const text = "Right knee pain. MRI: right knee tear. Right knee again.";
    const segments = highlightSegments(text, ["Right knee"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.phrase).map((s) => s.text)).toEqual(["Right knee", "Right knee"]);
  });

  it("prefers the longer phrase where two start together, and skips overlaps", () => {
    const segments = highlightSegments("acute otitis media, left ear", ["acute otitis", "acute otitis media, left", "media, left ear"]);
    expect(segments).toEqual([{ text: "acute otitis media, left", phrase: "acute otitis media, left" }, { text: " ear" }]);
  });

  it("returns the text unmarked with no phrases or no match", () => {
    expect(highlightSegments("abc", [])).toEqual([{ text: "abc" }]);
    expect(highlightSegments("abc", ["zzz", ""])).toEqual([{ text: "abc" }]);
    expect(highlightSegments("", ["a"])).toEqual([{ text: "" }]);
  });
});

describe("formatDuration", () => {
  it("reads like a stopwatch", () => {
    expect([0, 7, 65, 600, 3599, 3600, 3729, -5].map(formatDuration)).toEqual(["0:00", "0:07", "1:05", "10:00", "59:59", "1:00:00", "1:02:09", "0:00"]);
  });
});
