import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { CodeSummary } from "@/lib/codes/code-directory";
import { codeHref } from "./code-link";

/** Codes as rows: the code (a link to its page), its description and whether it can be billed. */
export function CodeList({ codes, start }: { codes: CodeSummary[]; start?: number }) {
  const Tag = start ? "ol" : "ul";
  return (
    <Tag start={start} className="divide-y divide-border">
      {codes.map((code) => (
        <li key={code.code} className="flex items-start gap-3 py-2">
          <Link href={codeHref(code)} className="w-24 shrink-0 font-mono text-sm font-semibold text-brand hover:underline">
            {code.code}
          </Link>
          <span className="flex-1 text-sm text-fg">{code.description}</span>
          {code.billable ? <Badge variant="success">Billable</Badge> : <Badge variant="warning">Header</Badge>}
        </li>
      ))}
    </Tag>
  );
}
