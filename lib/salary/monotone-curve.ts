export type CurvePoint = { x: number; y: number };

/**
 * A smooth curve through the points that never turns back between them (monotone cubic Hermite,
 * Fritsch–Butland tangents) and is level before the first point and after the last.
 * Non-decreasing points give a non-decreasing curve.
 */
export function monotoneCurve(points: CurvePoint[]): (x: number) => number {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  if (sorted.length === 0) throw new Error("monotoneCurve needs at least one point");
  const xs = sorted.map((point) => point.x);
  const ys = sorted.map((point) => point.y);
  const n = sorted.length;
  const h = xs.slice(1).map((x, i) => x - xs[i]!);
  if (h.some((step) => step <= 0)) throw new Error("monotoneCurve needs distinct x values");
  const secants = h.map((step, i) => (ys[i + 1]! - ys[i]!) / step);
  // Zero end slopes so the curve joins its level ends smoothly.
  const tangents = ys.map((_, i) => {
    if (i === 0 || i === n - 1) return 0;
    const before = secants[i - 1]!;
    const after = secants[i]!;
    if (before * after <= 0) return 0;
    const w1 = 2 * h[i]! + h[i - 1]!;
    const w2 = h[i]! + 2 * h[i - 1]!;
    return (w1 + w2) / (w1 / before + w2 / after);
  });

  return (x: number) => {
    if (x <= xs[0]!) return ys[0]!;
    if (x >= xs[n - 1]!) return ys[n - 1]!;
    let i = 0;
    while (x > xs[i + 1]!) i += 1;
    const step = h[i]!;
    const t = (x - xs[i]!) / step;
    const t2 = t * t;
    const t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * ys[i]! + (t3 - 2 * t2 + t) * step * tangents[i]! + (-2 * t3 + 3 * t2) * ys[i + 1]! + (t3 - t2) * step * tangents[i + 1]!;
  };
}
