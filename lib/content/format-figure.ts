import type { Figure } from "@/lib/content/schemas";

const usd = (value: number, cents: boolean) =>
  `$${value.toLocaleString("en-US", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 })}`;
const plain = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });
const plural = (value: number, word: string) => `${word}${value === 1 ? "" : "s"}`;

/** Words formatFigure already writes after the number, which a lesson must not write again ("2 years years"). */
export const UNIT_WORDS: Partial<Record<Figure["unit"], RegExp>> = {
  hours: /^\s*hours?\b/i,
  years: /^\s*years?\b/i,
  minutes: /^\s*minutes?\b/i,
  questions: /^\s*(multiple-choice\s+)?questions?\b/i,
  usd_per_hour: /^\s*(an|a|per)\s+hour\b/i,
  multiplier: /^\s*(times|×)(?=\W)/i,
};

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

/**
 * Where a figure comes from, as a reader should see it: "U.S. Bureau of Labor Statistics, 2023", or for a figure
 * quoted from a secondary source "as reported in the career guide (citing AAPC's 2023 salary survey)". The year
 * appears only when the source gives one.
 */
export function figureAttribution(figure: Pick<Figure, "cites" | "year">, source: { id: string; publisher: string } | undefined): string {
  if (figure.cites) {
    const who = source?.id === "career-guide" ? "the career guide" : (source?.publisher ?? "a secondary source");
    return `as reported in ${who} (citing ${figure.cites})`;
  }
  const publisher = source?.publisher ?? "Unknown source";
  return figure.year !== undefined ? `${publisher}, ${figure.year}` : publisher;
}
