import { MDXRemote } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import type { Facts } from "@/lib/content/load-guide";
import { lessonComponents } from "./lesson-components";

/** A guide-style MDX body (a lesson, the salary model page), with its figures and charts bound to the facts file. */
export function GuideMdx({ source, facts }: { source: string; facts: Facts }) {
  return (
    <div className="prose mt-8 max-w-none prose-slate prose-headings:scroll-mt-24 prose-a:font-medium">
      <MDXRemote source={source} components={lessonComponents(facts)} options={{ mdxOptions: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] } }} />
    </div>
  );
}

/** The "Sources" footer of a content page: each source's publisher, linked title and year. */
export function SourceList({ sourceIds, facts }: { sourceIds: readonly string[]; facts: Facts }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-10 border-t border-border pt-6">
      <h2 id="sources-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        Sources
      </h2>
      <ul className="mt-3 space-y-2 text-sm text-muted">
        {sourceIds.map((id) => {
          const source = facts.sources.get(id);
          if (!source) return null;
          return (
            <li key={id}>
              {source.publisher},{" "}
              <cite>
                {source.url ? (
                  <a className="text-brand hover:underline" href={source.url} rel="noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </cite>
              {source.year !== undefined ? ` (${source.year})` : ""}.
            </li>
          );
        })}
      </ul>
    </section>
  );
}
