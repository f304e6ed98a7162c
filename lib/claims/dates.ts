/** Calendar dates as ISO "YYYY-MM-DD" strings, computed in UTC so a deadline never moves with the server's zone. */
export type IsoDate = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(date: IsoDate): Date {
  if (!ISO_DATE.test(date)) throw new Error(`"${date}" is not a YYYY-MM-DD date`);
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime()) || value.toISOString().slice(0, 10) !== date) throw new Error(`"${date}" is not a calendar date`);
  return value;
}

export const isIsoDate = (value: string): boolean => {
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
};

export function addDays(date: IsoDate, days: number): IsoDate {
  const value = parse(date);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/**
 * The same day `months` later; when that month is shorter (31 January + 1 month), the month's last day.
 * "12 months after the date of service" for 29 February 2024 is 28 February 2025.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const value = parse(date);
  const day = value.getUTCDate();
  const target = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);

/** Age in whole years on a date. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = parse(birthDate);
  const day = parse(on);
  let age = day.getUTCFullYear() - birth.getUTCFullYear();
  if (day.getUTCMonth() < birth.getUTCMonth() || (day.getUTCMonth() === birth.getUTCMonth() && day.getUTCDate() < birth.getUTCDate())) age -= 1;
  return age;
}

/** "YYYYMMDD", as X12 and the NCCI files write dates. */
export const compactDate = (date: IsoDate): string => date.replaceAll("-", "");

/** "20260315" → "2026-03-15"; null when it is not a calendar date. */
export function fromCompactDate(text: string): IsoDate | null {
  if (!/^\d{8}$/.test(text)) return null;
  const date = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return isIsoDate(date) ? date : null;
}
