/**
 * Chart text is written hard-wrapped, as a clinician's note prints. On screen it should wrap to the column
 * instead, while keeping the note's structure: one block per labelled field ("HPI:", "Medial compartment:"),
 * list item ("2." "(a)" "-"), tabular header row and paragraph, with its indentation; blank lines kept as breaks.
 * A line joins the block above it unless it starts a new one by those marks. Joining uses one space, and an
 * evidence quote never spans a line (a test holds quotes to the chart's lines), so highlighting still matches.
 */
export type ChartBlock = { kind: "text"; text: string; indent: number; fields?: string[] } | { kind: "break" };

// "HPI:", "PREOPERATIVE DIAGNOSIS:", "Medial compartment:", "S:", "MEDS (home):" — no sentence full stop before the colon.
const LABEL = /^[A-Z][A-Za-z0-9 ,/&'()#+-]{0,38}:(\s|$)/;
const LIST_ITEM = /^(\d{1,2}[.)]|\([a-z0-9]{1,3}\)|[a-z][.)]|[-•*])\s/;
// A header row of fields spread across the line ("PATIENT: …       DOB: …       ACCT: …").
const SPREAD = /\S {3,}\S/;

const indentOf = (line: string) => line.length - line.trimStart().length;

export function reflowChart(text: string): ChartBlock[] {
  type Open = { kind: "text"; text: string; indent: number; joinable: boolean };
  const blocks: (Open | { kind: "break" })[] = [];
  let open: Open | null = null;
  for (const raw of text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n")) {
    const line = raw.trimEnd();
    const content = line.trim();
    if (!content) {
      if (blocks.at(-1)?.kind !== "break" && blocks.length > 0) blocks.push({ kind: "break" });
      open = null;
      continue;
    }
    const startsBlock = LABEL.test(content) || LIST_ITEM.test(content) || SPREAD.test(content);
    if (open && open.joinable && !startsBlock) {
      open.text = `${open.text} ${content}`;
      continue;
    }
    const block = { kind: "text" as const, text: content, indent: indentOf(line), joinable: !SPREAD.test(content) };
    blocks.push(block);
    open = block;
  }
  // A header row's fields ("PATIENT: …", "DOB: …") wrap as units rather than mid-field.
  return blocks.map((block) =>
    block.kind === "text"
      ? { kind: "text" as const, text: block.text, indent: block.indent, ...(block.joinable ? {} : { fields: block.text.split(/ {3,}/) }) }
      : block,
  );
}
