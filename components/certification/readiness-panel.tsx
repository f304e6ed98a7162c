import Link from "next/link";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { ProgressBar, type ProgressTone } from "@/components/ui/progress-bar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { EvidenceRule, EvidenceSummary, ReadinessEvidence } from "./readiness-evidence";
import { MIN_LINES_FOR_FULL_CONFIDENCE, READY_MARGIN, type Readiness, type ReadinessBand } from "@/lib/certification/readiness";

const BAND_BADGE: Record<ReadinessBand, BadgeVariant> = {
  "not-started": "neutral",
  "too-early": "neutral",
  building: "warning",
  "nearly-ready": "brand",
  ready: "success",
};
const BAND_TONE: Record<ReadinessBand, ProgressTone> = {
  "not-started": "brand",
  "too-early": "brand",
  building: "warning",
  "nearly-ready": "brand",
  ready: "success",
};
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The score as a ring, the band and the pass-mark line; before there is enough evidence, the evidence instead. */
export function ReadinessScore({ readiness, abbreviation }: { readiness: Readiness; abbreviation: string }) {
  if (!readiness.evidence.enough) return <ReadinessEvidence readiness={readiness} abbreviation={abbreviation} />;
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  return (
    <div className="flex flex-col items-center gap-5 sm:flex-row sm:items-center">
      <div className="relative size-36 shrink-0">
        <svg viewBox="0 0 120 120" className="size-full -rotate-90" aria-hidden="true">
          <circle cx="60" cy="60" r={radius} fill="none" strokeWidth="10" className="stroke-border/70" />
          <circle
            cx="60"
            cy="60"
            r={radius}
            fill="none"
            strokeWidth="10"
            strokeLinecap="round"
            strokeDasharray={`${(readiness.score / 100) * circumference} ${circumference}`}
            className={readiness.band === "ready" ? "stroke-success" : readiness.band === "building" ? "stroke-warning" : "stroke-brand"}
          />
        </svg>
        <div className="absolute inset-0 flex flex-col items-center justify-center">
          <span className="text-4xl font-bold text-fg tabular-nums" data-testid="readiness-score">
            {readiness.score}
          </span>
          <span className="text-xs text-muted">of 100</span>
        </div>
      </div>
      <div className="min-w-0 flex-1 space-y-3 text-center sm:text-left">
        <p className="text-sm text-muted">
          Your readiness for the {abbreviation} exam is <span className="sr-only">{readiness.score} out of 100, </span>
          <Badge variant={BAND_BADGE[readiness.band]} size="md">
            {readiness.bandLabel}
          </Badge>
        </p>
        <ProgressBar value={readiness.score} label={`Readiness for ${abbreviation}`} valueText={`${readiness.score} of 100`} tone={BAND_TONE[readiness.band]} />
        <p className="text-sm text-muted">
          Nearly ready from {readiness.passingScore}
          {readiness.passingScoreIsDefault ? " (this exam has no percentage pass mark, so Chartwise uses 70)" : ", the exam's pass mark"}; ready from{" "}
          {readiness.readyAt}. <EvidenceSummary readiness={readiness} />
        </p>
      </div>
    </div>
  );
}

/** One row per skill the exam tests: weight, the learner's mastery, the evidence and the points it adds. */
export function ReadinessBreakdown({ readiness }: { readiness: Readiness }) {
  return (
    <Table label="Readiness breakdown by skill">
      <THead>
        <TR>
          <TH>Skill</TH>
          <TH numeric className="hidden sm:table-cell">
            Weight
          </TH>
          <TH className="hidden min-w-40 sm:table-cell">Mastery</TH>
          <TH numeric>Points</TH>
        </TR>
      </THead>
      <TBody>
        {readiness.skills.map((skill) => (
          <TR key={skill.id}>
            <TH scope="row" className="sm:min-w-56">
              <span className="block">{skill.label}</span>
              <span className="mt-1 block text-xs font-normal text-muted">{skill.evidence}</span>
              <span className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1 text-xs font-normal">
                {skill.links.map((link) => (
                  <Link key={link.key} href={link.href} className="text-brand hover:underline">
                    {link.kind === "module" ? `Read: ${link.label}` : `Practise: ${link.label}`}
                  </Link>
                ))}
              </span>
              <span className="mt-2 block sm:hidden">
                <span className="text-xs font-normal text-muted">Weight {percent(skill.weight)} · mastery</span>
                <ProgressBar
                  value={skill.mastery * 100}
                  size="sm"
                  label={`${skill.label}: mastery`}
                  valueText={percent(skill.mastery)}
                  showValue
                  tone={skill.mastery >= 0.8 ? "success" : "brand"}
                />
              </span>
              {skill.lowEvidence && skill.lines !== undefined && skill.lines > 0 && (
                <Badge variant="warning" className="mt-1.5">
                  Low evidence
                </Badge>
              )}
            </TH>
            <TD numeric className="hidden sm:table-cell">
              {percent(skill.weight)}
            </TD>
            <TD className="hidden sm:table-cell">
              <ProgressBar
                value={skill.mastery * 100}
                size="sm"
                label={`${skill.label}: mastery`}
                valueText={percent(skill.mastery)}
                showValue
                tone={skill.mastery >= 0.8 ? "success" : "brand"}
              />
            </TD>
            <TD numeric className="align-top sm:align-middle">
              {skill.points.toFixed(1)} <span className="text-muted">/ {skill.maxPoints.toFixed(0)}</span>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

export function ReadinessMethod() {
  return (
    <details className="rounded-lg border border-border bg-surface-2/50 px-4 py-3 text-sm text-muted">
      <summary className="cursor-pointer font-medium text-fg">How the score works</summary>
      <div className="mt-2 space-y-2 leading-relaxed">
        <p>
          Each skill the exam tests has a weight, and the weights add up to 100%. Your mastery of a coding skill is the credit you earned on the lines you coded
          in its code families, using your latest attempt at each chart. Until you have coded {MIN_LINES_FOR_FULL_CONFIDENCE} lines in a skill, the lines still
          missing count as misses, so one lucky chart cannot make you look ready. Your mastery of a guide skill is the share of that module&apos;s lessons you
          have completed.
        </p>
        <p>
          <EvidenceRule /> Until then the page shows what you have done toward it instead of a number.
        </p>
        <p>
          Score = 100 × the sum of weight × mastery over all skills. &ldquo;Nearly ready&rdquo; starts at the exam&apos;s pass mark and &ldquo;ready&rdquo;{" "}
          {READY_MARGIN} points above it, because practice charts are not the real exam.
        </p>
      </div>
    </details>
  );
}
