const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const momentFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC" });

export const formatDay = (date: Date) => dayFormat.format(date);
/** A due date as people read one: "Dec 4, 5:00 PM UTC". */
export const formatMoment = (date: Date) => `${momentFormat.format(date)} UTC`;
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
