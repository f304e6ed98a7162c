export const PATH_COLORS = ["var(--color-chart-1)", "var(--color-chart-2)", "var(--color-chart-3)"];
export const PATH_DASHES = ["", "7 3", "2 3"];

/** The line style of compared path `index`, as drawn on the chart. */
export function PathSwatch({ index }: { index: number }) {
  return (
    <svg aria-hidden="true" width="28" height="10" className="shrink-0">
      <line x1="1" y1="5" x2="27" y2="5" stroke={PATH_COLORS[index]} strokeWidth="3" strokeDasharray={PATH_DASHES[index] || undefined} />
    </svg>
  );
}
