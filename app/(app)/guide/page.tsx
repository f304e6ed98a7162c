import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getGuide } from "@/lib/content/get-guide";
import { getDatabase } from "@/lib/db/client";
import { getGuideProgress, type GuideProgress } from "@/lib/guide/guide-progress";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Career guide" };

export default async function GuidePage() {
  const guide = getGuide();
  const user = await getCurrentUser();
  const progress: GuideProgress = user ? await getGuideProgress(await getDatabase(), user.id) : { lessons: new Map() };
  const lessonCount = guide.modules.reduce((sum, guideModule) => sum + guideModule.lessons.length, 0);
  const completedCount = [...progress.lessons.values()].filter((standing) => standing.completed).length;
  const first = guide.modules[0]!;

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Guide"
        title="The career guide"
        description="What coders and billers do, the code sets, the revenue cycle, pay, credentials and how to start. Each lesson ends with a short knowledge check."
      />
      <div className="mt-8 grid gap-4 md:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>
              {user
                ? progress.resume
                  ? "Pick up where you left off"
                  : completedCount === lessonCount
                    ? "You finished the guide"
                    : "Start the guide"
                : "Start reading"}
            </CardTitle>
            <CardDescription>
              {progress.resume
                ? progress.resume.title
                : user
                  ? `${lessonCount} lessons in ${guide.modules.length} modules.`
                  : "Lessons are open to everyone. Sign in to save your progress and knowledge checks."}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-wrap gap-3">
            {progress.resume ? (
              <ButtonLink href={`/guide/${progress.resume.moduleSlug}/${progress.resume.lessonSlug}`}>Resume lesson</ButtonLink>
            ) : (
              <ButtonLink href={`/guide/${first.slug}/${first.lessons[0]!.slug}`}>Start with lesson 1</ButtonLink>
            )}
            {!user && (
              <ButtonLink href="/sign-in?callbackUrl=%2Fguide" variant="secondary">
                Sign in
              </ButtonLink>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Your progress</CardTitle>
            <CardDescription>
              {completedCount} of {lessonCount} lessons complete
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ProgressBar
              value={completedCount}
              max={lessonCount}
              label="Lessons complete in the whole guide"
              valueText={`${completedCount} of ${lessonCount}`}
              showValue
            />
          </CardContent>
        </Card>
      </div>

      <ol className="mt-10 grid gap-5 md:grid-cols-2">
        {guide.modules.map((guideModule) => {
          const done = guideModule.lessons.filter((lesson) => progress.lessons.get(lesson.slug)?.completed).length;
          const minutes = guideModule.lessons.reduce((sum, lesson) => sum + lesson.readingMinutes, 0);
          return (
            <li key={guideModule.slug}>
              <Card className="h-full">
                <CardHeader>
                  <p className="text-xs font-semibold tracking-wide text-brand uppercase">
                    Module {guideModule.order} · {minutes} min
                  </p>
                  <CardTitle as="h2">
                    <Link href={`/guide/${guideModule.slug}`} className="hover:underline">
                      {guideModule.title}
                    </Link>
                  </CardTitle>
                  <CardDescription>{guideModule.summary}</CardDescription>
                </CardHeader>
                <CardContent className="space-y-4">
                  <ProgressBar
                    value={done}
                    max={guideModule.lessons.length}
                    size="sm"
                    tone={done === guideModule.lessons.length ? "success" : "brand"}
                    label={`${guideModule.title}: lessons complete`}
                    valueText={`${done} of ${guideModule.lessons.length} lessons`}
                    showValue
                  />
                  <ul className="space-y-1.5">
                    {guideModule.lessons.map((lesson) => {
                      const standing = progress.lessons.get(lesson.slug);
                      return (
                        <li key={lesson.slug} className="flex items-center justify-between gap-3 text-sm">
                          <Link href={`/guide/${guideModule.slug}/${lesson.slug}`} className="text-fg hover:text-brand hover:underline">
                            {lesson.order}. {lesson.title}
                          </Link>
                          {standing?.completed ? (
                            <Badge variant="success">Done</Badge>
                          ) : standing?.attemptCount ? (
                            <Badge variant="warning">{standing.bestScore}%</Badge>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                </CardContent>
              </Card>
            </li>
          );
        })}
      </ol>
    </PageContainer>
  );
}
