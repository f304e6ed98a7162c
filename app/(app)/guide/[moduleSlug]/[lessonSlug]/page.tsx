import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KnowledgeCheck } from "@/components/guide/knowledge-check";
import { GuideMdx, SourceList } from "@/components/guide/guide-content";
import { LessonStatus } from "@/components/guide/lesson-status";
import { findLesson, getGuide } from "@/lib/content/get-guide";
import { lessonHeadings } from "@/lib/content/lesson-headings";
import { KNOWLEDGE_CHECK_PASS_FRACTION } from "@/lib/guide/grade-knowledge-check";
import { toPublicQuiz } from "@/lib/guide/public-quiz";
import { checkKnowledge, openLesson } from "../../actions";

type Params = { moduleSlug: string; lessonSlug: string };

// Lessons are content files: every page is rendered at build time and served as static HTML.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getGuide().modules.flatMap((guideModule) => guideModule.lessons.map((lesson) => ({ moduleSlug: guideModule.slug, lessonSlug: lesson.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { moduleSlug, lessonSlug } = await params;
  const found = findLesson(moduleSlug, lessonSlug);
  return found ? { title: found.lesson.title, description: found.lesson.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { moduleSlug, lessonSlug } = await params;
  const found = findLesson(moduleSlug, lessonSlug);
  if (!found) notFound();
  const { lesson, previous, next } = found;
  const guide = getGuide();
  const guideModule = guide.modules.find((candidate) => candidate.slug === moduleSlug)!;
  const headings = lessonHeadings(lesson.body);
  const lessonPath = `/guide/${moduleSlug}/${lessonSlug}`;

  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-8 sm:px-6 lg:grid-cols-[14rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)_13rem]">
      <nav aria-label={`Lessons in ${guideModule.title}`} className="hidden lg:block">
        <div className="sticky top-24">
          <Link href="/guide" className="text-sm font-medium text-brand hover:underline">
            ← All modules
          </Link>
          <p className="mt-4 text-xs font-semibold tracking-wide text-muted uppercase">Module {guideModule.order}</p>
          <p className="mt-1 font-semibold text-fg">{guideModule.title}</p>
          <ol className="mt-3 space-y-1 border-l border-border">
            {guideModule.lessons.map((entry) => (
              <li key={entry.slug}>
                <Link
                  href={`/guide/${moduleSlug}/${entry.slug}`}
                  aria-current={entry.slug === lessonSlug ? "page" : undefined}
                  className="-ml-px block border-l-2 border-transparent py-1 pl-3 text-sm text-muted hover:text-fg aria-[current=page]:border-brand aria-[current=page]:font-medium aria-[current=page]:text-fg"
                >
                  {entry.title}
                </Link>
              </li>
            ))}
          </ol>
        </div>
      </nav>

      <article className="min-w-0">
        <p className="text-sm font-semibold text-brand">
          <Link href="/guide" className="hover:underline lg:hidden">
            Guide
          </Link>
          <span className="lg:hidden"> / </span>
          Module {guideModule.order} · Lesson {lesson.order} of {guideModule.lessons.length}
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-fg sm:text-4xl">{lesson.title}</h1>
        <p className="mt-3 text-lg text-muted">{lesson.summary}</p>
        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm text-muted">
          <span>{lesson.readingMinutes} min read</span>
          <span aria-hidden="true">·</span>
          <span>{lesson.quiz.items.length}-question knowledge check</span>
          <LessonStatus lessonSlug={lessonSlug} openLesson={openLesson} />
        </div>

        {headings.length > 0 && (
          <details className="mt-6 rounded-xl border border-border bg-surface p-4 xl:hidden">
            <summary className="cursor-pointer font-semibold text-fg">On this page</summary>
            <TableOfContents headings={headings} />
          </details>
        )}

        <GuideMdx source={lesson.body} facts={guide.facts} />

        <SourceList sourceIds={lesson.sources} facts={guide.facts} />

        <KnowledgeCheck
          lessonSlug={lessonSlug}
          items={toPublicQuiz(lesson.quiz)}
          passPercent={KNOWLEDGE_CHECK_PASS_FRACTION * 100}
          action={checkKnowledge}
          signInHref={`/sign-in?callbackUrl=${encodeURIComponent(lessonPath)}`}
        />

        <nav aria-label="Previous and next lesson" className="mt-10 grid gap-3 sm:grid-cols-2">
          {previous ? (
            <Link href={`/guide/${previous.moduleSlug}/${previous.slug}`} className="rounded-xl border border-border bg-surface p-4 hover:border-brand">
              <span className="text-xs text-muted">Previous</span>
              <span className="mt-1 block font-medium text-fg">{previous.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link href={`/guide/${next.moduleSlug}/${next.slug}`} className="rounded-xl border border-border bg-surface p-4 text-right hover:border-brand">
              <span className="text-xs text-muted">Next</span>
              <span className="mt-1 block font-medium text-fg">{next.title}</span>
            </Link>
          )}
        </nav>
      </article>

      {headings.length > 0 && (
        <aside className="hidden xl:block">
          <div className="sticky top-24">
            <p className="text-xs font-semibold tracking-wide text-muted uppercase">On this page</p>
            <TableOfContents headings={headings} />
          </div>
        </aside>
      )}
    </div>
  );
}

function TableOfContents({ headings }: { headings: ReturnType<typeof lessonHeadings> }) {
  return (
    <ul className="mt-3 space-y-1.5 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? "pl-3" : undefined}>
          <a href={`#${heading.id}`} className="text-muted hover:text-fg">
            {heading.text}
          </a>
        </li>
      ))}
    </ul>
  );
}
