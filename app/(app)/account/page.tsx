import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/require-user";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLE_LABELS } from "@/components/auth/role-labels";
import { changePasswordAction } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <PageContainer>
      <PageHeader eyebrow="Account" title="Your account" />
      <Card className="mt-8 max-w-xl">
        <CardHeader>
          <CardTitle>Profile</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-3 text-sm">
            <dt className="text-muted">Name</dt>
            <dd className="font-medium text-fg">{user.name ? <bdi>{user.name}</bdi> : "—"}</dd>
            <dt className="text-muted">Email</dt>
            <dd className="font-medium break-all text-fg">{user.email}</dd>
            <dt className="text-muted">Role</dt>
            <dd>
              <Badge variant={user.role === "LEARNER" ? "neutral" : "brand"}>{ROLE_LABELS[user.role]}</Badge>
            </dd>
          </dl>
          <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-border pt-5">
            <ButtonLink href="/profile" variant="secondary">
              Edit your career profile
            </ButtonLink>
            <SignOutButton />
          </div>
        </CardContent>
      </Card>
      <Card className="mt-6 max-w-xl">
        <CardHeader>
          <CardTitle>Password</CardTitle>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm action={changePasswordAction} />
        </CardContent>
      </Card>
    </PageContainer>
  );
}
