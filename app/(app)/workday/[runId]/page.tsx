import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/require-user";
import { DayScreen } from "@/components/workday/day-screen";
import { getDatabase } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { buildDayView } from "@/lib/workday/day-view";
import { loadRun } from "@/lib/workday/runs";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your workday" };

export default async function DayPage({ params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  const user = await requireUser(`/workday/${runId}`);
  const db = await getDatabase();
  const loaded = await loadRun(db, user.id, runId).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (loaded.run.status === "ENDED") redirect(`/workday/${runId}/report`);
  if (loaded.run.status === "ABANDONED") redirect("/workday");
  return <DayScreen initial={await buildDayView(db, user.id, loaded)} />;
}
