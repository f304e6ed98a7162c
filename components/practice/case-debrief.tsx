import type { CaseDebrief as Debrief } from "@/lib/practice/case-catalog";

/** What the case was about, shown only after grading: its summary, teaching points and the editors' notes on the key. */
export function CaseDebrief({ debrief }: { debrief: Debrief }) {
  return (
    <section aria-labelledby="debrief-title" className="rounded-xl border border-border bg-surface p-4" data-testid="case-debrief">
      <h3 id="debrief-title" className="text-base font-semibold text-fg">
        What this case teaches
      </h3>
      <p className="mt-1 text-sm text-muted">{debrief.summary}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-fg">
        {debrief.teachingPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {debrief.keyNotes.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand">Notes on the key</summary>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-muted">
            {debrief.keyNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
