import { unsafeTextReason } from "@/lib/validation/fields";

/**
 * Bounds every server action's input before its schema runs, whatever the schema says: total size, nesting depth,
 * number of keys and items, string length, and no NUL or lone surrogates anywhere (keys included). A schema then
 * says what is valid; this says what is too big or too broken to look at.
 */
export type InputBounds = { maxDepth: number; maxNodes: number; maxStringLength: number; maxTotalChars: number };

export const DEFAULT_INPUT_BOUNDS: InputBounds = {
  maxDepth: 8,
  maxNodes: 2_000,
  maxStringLength: 20_000,
  maxTotalChars: 100_000,
};

export const INPUT_TOO_LARGE_MESSAGE = "That request is larger than any form here sends. Reload the page and try again.";
export const INPUT_TOO_DEEP_MESSAGE = "That request is nested deeper than any form here sends. Reload the page and try again.";

/** Why the input cannot be accepted, or null. Walks the value once, without recursion limits of its own. */
export function inputBoundsViolation(input: unknown, bounds: InputBounds = DEFAULT_INPUT_BOUNDS): string | null {
  let nodes = 0;
  let chars = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++nodes > bounds.maxNodes) return INPUT_TOO_LARGE_MESSAGE;
    if (typeof value === "string") {
      if (value.length > bounds.maxStringLength) return INPUT_TOO_LARGE_MESSAGE;
      chars += value.length;
      if (chars > bounds.maxTotalChars) return INPUT_TOO_LARGE_MESSAGE;
      // Line breaks and tabs are fine in a note; the schema decides where they are allowed.
      const reason = unsafeTextReason(value, { multiline: true });
      if (reason) return reason;
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= bounds.maxDepth) return INPUT_TOO_DEEP_MESSAGE;
    if (typeof File !== "undefined" && value instanceof File) {
      chars += value.size;
      if (chars > bounds.maxTotalChars) return INPUT_TOO_LARGE_MESSAGE;
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > bounds.maxNodes) return INPUT_TOO_LARGE_MESSAGE;
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      chars += key.length;
      if (chars > bounds.maxTotalChars || key.length > 200) return INPUT_TOO_LARGE_MESSAGE;
      const keyReason = unsafeTextReason(key);
      if (keyReason) return keyReason;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
