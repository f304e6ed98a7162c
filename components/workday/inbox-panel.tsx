import { Badge } from "@/components/ui/badge";
import type { DayView } from "@/lib/workday/day-view";
import { AnsweredNote, ChoiceList } from "./choice-list";

const KIND: Record<DayView["inbox"][number]["kind"], string> = {
  "billing-question": "Billing question",
  interruption: "Interruption",
  "physician-query": "Physician query",
};

/** Messages that have arrived during the day; the learner decides when and how to answer each. */
export function InboxPanel({
  inbox,
  pending,
  onRespond,
}: {
  inbox: DayView["inbox"];
  pending: boolean;
  onRespond: (eventId: string, choice: { choiceId?: string; text?: string }) => void;
}) {
  const open = inbox.filter((item) => !item.answered).length;
  return (
    <section aria-labelledby="inbox-title" className="rounded-xl border border-border bg-surface">
      <header className="flex items-baseline justify-between gap-2 border-b border-border px-4 py-3">
        <h2 id="inbox-title" className="font-semibold text-fg">
          Inbox
        </h2>
        <span className="text-sm text-muted" aria-live="polite">
          {open === 0 ? "Nothing waiting" : `${open} waiting`}
        </span>
      </header>
      {inbox.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">Messages arrive here as the day goes on.</p>
      ) : (
        <ul className="divide-y divide-border">
          {[...inbox].reverse().map((item) => (
            <li key={item.id} className="px-4 py-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant={item.kind === "physician-query" ? "warning" : "neutral"}>{KIND[item.kind]}</Badge>
                <span className="text-xs text-muted">
                  {item.arrivedAt} · {item.from}
                </span>
              </div>
              <h3 className="mt-1 font-medium text-fg">{item.title}</h3>
              <p className="mt-1 text-sm whitespace-pre-line text-fg">{item.body}</p>
              {item.answered ? (
                <AnsweredNote answered={item.answered} />
              ) : (
                <ChoiceList
                  name={item.title}
                  options={item.options}
                  writable={item.writable}
                  pending={pending}
                  onChoose={(choice) => onRespond(item.id, choice)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
