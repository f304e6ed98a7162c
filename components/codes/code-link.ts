import type { CodeSummary } from "@/lib/codes/code-directory";

/** The page of a code, in its code set. */
export function codeHref(summary: Pick<CodeSummary, "code" | "system">): string {
  return `/codes/${encodeURIComponent(summary.code)}?system=${summary.system}`;
}
