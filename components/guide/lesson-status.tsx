"use client";

import { useEffect, useState } from "react";
import { useViewer } from "@/components/auth/use-viewer";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/result";

type Standing = { completed: boolean; bestScore: number; attemptCount: number } | null;

/** Records the visit (for "resume where I left off") and shows the learner's standing on this lesson. */
export function LessonStatus({ lessonSlug, openLesson }: { lessonSlug: string; openLesson: (slug: string) => Promise<ActionResult<Standing>> }) {
  const { status } = useViewer();
  const [standing, setStanding] = useState<Standing>(null);

  useEffect(() => {
    if (status !== "authenticated") return;
    let cancelled = false;
    openLesson(lessonSlug).then((result) => {
      if (!cancelled && result.ok) setStanding(result.data);
    });
    return () => {
      cancelled = true;
    };
  }, [status, lessonSlug, openLesson]);

  if (status === "unauthenticated") return <Badge variant="neutral">Sign in to save progress</Badge>;
  if (!standing) return null;
  if (standing.completed) return <Badge variant="success">Completed · best {standing.bestScore}%</Badge>;
  if (standing.attemptCount > 0) return <Badge variant="warning">Best so far {standing.bestScore}%</Badge>;
  return <Badge variant="brand">In progress</Badge>;
}
