import type { Metadata } from "next";
import Link from "next/link";
import { requirePolicy } from "@/app/_lib/require-user";
import { RoleForm } from "@/components/auth/role-form";
import { UserStatusForm } from "@/components/auth/user-status-form";
import { Badge } from "@/components/ui/badge";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { canManageUsers } from "@/lib/auth/policy";
import { getDatabase } from "@/lib/db/client";
import { findUsers } from "@/lib/users/find-users";
import { z } from "zod";
import { safeText } from "@/lib/validation/fields";
import { changeRole, setUserActiveAction } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Manage users" };

const SearchSchema = z.object({
  // A query with a NUL byte or a broken character is dropped, not sent to the database.
  q: safeText({ label: "The search", max: 100 }).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await requirePolicy(canManageUsers, "/admin/users");
  const { q, page } = SearchSchema.parse(await searchParams);
  const result = await findUsers(await getDatabase(), actor, { query: q, page });
  const pageHref = (target: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;

  return (
    <PageContainer>
      <PageHeader eyebrow="Admin" title="Users and roles" description="Learners are the default. Instructors see their cohorts; admins manage everyone." />
      <form role="search" className="mt-6 flex max-w-md gap-2" action="/admin/users">
        <Input type="search" name="q" defaultValue={q} placeholder="Search by email or name" aria-label="Search users" />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {result.users.length === 0 ? (
        <EmptyState
          className="mt-6"
          title="No users match"
          description={
            q ? (
              <>
                Nobody&apos;s email or name contains “<bdi>{q}</bdi>”.
              </>
            ) : (
              "There are no users yet."
            )
          }
        />
      ) : (
        <div className="mt-6">
          <Table label="Users">
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Email</TH>
                <TH>Joined</TH>
                <TH>Role</TH>
                <TH>Status</TH>
              </TR>
            </THead>
            <TBody>
              {result.users.map((user) => (
                <TR key={user.id}>
                  {/* <bdi>: a name in a right-to-left script (or with stray direction marks) cannot reorder the row. */}
                  <TD className="font-medium">{user.name ? <bdi>{user.name}</bdi> : "—"}</TD>
                  <TD className="break-all">
                    <bdi>{user.email}</bdi>
                  </TD>
                  <TD className="whitespace-nowrap text-muted">{user.createdAt.toISOString().slice(0, 10)}</TD>
                  <TD>
                    <RoleForm action={changeRole} userId={user.id} email={user.email} role={user.role} />
                  </TD>
                  <TD>
                    <div className="flex items-center gap-2">
                      <Badge variant={user.deactivatedAt ? "neutral" : "success"}>{user.deactivatedAt ? "Deactivated" : "Active"}</Badge>
                      {user.id !== actor.id && (
                        <UserStatusForm action={setUserActiveAction} userId={user.id} email={user.email} active={user.deactivatedAt === null} />
                      )}
                    </div>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-muted">
            <span>
              {result.total} user{result.total === 1 ? "" : "s"} · page {result.page} of {result.pageCount}
            </span>
            <span className="flex gap-3">
              {result.page > 1 && (
                <Link className="font-medium text-brand hover:underline" href={pageHref(result.page - 1)}>
                  Previous
                </Link>
              )}
              {result.page < result.pageCount && (
                <Link className="font-medium text-brand hover:underline" href={pageHref(result.page + 1)}>
                  Next
                </Link>
              )}
            </span>
          </nav>
        </div>
      )}
    </PageContainer>
  );
}
