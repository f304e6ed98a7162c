import type { DayView } from "@/lib/workday/day-view";
import { AnsweredNote, ChoiceList } from "./choice-list";

/** The billing team's emails in the wrap-up: short decisions with consequences. */
export function MessagesPanel({
  messages,
  pending,
  onAnswer,
}: {
  messages: DayView["messages"];
  pending: boolean;
  onAnswer: (messageId: string, choiceId: string) => void;
}) {
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="messages-title" className="rounded-xl border border-border bg-surface">
      <h2 id="messages-title" className="border-b border-border px-4 py-3 font-semibold text-fg">
        Billing team
      </h2>
      <ul className="divide-y divide-border">
        {messages.map((message) => (
          <li key={message.id} className="px-4 py-3">
            <p className="text-xs text-muted">From {message.from}</p>
            <h3 className="font-medium text-fg">{message.subject}</h3>
            <p className="mt-1 text-sm text-fg">{message.body}</p>
            {message.answered ? (
              <AnsweredNote answered={message.answered} />
            ) : (
              <ChoiceList
                name={message.subject}
                options={message.options}
                pending={pending}
                onChoose={(choice) => choice.choiceId && onAnswer(message.id, choice.choiceId)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
