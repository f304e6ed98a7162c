import type { GuidelineCitation } from "@/lib/content/guideline-sections";

/** The guideline sections a rationale relies on, each with its heading and page in the official PDF. */
export function GuidelineCitations({ citations }: { citations?: GuidelineCitation[] }) {
  if (!citations?.length) return null;
  return (
    <div className="mt-2 rounded-md border border-border bg-surface-2 px-3 py-2 text-xs text-muted">
      <p className="font-medium text-fg">FY2026 ICD-10-CM Official Guidelines</p>
      <ul className="mt-1 space-y-0.5" aria-label="Guideline sections cited">
        {citations.map((citation) => (
          <li key={citation.id} data-testid="guideline-citation">
            <span className="font-mono font-semibold text-fg">Section {citation.cited}</span>
            {citation.title && <span>: {citation.title}</span>}
            {citation.page !== null && <span className="whitespace-nowrap"> (p. {citation.page})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
