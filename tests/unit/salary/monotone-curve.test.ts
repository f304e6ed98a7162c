import { describe, expect, it } from "vitest";
import { monotoneCurve } from "@/lib/salary/monotone-curve";

describe("monotoneCurve", () => {
  const points = [
    { x: 1, y: 46000 },
    { x: 6, y: 60500 },
    { x: 14.5, y: 77000 },
    { x: 24.5, y: 102500 },
  ];
  const curve = monotoneCurve(points);

  it.each(points.map((point) => [point.x, point.y]))("passes through (%s, %s)", (x, y) => {
    expect(curve(x)).toBeCloseTo(y, 6);
  });

  it.each([
    [-5, 46000],
    [0, 46000],
    [30, 102500],
    [100, 102500],
  ])("is level outside the points: f(%s) = %s", (x, y) => {
    expect(curve(x)).toBe(y);
  });

  it.each([
    ["the band midpoints", points],
    [
      "a flat stretch",
      [
        { x: 0, y: 10 },
        { x: 1, y: 20 },
        { x: 2, y: 20 },
        { x: 3, y: 50 },
      ],
    ],
    [
      "a steep jump after a slow rise",
      [
        { x: 0, y: 0 },
        { x: 10, y: 1 },
        { x: 11, y: 100 },
        { x: 12, y: 101 },
      ],
    ],
  ])("never decreases through %s", (_name, data) => {
    const f = monotoneCurve(data);
    for (let x = -1; x <= 30; x += 0.05) expect(f(x + 0.05)).toBeGreaterThanOrEqual(f(x) - 1e-9);
  });

  it.each([
    [[], /at least one point/],
    [
      [
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ],
      /distinct x/,
    ],
  ])("rejects bad points %j", (data, message) => {
    expect(() => monotoneCurve(data)).toThrow(message);
  });
});
