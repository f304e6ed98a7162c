import type { Figure } from "@/lib/content/schemas";

const usd = (value: number, cents: boolean) =>
  `$${value.toLocaleString("en-US", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 })}`;
const plain = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });
const plural = (value: number, word: string) => `${word}${value === 1 ? "" : "s"}`;

/** How a figure reads in running text: "$48,780", "$40,000–$52,000", "70%", "0–2 years", "1.5×". */
export function formatFigure(figure: Pick<Figure, "value" | "low" | "high" | "unit">): string {
  const format = (value: number): string => {
    switch (figure.unit) {
      case "usd_per_year":
        return usd(value, false);
      case "usd_per_hour":
        return usd(value, !Number.isInteger(value));
      case "percent":
        return `${plain(value)}%`;
      case "multiplier":
        return `${plain(value)}×`;
      default:
        return plain(value);
    }
  };
  const suffix = (last: number): string => {
    switch (figure.unit) {
      case "hours":
        return ` ${plural(last, "hour")}`;
      case "years":
        return ` ${plural(last, "year")}`;
      case "minutes":
        return ` ${plural(last, "minute")}`;
      case "questions":
        return ` ${plural(last, "question")}`;
      case "usd_per_hour":
        return " an hour";
      case "charts_per_hour":
        return ` ${plural(last, "chart")} an hour`;
      default:
        return "";
    }
  };
  if (figure.value !== undefined) return `${format(figure.value)}${suffix(figure.value)}`;
  return `${format(figure.low!)}–${format(figure.high!)}${suffix(figure.high!)}`;
}

/** The number a chart plots: the value, or the middle of a range. */
export function figureMidpoint(figure: Pick<Figure, "value" | "low" | "high">): number {
  return figure.value ?? (figure.low! + figure.high!) / 2;
}
