import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20">
      <EmptyState
        titleAs="h1"
        title="We could not find that page"
        description="The link may be old, or the page may have moved."
        action={<ButtonLink href="/">Go to the start</ButtonLink>}
      />
    </div>
  );
}
