import GithubSlugger from "github-slugger";

export type LessonHeading = { id: string; text: string; depth: 2 | 3 };

/** The lesson's ## and ### headings with the ids rehype-slug gives them, for the table of contents. */
export function lessonHeadings(body: string): LessonHeading[] {
  const slugger = new GithubSlugger();
  const headings: LessonHeading[] = [];
  let inFence = false;
  for (const line of body.split("\n")) {
    if (line.trimStart().startsWith("```")) inFence = !inFence;
    const match = !inFence && /^(#{2,3})\s+(.+?)\s*#*$/.exec(line);
    if (!match) continue;
    const text = match[2]!.replace(/[*_`]/g, "").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
    headings.push({ id: slugger.slug(text), text, depth: match[1]!.length as 2 | 3 });
  }
  return headings;
}
