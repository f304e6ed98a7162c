"use client";

import { useRouter } from "next/navigation";
import { CodeSearch } from "./code-search";

/** The /codes page's lookup: choosing a result opens that code's page. */
export function CodesPageSearch({ initialQuery }: { initialQuery: string }) {
  const router = useRouter();
  return (
    <CodeSearch
      autoFocus
      initialQuery={initialQuery}
      label="Search ICD-10-CM, HCPCS Level II and CPT codes"
      onSelect={(result) => router.push(`/codes/${encodeURIComponent(result.code)}?system=${result.system}`)}
    />
  );
}
