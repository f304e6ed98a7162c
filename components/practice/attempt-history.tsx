import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AttemptSummary } from "@/lib/practice/attempts";
import { formatDuration } from "@/lib/practice/format-duration";
import { scoreTone } from "./score-tone";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AttemptHistory({ caseId, attempts, currentVersion }: { caseId: string; attempts: AttemptSummary[]; currentVersion: number }) {
  if (attempts.length === 0) return <p className="text-sm text-muted">No attempts yet. Your graded attempts at this case will be listed here.</p>;
  return (
    <Table label="Your attempts at this case">
      <THead>
        <TR>
          <TH>Submitted (UTC)</TH>
          <TH numeric>Score</TH>
          <TH numeric>Time</TH>
          <TH>Key version</TH>
          <TH>
            <span className="sr-only">Review</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {attempts.map((attempt) => (
          <TR key={attempt.id}>
            <TD>{dateFormat.format(attempt.createdAt)}</TD>
            <TD numeric>
              <Badge variant={scoreTone(attempt.score)}>{attempt.score}</Badge>
            </TD>
            <TD numeric className="font-mono">
              {formatDuration(attempt.durationSeconds)}
            </TD>
            <TD>
              v{attempt.caseVersion}
              {attempt.caseVersion !== currentVersion && <span className="text-muted"> (key since updated)</span>}
            </TD>
            <TD>
              <Link href={`/practice/${caseId}/attempts/${attempt.id}`} className="text-sm font-medium text-brand hover:underline">
                Review
              </Link>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
