import { PageContainer } from "@/components/layout/page-header";

/** A quiet placeholder while a page's data loads: the header's shape, then blocks for its cards. */
export function PageLoading({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <PageContainer>
      <div role="status" aria-live="polite" className="animate-pulse">
        <span className="sr-only">{label}</span>
        <div aria-hidden="true" className="border-b border-border pb-6">
          <div className="h-4 w-24 rounded bg-surface-2" />
          <div className="mt-3 h-8 w-72 max-w-full rounded bg-surface-2" />
          <div className="mt-3 h-4 w-full max-w-xl rounded bg-surface-2" />
        </div>
        <div aria-hidden="true" className="mt-8 grid gap-6 lg:grid-cols-2">
          {Array.from({ length: blocks }, (_, index) => (
            <div key={index} className="h-40 rounded-xl border border-border bg-surface-2/60" />
          ))}
        </div>
      </div>
    </PageContainer>
  );
}
