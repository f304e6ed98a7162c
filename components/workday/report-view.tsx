import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { scoreTone } from "@/components/practice/score-tone";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatClock, formatSpan } from "@/lib/simulation/clock";
import type { DayReport, NormFigure, ReportItem } from "@/lib/simulation/report";

const usd = (value: number) => `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function Figure({ label, value, detail, met }: { label: string; value: string; detail?: string; met?: boolean }) {
  return (
    <div className="rounded-xl border border-border bg-surface p-4">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1 flex items-center gap-2 text-2xl font-bold text-fg tabular-nums">
        {value}
        {met !== undefined && <Badge variant={met ? "success" : "danger"}>{met ? "Bar met" : "Below the bar"}</Badge>}
      </dd>
      {detail && <dd className="mt-0.5 text-xs text-muted">{detail}</dd>}
    </div>
  );
}

function ItemList({ id, title, items, empty }: { id: string; title: string; items: ReportItem[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-border bg-surface p-4">
      <h2 id={id} className="font-semibold text-fg">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm">
          {items.map((item, index) => (
            <li key={index}>
              <Link href={item.href} className="text-fg underline decoration-border underline-offset-2 hover:decoration-brand">
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Source({ norm }: { norm: NormFigure }) {
  return (
    <li>
      <span className="font-medium text-fg">
        {norm.label}: {norm.value}
      </span>
      . {norm.note ? `${norm.note} ` : ""}
      Source:{" "}
      {norm.source.url ? (
        <a href={norm.source.url} className="text-brand hover:underline" rel="noreferrer">
          {norm.source.publisher}, {norm.source.title}
        </a>
      ) : (
        `${norm.source.publisher}, ${norm.source.title}`
      )}{" "}
      ({norm.source.year}).
    </li>
  );
}

/** The end-of-day report a coding manager would write: volume, rate against the norm, the audit, denials, revenue, the call, and what next. */
export function ReportView({ report }: { report: DayReport }) {
  const { productivity, audit } = report;
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure
          label="Charts coded"
          value={`${report.charts.coded} of ${report.charts.total}`}
          detail={report.charts.rolledOver ? `${report.charts.rolledOver} rolled over to tomorrow` : "Queue cleared"}
        />
        <Figure
          label="Charts an hour"
          value={productivity.chartsPerHour.toFixed(1)}
          detail={`Bar ${productivity.target} an hour · ${formatSpan(productivity.codingMinutes)} coding`}
          met={productivity.meets}
        />
        <Figure
          label="Audit accuracy"
          value={audit.accuracy === null ? "–" : `${audit.accuracy}%`}
          detail={`Bar ${audit.bar.value}% · ${audit.sample.length} ${audit.sample.length === 1 ? "chart" : "charts"} sampled`}
          met={audit.accuracy === null ? undefined : audit.meets}
        />
        <Figure
          label="Revenue secured"
          value={usd(report.revenue.total)}
          detail={`Synthetic fee schedule · ${usd(report.revenue.coding)} coding, ${usd(report.revenue.denials)} denials`}
        />
        <Figure label="Denials" value={`${report.denials.resolved} of ${report.denials.total} resolved`} detail={`${report.denials.overturned} overturned`} />
        {report.education && (
          <Figure
            label="Provider education"
            value={`${report.education.improved.length} of ${report.education.needed.length}`}
            detail={`${report.education.physician}: problems fixed in the next notes`}
          />
        )}
        <Figure
          label="Physician queries"
          value={report.queries.asked === 0 ? "None" : `${report.queries.compliant} of ${report.queries.asked}`}
          detail={report.queries.asked === 0 ? "No query was sent today" : "Compliant, non-leading"}
        />
        <Figure
          label="Billing team"
          value={`${report.messages.best} of ${report.messages.total}`}
          detail={`Best answers · ${report.messages.answered} answered`}
        />
      </dl>

      <section aria-labelledby="bonus-title" className="rounded-xl border border-border bg-surface p-4">
        <h2 id="bonus-title" className="font-semibold text-fg">
          Bonus bars
        </h2>
        <p className="mt-1 text-sm text-fg">
          Productivity: {productivity.meets ? "met" : "not met"} ({productivity.chartsPerHour.toFixed(1)} against {productivity.target} an hour). Accuracy:{" "}
          {report.bonus.accuracy ? "met" : "not met"} ({audit.accuracy === null ? "nothing to audit" : `${audit.accuracy}%`} against {audit.bar.value}%).
          {report.endReason === "out-of-time" ? " The day ran out before you logged off." : ` Logged off at ${formatClock(report.endedAt)}.`}
        </p>
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <ItemList
          id="well-title"
          title="What went well"
          items={report.wentWell}
          empty="Nothing stood out yet: a clean chart, an overturned denial or a compliant query shows here."
        />
        <ItemList id="next-title" title="What to practise next" items={report.practiseNext} empty="Nothing to fix from today." />
      </div>

      <section aria-labelledby="audit-title">
        <h2 id="audit-title" className="text-lg font-semibold text-fg">
          The audit sample
        </h2>
        <p className="mt-1 text-sm text-muted">
          Your manager drew {audit.sample.length} of the charts you coded at random and scored them with the chart grader; accuracy is the mean score.
        </p>
        <div className="mt-3">
          <Table label="Audited charts">
            <THead>
              <TR>
                <TH>Chart</TH>
                <TH numeric>Coded</TH>
                <TH numeric>Score</TH>
              </TR>
            </THead>
            <TBody>
              {audit.sample.map((chart) => (
                <TR key={chart.caseId}>
                  <TD>
                    <Link href={`/practice/${chart.caseId}`} className="font-medium hover:underline">
                      {chart.title}
                    </Link>
                  </TD>
                  <TD numeric>#{chart.codedOrder}</TD>
                  <TD numeric>
                    <Badge variant={scoreTone(chart.score)}>{chart.score}</Badge>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      </section>

      {report.education && (
        <section aria-labelledby="call-report-title" className="rounded-xl border border-border bg-surface p-4">
          <h2 id="call-report-title" className="font-semibold text-fg">
            {report.education.physician}&rsquo;s next notes
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {report.education.nextNotes.map((note) => (
              <li key={note.topic} className="flex items-start gap-2">
                <Badge variant={note.improved ? "success" : "danger"}>{note.improved ? "Better" : "Same"}</Badge>
                <span className="font-mono text-[0.8rem] text-fg">{note.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="norms-title" className="text-sm text-muted">
        <h2 id="norms-title" className="font-semibold text-fg">
          Where the bars come from
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <Source norm={productivity.norm} />
          <Source norm={audit.bar} />
        </ul>
        <p className="mt-2">
          Norms and bonus bars vary by employer, setting and specialty. Revenue uses Chartwise&rsquo;s synthetic fee schedule, not any payer&rsquo;s real rates.
        </p>
      </section>
    </div>
  );
}
