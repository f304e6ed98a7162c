import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20">
      <EmptyState
        titleAs="h1"
        title="You do not have access to this page"
        description="It is for another role. If you think you should have access, ask an administrator."
        action={<ButtonLink href="/">Go to the start</ButtonLink>}
      />
    </div>
  );
}
