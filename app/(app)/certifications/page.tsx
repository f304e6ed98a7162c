import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { z } from "zod";
import { CredentialCard } from "@/components/certification/credential-card";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { cn } from "@/components/ui/cn";
import { getCurrentUser } from "@/lib/auth/current-user";
import { citeFigure, examAtAGlance } from "@/lib/certification/credential-facts";
import { getCredentials } from "@/lib/certification/load-credentials";
import { CREDENTIAL_LEVELS, CREDENTIAL_SETTINGS, ISSUING_BODIES, LEVEL_LABELS, SETTING_LABELS } from "@/lib/certification/schemas";
import { getDatabase } from "@/lib/db/client";
import { getLearnerProfile, type LearnerProfileData } from "@/lib/profile/learner-profile";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Certifications" };

// An unknown filter value is ignored rather than an error: the links below only ever produce known ones.
const FilterSchema = z.object({
  body: z.enum(ISSUING_BODIES).optional().catch(undefined),
  setting: z.enum(CREDENTIAL_SETTINGS).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function FilterLink({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "inline-flex h-8 items-center rounded-full border px-3 text-sm whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        active ? "border-brand bg-brand-soft font-medium text-brand-soft-fg" : "border-border bg-surface text-fg hover:bg-surface-2",
      )}
    >
      {children}
    </Link>
  );
}

export default async function CertificationsPage({ searchParams }: Props) {
  const filters = FilterSchema.parse(await searchParams);
  const { credentials, facts } = getCredentials();
  const user = await getCurrentUser();
  const profile: LearnerProfileData = user ? await getLearnerProfile(await getDatabase(), user.id) : { credentials: [] };

  const shown = credentials.filter(
    (credential) => (!filters.body || credential.issuingBody === filters.body) && (!filters.setting || credential.setting === filters.setting),
  );
  const query = (next: { body?: string; setting?: string }) => {
    const params = new URLSearchParams(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return params.size ? `/certifications?${params}` : "/certifications";
  };
  const usedSettings = CREDENTIAL_SETTINGS.filter((setting) => credentials.some((credential) => credential.setting === setting));

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Certifications"
        title="Coding and billing credentials"
        description="Who issues each credential, where its holders work, what the exam looks like and what it pays, every figure with its source. Open one to see how ready you are for it."
      />

      <nav aria-label="Filter credentials" className="mt-6 space-y-3">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <span className="w-24 shrink-0 text-xs font-semibold tracking-wide text-muted uppercase">Issued by</span>
          <div className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
            <FilterLink href={query({ setting: filters.setting })} active={!filters.body}>
              All
            </FilterLink>
            {ISSUING_BODIES.map((body) => (
              <FilterLink key={body} href={query({ body, setting: filters.setting })} active={filters.body === body}>
                {body}
              </FilterLink>
            ))}
          </div>
        </div>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <span className="w-24 shrink-0 text-xs font-semibold tracking-wide text-muted uppercase">Setting</span>
          <div className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
            <FilterLink href={query({ body: filters.body })} active={!filters.setting}>
              All
            </FilterLink>
            {usedSettings.map((setting) => (
              <FilterLink key={setting} href={query({ body: filters.body, setting })} active={filters.setting === setting}>
                {SETTING_LABELS[setting]}
              </FilterLink>
            ))}
          </div>
        </div>
      </nav>

      <p className="mt-6 text-sm text-muted" aria-live="polite">
        Showing {shown.length} of {credentials.length} credentials.
        {user && !profile.targetCredential && (
          <>
            {" "}
            <Link href="/profile" className="font-medium text-brand hover:underline">
              Choose a target credential
            </Link>{" "}
            to get a study plan.
          </>
        )}
      </p>

      {CREDENTIAL_LEVELS.map((level) => {
        const group = shown.filter((credential) => credential.level === level);
        if (!group.length) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="mt-8">
            <h2 id={`level-${level}`} className="text-xl font-semibold tracking-tight text-fg">
              {LEVEL_LABELS[level]}
            </h2>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {group.map((credential) => (
                <li key={credential.code}>
                  <CredentialCard
                    credential={credential}
                    exam={examAtAGlance(credential, facts)}
                    salary={credential.salary ? citeFigure(facts, credential.salary.figure) : undefined}
                    isTarget={profile.targetCredential === credential.code}
                    isHeld={profile.credentials.includes(credential.code)}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {!shown.length && (
        <p className="mt-8 text-muted">
          No credential matches both filters.{" "}
          <Link href="/certifications" className="text-brand hover:underline">
            Show all
          </Link>
          .
        </p>
      )}
    </PageContainer>
  );
}
