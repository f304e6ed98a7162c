import type { Credential } from "@/lib/certification/schemas";
import type { Facts } from "@/lib/content/load-guide";
import { figureAttribution, formatFigure } from "@/lib/content/format-figure";

/** A figure ready to show: the formatted value and where it comes from. */
export type CitedFigure = {
  key: string;
  text: string;
  value?: number;
  label: string;
  note?: string;
  publisher: string;
  sourceTitle: string;
  year?: number;
  url?: string;
  /** "U.S. Bureau of Labor Statistics, 2023" or "as reported in the career guide (citing AAPC)". */
  attribution: string;
};

export function citeFigure(facts: Facts, key: string): CitedFigure | undefined {
  const figure = facts.figures.get(key);
  const source = figure && facts.sources.get(figure.source);
  if (!figure || !source) return undefined;
  return {
    key,
    text: formatFigure(figure),
    value: figure.value,
    label: figure.label,
    note: figure.note,
    publisher: source.publisher,
    sourceTitle: source.title,
    year: figure.year,
    url: source.url,
    attribution: figureAttribution(figure, source),
  };
}

export type ProseSegment = { text: string } | { figure: CitedFigure };

/** Splits prose at its {figure.key} citations so a page can render each figure with its source. */
export function proseSegments(text: string, facts: Facts): ProseSegment[] {
  return text.split(/(\{[a-z0-9_]+(?:\.[a-z0-9_]+)+\})/).flatMap((part): ProseSegment[] => {
    if (!part) return [];
    const key = /^\{(.+)\}$/.exec(part)?.[1];
    const figure = key ? citeFigure(facts, key) : undefined;
    return [figure ? { figure } : { text: part }];
  });
}

export type ExamAtAGlance = { questions?: CitedFigure; duration?: CitedFigure; passingScore?: CitedFigure; passingNote?: ProseSegment[]; openBook?: boolean };

export function examAtAGlance(credential: Credential, facts: Facts): ExamAtAGlance {
  const cite = (key: string | undefined) => (key ? citeFigure(facts, key) : undefined);
  return {
    questions: cite(credential.exam.questions),
    duration: cite(credential.exam.durationHours),
    passingScore: cite(credential.exam.passingScore),
    passingNote: credential.exam.passingNote ? proseSegments(credential.exam.passingNote, facts) : undefined,
    openBook: credential.exam.openBook,
  };
}

/** The exam's percentage pass mark, when it has one; readiness bands hang off it. */
export function passingScoreOf(credential: Credential, facts: Facts): number | undefined {
  return credential.exam.passingScore ? facts.figures.get(credential.exam.passingScore)?.value : undefined;
}
