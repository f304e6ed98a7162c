import type { CodeSystem } from "@/lib/codes/types";

// FY2026 added QA0, the first ICD-10-CM category with a letter in second place, so the second
// character may be a letter as long as a digit follows; a word such as "ASTHMA" never matches.
export const ICD10CM_CODE_SHAPE = /^[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])[0-9A-Z]{0,4}$/;
const HCPCS_SHAPE = /^[A-Z][0-9]{4}$/;
// Category I codes are five digits; Category II and III end in F or T (0001F, 0042T).
const CPT_SHAPE = /^[0-9]{4}[0-9FT]$/;
const CPT_PREFIX = /^[0-9]{3,4}[0-9FT]?$/;

function stripDot(input: string): string | null {
  const upper = input.trim().toUpperCase();
  const dot = upper.indexOf(".");
  if (dot === -1) return upper;
  // Coders write the dot after the category (J45.909); anywhere else it is not a code.
  if (dot !== 3 || upper.indexOf(".", dot + 1) !== -1) return null;
  return upper.slice(0, 3) + upper.slice(4);
}

/** Upper case, trimmed and without the dot ("j45.909 " → "J45909"), or null when it is not shaped like a code. */
export function normalizeCode(input: string): string | null {
  const bare = stripDot(input);
  if (bare === null) return null;
  return ICD10CM_CODE_SHAPE.test(bare) || HCPCS_SHAPE.test(bare) || CPT_SHAPE.test(bare) ? bare : null;
}

/** The code as coders write it: ICD-10-CM takes a dot after the category (J45909 → J45.909); HCPCS and CPT have none. */
export function formatCode(system: CodeSystem, code: string): string {
  const bare = code.trim().toUpperCase().replace(".", "");
  if (system !== "icd10cm" || bare.length <= 3) return bare;
  return `${bare.slice(0, 3)}.${bare.slice(3)}`;
}

/** Whether a search query is a code or the start of one ("S83.2", "99213", "A0427"), not words to match in descriptions. */
export function looksLikeCode(query: string): boolean {
  const bare = stripDot(query);
  return bare !== null && (ICD10CM_CODE_SHAPE.test(bare) || HCPCS_SHAPE.test(bare) || CPT_PREFIX.test(bare));
}
