import { describe, expect, it } from "vitest";
import { payAxis } from "@/lib/salary/pay-axis";

const path = (low: number, high: number) => ({
  years: [
    { low, high },
    { low: low + 5_000, high: high + 5_000 },
  ],
});

describe("payAxis", () => {
  it.each([
    [[path(40_000, 52_000)], undefined, [40_000, 60_000], 10_000],
    [[path(42_390, 119_910)], undefined, [40_000, 140_000], 20_000],
    [[path(50_000, 60_000)], 120_000, [40_000, 120_000], 20_000],
    [[path(30_000, 90_000), path(60_000, 190_000)], 75_000, [0, 200_000], 50_000],
  ])("%o with goal %s spans %o in steps of %i", (series, goal, domain, step) => {
    const axis = payAxis(series, goal);
    expect(axis.domain).toEqual(domain);
    expect(axis.ticks[0]).toBe(domain[0]);
    expect(axis.ticks.at(-1)).toBe(domain[1]);
    expect(axis.ticks.every((tick, index) => index === 0 || tick - axis.ticks[index - 1]! === step)).toBe(true);
  });
});
