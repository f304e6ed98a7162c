// Hostile inputs derived from one valid input: the probe's catalogue, per field. Each says whether it must be
// refused or may be accepted (a harmless value such as an injection string in free text is stored as typed).
import type { ActionRow } from "./action-table";

export type HostilePayload = { label: string; input: unknown; expect: "refused" | "either" };

export const INJECTION_STRINGS = [
  `'; DROP TABLE "User"; --`,
  `" OR 1=1 --`,
  "<script>alert(document.cookie)</script>",
  "{{7*7}}${7*7}",
  "../../../../etc/passwd",
  "%00%25%2e%2e%2f",
  '{"$gt": ""}',
];

const LONE_SURROGATE = "\uD83D";
const RTL_OVERRIDE = "\u202E";

function nested(depth: number): unknown {
  let value: unknown = "x";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

type Leaf = { path: string[]; value: unknown };

function leaves(value: unknown, path: string[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, String(index)]));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return path.length > 0 ? [{ path, value }] : [];
}

function withLeaf(root: unknown, path: string[], replacement: unknown, remove = false): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = replacement;
  }
  return copy;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return "[too deep to send]";
  }
}

/** FormData as a browser would post the object (arrays as repeated fields); anything else is passed as it is. */
export function asFormData(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(key, typeof item === "string" ? item : typeof item === "object" && item !== null ? safeStringify(item) : String(item));
    }
  }
  return form;
}

export function hostilePayloads(row: ActionRow, valid: unknown): HostilePayload[] {
  const payloads: HostilePayload[] = [
    { label: "undefined", input: undefined, expect: "refused" },
    { label: "null", input: null, expect: "refused" },
    { label: "a number", input: 42, expect: "refused" },
    { label: "NaN-ish number", input: Number.MAX_VALUE, expect: "refused" },
    { label: "true", input: true, expect: "refused" },
    { label: "an array of the valid input", input: [valid], expect: "refused" },
    { label: "deeply nested (5,000 levels)", input: nested(5_000), expect: "refused" },
    { label: "10,000 keys", input: Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index])), expect: "refused" },
    {
      label: "900 KB of padding",
      input: typeof valid === "object" ? { ...(valid as object), pad: "x".repeat(900_000) } : "x".repeat(900_000),
      expect: "refused",
    },
  ];
  if (typeof valid === "string") {
    payloads.push(
      { label: "empty string", input: "", expect: "refused" },
      { label: "NUL byte", input: `${valid}\u0000`, expect: "refused" },
      { label: "lone surrogate", input: `${valid}${LONE_SURROGATE}`, expect: "refused" },
      { label: "huge string", input: valid.repeat(10_000), expect: "refused" },
      { label: "object instead of string", input: { value: valid }, expect: "refused" },
      ...INJECTION_STRINGS.map((text) => ({ label: `injection ${text}`, input: text, expect: "refused" as const })),
    );
    return payloads;
  }

  // Shapes no form can post reach a form action as they are (not FormData), and must be refused.
  const rootCount = payloads.length + 3;
  payloads.push(
    { label: "a string", input: "a string", expect: "refused" },
    { label: "prototype pollution", input: JSON.parse(`{"__proto__": {"role": "ADMIN"}, "constructor": {"prototype": {"role": "ADMIN"}}}`), expect: "refused" },
  );
  if (row.kind === "json") {
    payloads.push({ label: "an extra field (forged owner)", input: { ...(valid as object), userId: "someone-else" }, expect: "refused" });
  } else {
    // A form is a plain object here, not FormData: refused before any field is read.
    payloads.push({ label: "an object instead of FormData", input: { form: valid }, expect: "refused" });
    // Unknown fields in a real form are ignored, as a browser's own extra fields are.
    payloads.push({
      label: "FormData with unknown fields",
      input: asFormData({ ...(valid as object), isAdmin: "true", userId: "someone-else" }),
      expect: "either",
    });
  }

  for (const { path, value } of leaves(valid)) {
    const name = path.join(".");
    const isId = (row.ids ?? []).includes(name);
    // An element of a list may be left out (a shorter list); a named field only when the row says so.
    const optional = (row.optional ?? []).includes(name) || /\.\d+$/.test(name);
    payloads.push(
      { label: `${name} missing`, input: withLeaf(valid, path, undefined, true), expect: optional ? "either" : "refused" },
      { label: `${name} with a NUL byte`, input: withLeaf(valid, path, `${String(value)}\u0000`), expect: "refused" },
      // A form cannot carry a lone surrogate: FormData (and the server's multipart parser) turn it into U+FFFD.
      {
        label: `${name} with a lone surrogate`,
        input: withLeaf(valid, path, `${String(value)}${LONE_SURROGATE}`),
        expect: row.kind === "form" && !isId ? "either" : "refused",
      },
      { label: `${name} 100,000 characters`, input: withLeaf(valid, path, "9".repeat(100_000)), expect: "refused" },
      { label: `${name} with a right-to-left override`, input: withLeaf(valid, path, `${RTL_OVERRIDE}${String(value)}`), expect: isId ? "refused" : "either" },
      ...INJECTION_STRINGS.slice(0, isId ? INJECTION_STRINGS.length : 3).map((text) => ({
        label: `${name} = ${text}`,
        input: withLeaf(valid, path, text),
        expect: isId ? ("refused" as const) : ("either" as const),
      })),
    );
    if (row.kind === "json" && !(row.polymorphic ?? []).includes(name)) {
      payloads.push(
        { label: `${name} as an object`, input: withLeaf(valid, path, { toString: "x" }), expect: "refused" },
        { label: `${name} as an array`, input: withLeaf(valid, path, [value, value]), expect: "refused" },
        { label: `${name} as a boolean`, input: withLeaf(valid, path, true), expect: "refused" },
      );
    }
    if (isId && name !== "idempotencyKey") {
      payloads.push({ label: `${name} forged`, input: withLeaf(valid, path, "cm0forgedid000000000000000"), expect: "refused" });
    }
  }
  return [
    ...payloads.map((payload, index) =>
      row.kind === "form" && index >= rootCount && !(payload.input instanceof FormData) ? { ...payload, input: asFormData(payload.input) } : payload,
    ),
    ...(row.extra?.(valid as Record<string, unknown>) ?? []),
  ];
}
