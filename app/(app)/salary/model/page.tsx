import type { Metadata } from "next";
import Link from "next/link";
import { GuideMdx, SourceList } from "@/components/guide/guide-content";
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
        <Link href="/salary" className="hover:underline">
          ← Your salary projection
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-fg sm:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg text-muted">{page.summary}</p>
      <GuideMdx source={page.body} facts={facts} />
      <SourceList sourceIds={page.sources} facts={facts} />
    </article>
  );
}
