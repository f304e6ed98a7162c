import { describe, expect, it } from "vitest";
import { assignLines } from "@/lib/coding/assign-lines";

describe("assignLines", () => {
  it.each([
    ["nothing to pair", [], []],
    ["no columns", [[], []], [null, null]],
    ["a single allowed pair", [[5]], [0]],
    ["a pair that may not match", [[0]], [null]],
    // Greedy would give row 0 its first choice and leave row 1 with nothing.
    [
      "the pairing greedy misses",
      [
        [5, 5],
        [5, 0],
      ],
      [1, 0],
    ],
    [
      "the heavier total over the heaviest single pair",
      [
        [10, 9],
        [9, 0],
      ],
      [1, 0],
    ],
    ["more rows than columns", [[1], [3], [2]], [null, 0, null]],
    ["more columns than rows", [[0, 0, 4]], [2]],
    [
      "each column used once",
      [
        [5, 4],
        [5, 4],
        [5, 4],
      ],
      [0, 1, null],
    ],
  ])("%s", (_, weights, expected) => {
    const assignment = assignLines(weights);
    // Ties may go either way; the total weight and the validity of the pairing are what must hold.
    const total = (pairs: (number | null)[]) => pairs.reduce<number>((sum, column, row) => sum + (column === null ? 0 : weights[row]![column]!), 0);
    expect(total(assignment)).toBe(total(expected));
    const used = assignment.filter((column) => column !== null);
    expect(new Set(used).size).toBe(used.length);
    assignment.forEach((column, row) => {
      if (column !== null) expect(weights[row]![column]!).toBeGreaterThan(0);
    });
  });
});
