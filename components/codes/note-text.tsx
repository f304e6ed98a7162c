import Link from "next/link";
import { Fragment } from "react";

const CODE_IN_NOTE = /\b([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)(\.-|-)?/g;

/** A Tabular note's text with every code it names as a link to that code's page ("E10.-" opens E10). */
export function NoteText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE_IN_NOTE)) {
    const code = match[1]!;
    parts.push(text.slice(last, match.index));
    parts.push(
      <Link key={match.index} href={`/codes/${encodeURIComponent(code)}?system=icd10cm`} className="font-mono font-semibold text-brand hover:underline">
        {match[0]}
      </Link>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </>
  );
}
