import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/require-user";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { ProfileForm } from "@/components/profile/profile-form";
import { ButtonLink } from "@/components/ui/button";
import { getGuide } from "@/lib/content/get-guide";
import { getDatabase } from "@/lib/db/client";
import { getLearnerProfile } from "@/lib/profile/learner-profile";
import { metroOptionsOf, statesWithFigures } from "@/lib/salary/comparison";
import { KNOWN_CREDENTIALS } from "@/lib/salary/types";
import { Alert } from "@/components/ui/alert";
import { z } from "zod";
import { saveProfile } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your profile" };

// "Set as my target" on a credential page arrives as ?target=cpc: the form starts with it chosen, unsaved.
const QuerySchema = z.object({ target: z.enum(KNOWN_CREDENTIALS).optional().catch(undefined) });

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { target } = QuerySchema.parse(await searchParams);
  const user = await requireUser(target ? `/profile?target=${target}` : "/profile");
  const saved = await getLearnerProfile(await getDatabase(), user.id);
  const proposesTarget = target !== undefined && target !== saved.targetCredential;
  const profile = proposesTarget ? { ...saved, targetCredential: target } : saved;
  const { facts } = getGuide();
  return (
    <PageContainer>
      <PageHeader
        eyebrow="Profile"
        title="Your career profile"
        description="Where you work, what you hold and where you are heading. Every field is optional; your salary projection and certification plan start from what you give here."
        actions={
          <ButtonLink href="/salary" variant="secondary">
            See your salary projection
          </ButtonLink>
        }
      />
      {proposesTarget && (
        <Alert variant="info" className="mt-6" title={`${target.toUpperCase()} is chosen as your target`}>
          Add your exam date if you have one, then save: your readiness and weekly plan follow this credential.
        </Alert>
      )}
      <ProfileForm action={saveProfile} initial={profile} metroOptions={metroOptionsOf(facts)} statesWithFigures={statesWithFigures(facts)} />
    </PageContainer>
  );
}
