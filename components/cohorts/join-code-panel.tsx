"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { useSubmit, type FormActionFn } from "./use-submit";

type Code = { display: string; link: string; expiresOn: string; uses: number } | null;

const VALIDITY = [
  { value: "1", label: "1 day" },
  { value: "7", label: "1 week" },
  { value: "14", label: "2 weeks" },
  { value: "30", label: "30 days" },
  { value: "60", label: "60 days" },
];

function CopyButton({ text, label }: { text: string; label: string }) {
  const { toast } = useToast();
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      size="sm"
      variant="secondary"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          toast({ title: "Could not copy", description: "Select the text and copy it yourself.", variant: "danger" });
        }
      }}
    >
      {copied ? "Copied" : label}
    </Button>
  );
}

/** The cohort's invitation: the code and link to share, when they stop working, and a new code or none. */
export function JoinCodePanel({
  cohortId,
  code,
  archived,
  issue,
  revoke,
}: {
  cohortId: string;
  code: Code;
  archived: boolean;
  issue: FormActionFn<void>;
  revoke: FormActionFn<void>;
}) {
  const issuing = useSubmit(issue);
  const revoking = useSubmit(revoke);
  if (archived) return <p className="text-sm text-muted">This cohort is archived: nobody can join it.</p>;
  return (
    <div className="space-y-4">
      {code ? (
        <div className="space-y-3">
          <div>
            <p className="text-sm font-medium text-muted">Join code</p>
            <p className="mt-1 font-mono text-lg font-semibold tracking-wider break-all text-fg" data-testid="join-code">
              {code.display}
            </p>
          </div>
          <div>
            <p className="text-sm font-medium text-muted">Join link</p>
            <p className="mt-1 font-mono text-xs break-all text-fg" data-testid="join-link">
              {code.link}
            </p>
          </div>
          <p className="text-xs text-muted">
            Works until {code.expiresOn} (UTC) · used {code.uses} {code.uses === 1 ? "time" : "times"}. Failed codes are rate-limited per learner.
          </p>
          <div className="flex flex-wrap gap-2">
            <CopyButton text={code.display} label="Copy code" />
            <CopyButton text={code.link} label="Copy link" />
          </div>
        </div>
      ) : (
        <Alert variant="info">No code works right now: learners cannot join until you issue one.</Alert>
      )}
      <form onSubmit={issuing.onSubmit} className="flex flex-wrap items-end gap-2 border-t border-border pt-4">
        <input type="hidden" name="cohortId" value={cohortId} />
        <SelectField label="New code works for" name="validDays" options={VALIDITY} defaultValue="14" containerClassName="w-40" />
        <Button type="submit" variant="secondary" loading={issuing.pending}>
          {code ? "Replace code" : "Issue a code"}
        </Button>
      </form>
      {code && (
        <form onSubmit={revoking.onSubmit}>
          <input type="hidden" name="cohortId" value={cohortId} />
          <Button type="submit" variant="ghost" size="sm" loading={revoking.pending}>
            Revoke the code now
          </Button>
        </form>
      )}
      {(issuing.error || revoking.error) && <Alert variant="danger">{issuing.error ?? revoking.error}</Alert>}
    </div>
  );
}
