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

function WeekCard({ week }: { week: PlanWeek }) {
  const label = week.lastNumber ? `Weeks ${week.number}–${week.lastNumber}` : `Week ${week.number}`;
  return (
    <li className="rounded-xl border border-border bg-surface p-4 shadow-xs sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-fg">
          {label}{" "}
          <span className="font-normal text-muted">
            · {day(week.start)}
            {week.end !== week.start && ` – ${day(week.end)}`}
          </span>
        </h3>
        <Badge variant={week.kind === "exam" ? "success" : week.kind === "review" ? "warning" : "brand"}>
          {week.kind === "exam" ? "Exam week" : week.kind === "review" ? "Review" : "Study"}
        </Badge>
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

/** The weekly plan: what to code and read each week, with the time each takes from the content's length. */
export function StudyPlanView({ plan }: { plan: StudyPlan }) {
  if (plan.status === "past")
    return (
      <Alert variant="warning" title="Your exam date has passed">
        {plan.message}
      </Alert>
    );
  return (
    <div className="space-y-4">
      <Alert variant={plan.status === "imminent" ? "warning" : "info"} title={plan.status === "default" ? "A default six-week plan" : "Your plan"}>
        {plan.message} At most {plan.hoursPerWeek} hours a week. Times come from each chart&apos;s and lesson&apos;s length; charts you have mastered and
        lessons you have completed are left out.
      </Alert>
      <ol className="grid gap-4 md:grid-cols-2">
        {plan.weeks.map((week) => (
          <WeekCard key={week.number} week={week} />
        ))}
      </ol>
    </div>
  );
}
