import type { z } from "zod";

/**
 * Reading a stored row must never throw away a learner's data: a value that no longer passes validation (a
 * vocabulary changed, a bug wrote it) is dropped on its own and reported here, and the rest of the row is kept.
 */
export function reportInvalidStoredValue(where: string, field: string, issues: readonly z.core.$ZodIssue[] | string): void {
  const detail = typeof issues === "string" ? issues : issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`).join("; ");
  console.warn(`[stored-data] ${where}: ignored the stored ${field} (${detail})`);
}

/**
 * Parses a list item by item: valid items are kept in order, invalid ones are reported and left out. Returns null
 * when the value is not a list at all.
 */
export function parseListLeniently<T extends z.ZodType>(schema: T, value: unknown, where: string, field: string): z.output<T>[] | null {
  if (!Array.isArray(value)) {
    reportInvalidStoredValue(where, field, "not a list");
    return null;
  }
  const kept: z.output<T>[] = [];
  value.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else reportInvalidStoredValue(where, `${field}[${index}]`, parsed.error.issues);
  });
  return kept;
}
