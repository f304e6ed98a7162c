import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CodeDetail } from "@/lib/codes/code-directory";

/** What the FY2026 update changed for this code (or under this header), and the guideline section to read. */
export function CodeChangesAndGuideline({ detail }: { detail: CodeDetail }) {
  const { changes, guideline } = detail;
  if (!changes && !guideline) return null;
  const own = changes?.own;
  return (
    <Card>
      <CardHeader>
        <CardTitle>FY{changes?.fiscalYear ?? 2026} update and guidelines</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm text-fg">
        {own?.kind === "added" && (
          <p>
            <strong>New for FY{changes!.fiscalYear}</strong> (October 1, 2025): this code was added in this update; it cannot be used for dates of service
            before then.
          </p>
        )}
        {own?.kind === "now-header" && (
          <p>
            <strong>Expanded for FY{changes!.fiscalYear}:</strong> this code was billable until September 30, 2025; from October 1, 2025 it is a header and a
            claim needs one of the new codes below it.
          </p>
        )}
        {own?.kind === "revised" && (
          <div>
            <p>
              <strong>Revised for FY{changes!.fiscalYear}.</strong> The description changed:
            </p>
            <dl className="mt-2 grid gap-1 sm:grid-cols-[5rem_1fr]">
              <dt className="text-muted">Before</dt>
              <dd>
                <del>{own.from}</del>
              </dd>
              <dt className="text-muted">Now</dt>
              <dd>
                <ins className="no-underline">{own.to}</ins>
              </dd>
            </dl>
          </div>
        )}
        {!own && changes && (changes.addedBelow > 0 || changes.revisedBelow > 0) && (
          <p>
            The FY{changes.fiscalYear} update added {changes.addedBelow} and revised {changes.revisedBelow} code
            {changes.addedBelow + changes.revisedBelow === 1 ? "" : "s"} under this one.
          </p>
        )}
        {!own && changes && changes.addedBelow === 0 && changes.revisedBelow === 0 && (
          <p className="text-muted">No change in the FY{changes.fiscalYear} update.</p>
        )}
        {guideline && (
          <p>
            Read <strong>Section {guideline.section}</strong> of the FY2026 ICD-10-CM Official Guidelines for Coding and Reporting, “Chapter {guideline.chapter}
            : {guideline.title}” (page {guideline.page}), before coding from this chapter.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
