import type { Metadata } from "next";
import { CODE_SYSTEM_NAMES } from "@/components/codes/code-badges";
import { CodesPageSearch } from "@/components/codes/codes-page-search";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { getCodeSetVersions } from "@/lib/codes/code-set-versions";
import { getDatabase } from "@/lib/db/client";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Code lookup" };

export default async function CodesPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const versions = await getCodeSetVersions(await getDatabase());
  return (
    <PageContainer>
      <PageHeader
        eyebrow="Codes"
        title="Code lookup"
        description="Search as you would in an encoder: by code or prefix, by words in any order, with typos, or with the shorthand charts use (HTN, CHF, broken wrist)."
      />
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <CodesPageSearch initialQuery={typeof q === "string" ? q.slice(0, 100) : ""} />
        </div>
        <aside className="space-y-4 text-sm text-muted">
          <div className="rounded-xl border border-border bg-surface p-4">
            <h2 className="font-semibold text-fg">Loaded code sets</h2>
            <ul className="mt-2 space-y-1.5">
              {versions.map((version) => (
                <li key={version.system}>
                  <span className="font-medium text-fg">{CODE_SYSTEM_NAMES[version.system as keyof typeof CODE_SYSTEM_NAMES] ?? version.system}</span>:{" "}
                  {version.version}, {version.total.toLocaleString("en-US")} codes
                </li>
              ))}
              {versions.length === 0 && <li>No code sets are loaded yet.</li>}
            </ul>
          </div>
          <div className="rounded-xl border border-border bg-surface p-4">
            <h2 className="font-semibold text-fg">Keyboard</h2>
            <p className="mt-2">↑ ↓ move through results, Enter opens a code, Esc clears the search.</p>
            <p className="mt-2">
              A <strong className="text-fg">header</strong> groups codes and cannot go on a claim: open it to see the billable codes below it.
            </p>
          </div>
        </aside>
      </div>
    </PageContainer>
  );
}
