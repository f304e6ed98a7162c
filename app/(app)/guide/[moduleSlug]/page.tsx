import { notFound, redirect } from "next/navigation";
import { getGuide } from "@/lib/content/get-guide";

export default async function ModulePage({ params }: { params: Promise<{ moduleSlug: string }> }) {
  const { moduleSlug } = await params;
  const guideModule = getGuide().modules.find((candidate) => candidate.slug === moduleSlug);
  if (!guideModule) notFound();
  redirect(`/guide/${moduleSlug}/${guideModule.lessons[0]!.slug}`);
}
