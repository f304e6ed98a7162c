import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TabularNoteKind } from "@/lib/codes/parse-tabular-xml";
import type { CodeTabularNotes } from "@/lib/codes/tabular-notes";
import { NoteText } from "./note-text";

/** What each Tabular List note means for the coder, with the convention it comes from (Section I.A of the guidelines). */
export const NOTE_KINDS: Record<Exclude<TabularNoteKind, "sevenChrDef">, { title: string; meaning: string; tone: string }> = {
  excludes1: {
    title: "Excludes1 — not coded here",
    meaning: "The two conditions cannot occur together: never report this code with an excluded one, unless the two are unrelated (Section I.A.12.a).",
    tone: "border-danger/40",
  },
  excludes2: {
    title: "Excludes2 — not included here",
    meaning: "The excluded condition is not part of this code. If the patient has both, report both codes (Section I.A.12.b).",
    tone: "border-warning/40",
  },
  codeFirst: { title: "Code first", meaning: "Sequence the underlying condition's code before this one (Section I.A.13).", tone: "border-brand/40" },
  useAdditionalCode: {
    title: "Use additional code",
    meaning: "Add a code for what the note names after this one, when documented (Section I.A.13).",
    tone: "border-brand/40",
  },
  codeAlso: { title: "Code also", meaning: "Another code may be needed; which goes first depends on the encounter (Section I.A.17).", tone: "border-brand/40" },
  includes: { title: "Includes", meaning: "Conditions this code covers (Section I.A.10).", tone: "border-border" },
  inclusionTerm: {
    title: "Inclusion terms",
    meaning: "Other names for conditions coded here; the list is not exhaustive (Section I.A.11).",
    tone: "border-border",
  },
  sevenChrNote: { title: "7th character", meaning: "This category needs a 7th character (Section I.A.5).", tone: "border-border" },
};

const ORDER: (keyof typeof NOTE_KINDS)[] = [
  "excludes1",
  "excludes2",
  "codeFirst",
  "useAdditionalCode",
  "codeAlso",
  "includes",
  "inclusionTerm",
  "sevenChrNote",
];

/** The Tabular List notes that apply to a code, grouped by kind, each saying where it is printed; or why there are none. */
export function TabularNotes({ notes, code }: { notes: CodeTabularNotes; code: string }) {
  return (
    <Card className="lg:col-span-2">
      <CardHeader>
        <CardTitle>Tabular List notes</CardTitle>
      </CardHeader>
      <CardContent>
        {!notes.loaded ? (
          <p className="text-sm text-muted">
            The Tabular List notes (Excludes1, Excludes2, code first, use additional code) are not loaded on this installation. An administrator can load them
            from the CDC ICD-10-CM tabular XML with <code className="font-mono">npm run codes:import -- --system icd10cm-tabular icd10cm_tabular_2026.xml</code>
            . Until then, check the notes for {code} in the printed or online Tabular List.
          </p>
        ) : notes.groups.length === 0 ? (
          <p className="text-sm text-muted">
            The {notes.version} Tabular List prints no notes for {code} or the codes, section and chapter above it.
          </p>
        ) : (
          <div className="space-y-4">
            {ORDER.map((kind) => {
              const groups = notes.groups.filter((group) => group.kind === kind);
              if (groups.length === 0) return null;
              const { title, meaning, tone } = NOTE_KINDS[kind];
              return (
                <section key={kind} aria-label={title} className={`rounded-lg border-l-4 ${tone} bg-surface-2/40 px-4 py-3`}>
                  <h3 className="font-semibold text-fg">{title}</h3>
                  <p className="mt-0.5 text-xs text-muted">{meaning}</p>
                  {groups.map((group) => (
                    <div key={group.source.label} className="mt-2">
                      {group.source.level !== "code" && (
                        <p className="text-xs font-medium text-muted">
                          Printed under {group.source.level} {group.source.label}, so it applies here too:
                        </p>
                      )}
                      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-fg">
                        {group.notes.map((note) => (
                          <li key={note}>
                            <NoteText text={note} />
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </section>
              );
            })}
            <p className="text-xs text-muted">From the {notes.version} ICD-10-CM Tabular List (CDC).</p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
