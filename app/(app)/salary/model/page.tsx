import type { Metadata } from "next";
import Link from "next/link";
import { MDXRemote } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { lessonComponents } from "@/components/guide/lesson-components";
import { getGuide } from "@/lib/content/get-guide";
import { loadSalaryModelPage } from "@/lib/content/load-salary-model";

// A content file: rendered at build time and served as static HTML.
export function generateMetadata(): Metadata {
  const page = loadSalaryModelPage();
  return { title: page.title, description: page.summary };
}

export default function SalaryModelPage() {
  const page = loadSalaryModelPage();
  const { facts } = getGuide();
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm font-semibold text-brand">
        <Link href="/salary" className="hover:underline">← Your salary projection</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-fg sm:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg text-muted">{page.summary}</p>
      <div className="prose prose-slate mt-8 max-w-none prose-headings:scroll-mt-24 prose-a:font-medium">
        <MDXRemote source={page.body} components={lessonComponents(facts)} options={{ mdxOptions: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] } }} />
      </div>
      <section aria-labelledby="sources-heading" className="mt-10 border-t border-border pt-6">
        <h2 id="sources-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">Sources</h2>
        <ul className="mt-3 space-y-2 text-sm text-muted">
          {page.sources.map((id) => {
            const source = facts.sources.get(id);
            if (!source) return null;
            return (
              <li key={id}>
                {source.publisher}, <cite>{source.url ? <a className="text-brand hover:underline" href={source.url} rel="noreferrer">{source.title}</a> : source.title}</cite> ({source.year}).
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
