/** A run of chart text, marked when it is one of the quoted phrases. */
export type TextSegment = { text: string; phrase?: string };

/**
 * Splits chart text into runs so quoted evidence can be highlighted. Matches are exact (quotes in a key are
 * copied from the chart, and a test holds them to it); where two phrases overlap, the earlier, then longer, wins.
 */
export function highlightSegments(text: string, phrases: readonly string[]): TextSegment[] {
  const matches: Array<{ start: number; end: number; phrase: string }> = [];
  for (const phrase of new Set(phrases.filter((candidate) => candidate.length > 0))) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      matches.push({ start: at, end: at + phrase.length, phrase });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start < cursor) continue;
    if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start) });
    segments.push({ text: text.slice(match.start, match.end), phrase: match.phrase });
    cursor = match.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
