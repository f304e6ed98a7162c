/** Money in whole cents. Every amount in lib/claims is an integer number of cents, so sums balance exactly. */
export type Cents = number;

export const toCents = (dollars: number): Cents => Math.round(dollars * 100);

/** "$1,234.50"; negative amounts as "−$12.00". */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? "−" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}$${whole}.${String(abs % 100).padStart(2, "0")}`;
}

/** "1234.5" as X12 writes amounts: no thousands separator, no trailing zeros beyond cents, no "$". */
export function x12Amount(cents: Cents): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}

/** A percentage of an amount, rounded half away from zero to the cent. */
export const percentOf = (cents: Cents, percent: number): Cents => Math.round((cents * percent) / 100);

export const sum = (amounts: readonly Cents[]): Cents => amounts.reduce((total, amount) => total + amount, 0);
