import type { ReactNode } from "react";
import type { CitedFigure, ExamAtAGlance, ProseSegment } from "@/lib/certification/credential-facts";
import { cn } from "@/components/ui/cn";

/** A figure from the facts file, with its label, source and year on hover. */
export function FigureValue({ figure, className }: { figure: CitedFigure; className?: string }) {
  return (
    <span className={cn("font-semibold whitespace-nowrap text-fg", className)} title={`${figure.label} — ${figure.attribution}`}>
      {figure.text}
    </span>
  );
}

/** "U.S. Bureau of Labor Statistics, 2023" (or "as reported in … (citing …)") with a link to the source when it has one. */
export function SourceLine({ figure, className }: { figure: CitedFigure; className?: string }) {
  return (
    <span className={cn("text-xs text-muted", className)}>
      Source:{" "}
      {figure.url ? (
        <a href={figure.url} className="underline decoration-muted/40 underline-offset-2 hover:text-fg" rel="noreferrer" target="_blank">
          {figure.attribution}
        </a>
      ) : (
        <>{figure.attribution}</>
      )}
    </span>
  );
}

export function Prose({ segments }: { segments: ProseSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => ("figure" in segment ? <FigureValue key={index} figure={segment.figure} /> : <span key={index}>{segment.text}</span>))}
    </>
  );
}

/** The exam's format in a row of short facts: "100 questions · 4 hours · 70% to pass · open code books". */
export function ExamFacts({ exam, large = false, className }: { exam: ExamAtAGlance; large?: boolean; className?: string }) {
  const items: ReactNode[] = [];
  if (exam.questions) items.push(<FigureValue figure={exam.questions} />);
  if (exam.duration) items.push(<FigureValue figure={exam.duration} />);
  if (exam.passingScore)
    items.push(
      <>
        <FigureValue figure={exam.passingScore} /> to pass
      </>,
    );
  else if (exam.passingNote) {
    const scaled = exam.passingNote.find((segment) => "figure" in segment);
    items.push(
      scaled && "figure" in scaled ? (
        <>
          Scaled score, <FigureValue figure={scaled.figure} /> to pass
        </>
      ) : (
        <>Scaled score</>
      ),
    );
  }
  if (exam.openBook !== undefined) items.push(<>{exam.openBook ? "Open code books" : "Closed book"}</>);
  if (!items.length) return null;
  return (
    <ul className={cn("flex flex-wrap gap-x-2 gap-y-1 text-muted", large ? "text-base" : "text-sm", className)}>
      {items.map((item, index) => (
        <li key={index} className="flex items-center gap-2">
          {index > 0 && (
            <span aria-hidden="true" className="text-muted/60">
              ·
            </span>
          )}
          <span>{item}</span>
        </li>
      ))}
    </ul>
  );
}
