import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageContainer, PageHeader } from "./page-header";

/** A section of the product that is on the roadmap: says what it will do and where to go meanwhile. */
export function PlannedFeature({ eyebrow, title, description, plans }: { eyebrow: string; title: string; description: string; plans: string[] }) {
  return (
    <PageContainer>
      <PageHeader eyebrow={eyebrow} title={title} description={description} />
      <div className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <EmptyState
          title="Being built right now"
          description="This part of Chartwise is on the roadmap. Your account is ready: what you do here will be saved to it as soon as it lands."
          action={<ButtonLink href="/" variant="secondary">Back to the start</ButtonLink>}
        />
        <section aria-labelledby="plans-heading" className="rounded-xl border border-border bg-surface p-5">
          <h2 id="plans-heading" className="font-semibold text-fg">What you will be able to do</h2>
          <ul className="mt-3 list-disc space-y-2 pl-5 text-sm text-muted">
            {plans.map((plan) => (
              <li key={plan}>{plan}</li>
            ))}
          </ul>
        </section>
      </div>
    </PageContainer>
  );
}
