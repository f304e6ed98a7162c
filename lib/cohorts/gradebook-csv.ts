/**
 * A cell as a spreadsheet should read it: text that a spreadsheet would run as a formula (starting with =, +, -,
 * @, a tab or a carriage return) is prefixed with an apostrophe (OWASP's advice for CSV injection), and a cell
 * with a comma, quote or line break is quoted. Numbers pass through as numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export type GradebookExport = {
  assignments: Array<{ title: string; dueAt: Date }>;
  learners: Array<{ name: string | null; email: string; scores: Array<number | null>; late: boolean[]; average: number | null }>;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The gradebook as the CSV college gradebooks import (Canvas, Moodle, Blackboard and D2L all match learners by
 * email and read one numeric column per assignment, headed with its name and points): "Student", "Email", one
 * "<title> (due YYYY-MM-DD) [100]" column per assignment with the score out of 100 (blank when not started), then
 * "Average" and a "Late" column listing late work, which importers ignore or keep as a note.
 */
export function gradebookCsv(data: GradebookExport): string {
  const header = ["Student", "Email", ...data.assignments.map((assignment) => `${assignment.title} (due ${day(assignment.dueAt)}) [100]`), "Average", "Late"];
  const rows = data.learners.map((learner) => [
    learner.name ?? learner.email,
    learner.email,
    ...learner.scores,
    learner.average,
    data.assignments
      .filter((_, index) => learner.late[index])
      .map((assignment) => assignment.title)
      .join("; "),
  ]);
  return toCsv([header, ...rows]);
}
