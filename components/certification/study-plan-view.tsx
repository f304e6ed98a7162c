import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { PlanTask, PlanWeek, StudyPlan } from "@/lib/certification/study-plan";

const KIND_LABEL: Record<PlanTask["kind"], string> = {
  practice: "Code",
  lesson: "Read",
  lookup: "Look up",
  "timed-practice": "Timed set",
  retry: "Retry",
  review: "Review",
  logistics: "Prepare",
};

const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const day = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));
const duration = (minutes: number) => (minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}` : `${minutes} min`);

/** Weeks shown with every task by default: this week and next. The rest are one line each until asked for. */
const WEEKS_IN_FULL = 2;

const weekLabel = (week: PlanWeek) => (week.lastNumber ? `Weeks ${week.number}–${week.lastNumber}` : `Week ${week.number}`);
const weekDates = (week: PlanWeek) => `${day(week.start)}${week.end !== week.start ? ` – ${day(week.end)}` : ""}`;

function WeekKindBadge({ kind }: { kind: PlanWeek["kind"] }) {
  return (
    <Badge variant={kind === "exam" ? "success" : kind === "review" ? "warning" : "brand"}>
      {kind === "exam" ? "Exam week" : kind === "review" ? "Review" : "Study"}
    </Badge>
  );
}

function WeekCard({ week }: { week: PlanWeek }) {
  return (
    <li className="rounded-xl border border-border bg-surface p-4 shadow-xs sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-fg">
          {weekLabel(week)} <span className="font-normal text-muted">· {weekDates(week)}</span>
        </h3>
        <WeekKindBadge kind={week.kind} />
      </div>
      <p className="mt-1 text-sm text-muted">
        {week.focus}
        {week.minutes > 0 && <span className="tabular-nums"> · about {duration(week.minutes)}</span>}
      </p>
      {week.tasks.length === 0 ? (
        <p className="mt-3 text-sm text-muted">Nothing left to schedule: every chart for this credential is mastered and every lesson done.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {week.tasks.map((task, index) => (
            <li key={index} className="text-sm">
              <span className="flex items-baseline justify-between gap-3">
                <span className="text-xs font-semibold tracking-wide text-brand uppercase">{KIND_LABEL[task.kind]}</span>
                <span className="shrink-0 text-xs text-muted tabular-nums">
                  {task.approximate ? "about " : ""}
                  {duration(task.minutes)}
                </span>
              </span>
              {task.href ? (
                <Link href={task.href} className="block font-medium text-fg hover:text-brand hover:underline">
                  {task.title}
                </Link>
              ) : (
                <span className="block font-medium text-fg">{task.title}</span>
              )}
              <span className="block text-xs leading-relaxed text-muted">{task.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** A later week in one line: when, what it is for, how many tasks and how long. */
function WeekLine({ week }: { week: PlanWeek }) {
  return (
    <li className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-6">
      <span className="min-w-0">
        <span className="font-semibold text-fg">{weekLabel(week)}</span> <span className="text-muted">· {weekDates(week)}</span>
        <span className="block text-muted">{week.focus}</span>
      </span>
      <span className="flex items-center gap-3 sm:justify-end">
        <span className="whitespace-nowrap text-muted tabular-nums">
          {week.tasks.length} {week.tasks.length === 1 ? "task" : "tasks"}
          {week.minutes > 0 && ` · about ${duration(week.minutes)}`}
        </span>
        <WeekKindBadge kind={week.kind} />
      </span>
    </li>
  );
}

/**
 * The weekly plan: what to code and read each week, with the time each takes from the content's length. This week
 * and next show every task; later weeks show one line each unless `whole` (the page's `?plan=all`).
 */
export function StudyPlanView({ plan, whole = false, path }: { plan: StudyPlan; whole?: boolean; /** The page the plan is on. */ path: string }) {
  if (plan.status === "past")
    return (
      <Alert variant="warning" title="Your exam date has passed">
        {plan.message}
      </Alert>
    );
  const inFull = whole ? plan.weeks : plan.weeks.slice(0, WEEKS_IN_FULL);
  const later = whole ? [] : plan.weeks.slice(WEEKS_IN_FULL);
  return (
    <div className="space-y-4">
      <Alert variant={plan.status === "imminent" ? "warning" : "info"} title={plan.status === "default" ? "A default six-week plan" : "Your plan"}>
        {plan.message} At most {plan.hoursPerWeek} hours a week. Times come from each chart&apos;s and lesson&apos;s length; charts you have mastered and
        lessons you have completed are left out.
      </Alert>
      <ol className="grid gap-4 md:grid-cols-2">
        {inFull.map((week) => (
          <WeekCard key={week.number} week={week} />
        ))}
      </ol>
      {later.length > 0 && (
        <div className="rounded-xl border border-border bg-surface shadow-xs">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-3">
            <h3 className="font-semibold text-fg">Later weeks</h3>
            <Link href={`${path}?plan=all#plan-heading`} className="text-sm font-medium text-brand hover:underline">
              Show every week&apos;s tasks
            </Link>
          </div>
          <ol className="divide-y divide-border">
            {later.map((week) => (
              <WeekLine key={week.number} week={week} />
            ))}
          </ol>
        </div>
      )}
      {whole && plan.weeks.length > WEEKS_IN_FULL && (
        <p className="text-sm">
          <Link href={`${path}#plan-heading`} className="font-medium text-brand hover:underline">
            Show this week and next only
          </Link>
        </p>
      )}
    </div>
  );
}
