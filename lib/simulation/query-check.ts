/**
 * Checks a physician query the learner wrote against the AHIMA/ACDIS query practice brief ("Guidelines for
 * Achieving a Compliant Query Practice"): a query presents the clinical indicators and asks an open or
 * multiple-choice question, with "other" and "unable to determine" among the options; it never names the
 * answer it wants, asks the physician to add a diagnosis, or mentions payment.
 */
export type QueryCheck = { compliant: boolean; flags: string[]; citesIndicators: boolean };

const LEADING: { pattern: RegExp; flag: string }[] = [
  {
    pattern: /\b(please|kindly|can you|could you|would you)\s+(document|add|chart|write|change|update)\b/i,
    flag: "It asks the physician to document a diagnosis instead of asking a question.",
  },
  {
    pattern: /\b(do you agree|would you agree|agree that|confirm that|isn'?t (this|it)|wouldn'?t you say)\b/i,
    flag: 'It steers toward one answer ("do you agree…", "confirm that…").',
  },
  {
    pattern: /\b(reimburse\w*|payment|paid|pay more|revenue|dollars?|DRG|RVU|higher level|bill(ed|ing)? (at|for) a higher)\b|\$/i,
    flag: "It mentions payment or a higher level of service; a query is about the clinical picture only.",
  },
  { pattern: /\b(consider (adding|documenting)|should be documented as|needs to be documented as)\b/i, flag: "It tells the physician what to write." },
];

const OPTION_WORDS = /\b(other|unable to determine|clinically undetermined|cannot be determined|not clinically significant)\b/i;

export function checkQuery(text: string, indicators: readonly string[]): QueryCheck {
  const flags = LEADING.filter((rule) => rule.pattern.test(text)).map((rule) => rule.flag);
  const words = text.toLowerCase();
  const citesIndicators = indicators.some((indicator) => {
    const key = indicator
      .toLowerCase()
      .split(/[^a-z0-9.]+/)
      .filter((part) => part.length >= 3);
    return key.length > 0 && key.every((part) => words.includes(part));
  });
  if (text.trim().length < 40) flags.push("It is too short to present the clinical picture and a question.");
  if (!text.includes("?")) flags.push("It does not ask a question.");
  if (!OPTION_WORDS.test(text)) flags.push('It offers no way out: include "other" or "unable to determine" among the options.');
  if (!citesIndicators) flags.push("It does not cite the clinical indicators from the record.");
  return { compliant: flags.length === 0, flags, citesIndicators };
}
