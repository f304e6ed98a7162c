import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/require-user";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { ProfileForm } from "@/components/profile/profile-form";
import { ButtonLink } from "@/components/ui/button";
import { getGuide } from "@/lib/content/get-guide";
import { getDatabase } from "@/lib/db/client";
import { getLearnerProfile } from "@/lib/profile/learner-profile";
import { metroOptionsOf, statesWithFigures } from "@/lib/salary/comparison";
import { saveProfile } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const profile = await getLearnerProfile(await getDatabase(), user.id);
  const { facts } = getGuide();
  return (
    <PageContainer>
      <PageHeader
        eyebrow="Profile"
        title="Your career profile"
        description="Where you work, what you hold and where you are heading. Every field is optional; your salary projection and certification plan start from what you give here."
        actions={<ButtonLink href="/salary" variant="secondary">See your salary projection</ButtonLink>}
      />
      <ProfileForm
        action={saveProfile}
        initial={profile}
        metroOptions={metroOptionsOf(facts)}
        statesWithFigures={statesWithFigures(facts)}
      />
    </PageContainer>
  );
}
