import { z } from "zod";
import type { CodeCheck, CodeStatus } from "@/lib/claims/tables";
import { reportInvalidStoredValue } from "@/lib/db/stored-data";

/** The verdicts a day's denial work was judged with, by system and code ("hcpcs:L1833" → "billable"). */
export type CodeVerdicts = Record<string, CodeStatus>;

const CODE_SHAPE = /^[0-9A-Z.]{1,10}$/;
// A day meets a few dozen codes; a run sending thousands of made-up ones stops pinning (they are judged afresh).
const MAX_PINNED = 500;
const CodeVerdictsSchema = z
  .record(
    z.string().refine((key) => /^(icd10cm|cpt|hcpcs):/.test(key) && CODE_SHAPE.test(key.slice(key.indexOf(":") + 1)), "not a system and code"),
    z.enum(["billable", "header", "terminated", "unknown"]),
  )
  .refine((verdicts) => Object.keys(verdicts).length <= MAX_PINNED, "too many verdicts");

/** A run's stored verdicts parsed, never cast: malformed ones are logged and read as none (the day is judged afresh). */
export function codeVerdictsFromStored(stored: unknown, runId: string): CodeVerdicts {
  if (stored === null || stored === undefined) return {};
  const parsed = CodeVerdictsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  reportInvalidStoredValue(`workday run ${runId}`, "codeVerdicts", parsed.error.issues);
  return {};
}

/**
 * A code check that answers from the verdicts already pinned to a day and asks `live` (today's code sets) only about
 * codes the day has not met, remembering each answer. A day is its actions replayed, so without the pin a code-set
 * import that retires a code would change the outcome of denial work done before it.
 */
export type PinnedCodeCheck = { check: CodeCheck; verdicts: CodeVerdicts; learned: () => boolean };

export function pinnedCodeCheck(live: CodeCheck, pinned: CodeVerdicts): PinnedCodeCheck {
  const verdicts: CodeVerdicts = { ...pinned };
  let learnedAny = false;
  const check: CodeCheck = (system, code) => {
    const normalised = code.trim().toUpperCase();
    const key = `${system}:${normalised}`;
    const known = verdicts[key];
    if (known) return known;
    const status = live(system, code);
    // Only what is shaped like a code is pinned; anything else is judged afresh each time (and is never billable).
    if (CODE_SHAPE.test(normalised) && Object.keys(verdicts).length < MAX_PINNED) {
      verdicts[key] = status;
      learnedAny = true;
    }
    return status;
  };
  return { check, verdicts, learned: () => learnedAny };
}
