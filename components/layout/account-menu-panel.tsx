"use client";

import Link from "next/link";
import type { Session } from "next-auth";
import { signOut } from "@/components/auth/sign-out";
import { canManageUsers, canReviewDisputes } from "@/lib/auth/policy";

const menuItemClasses = "block w-full rounded-md px-3 py-2 text-left text-sm text-fg hover:bg-surface-2 focus-visible:bg-surface-2";

/** The account menu's contents: who is signed in, their pages, and signing out. */
export function AccountMenuPanel({ id, hidden, user, onNavigate }: { id: string; hidden: boolean; user: Session["user"]; onNavigate: () => void }) {
  return (
    <div id={id} hidden={hidden} className="absolute right-0 z-50 mt-2 w-60 rounded-xl border border-border bg-surface p-1.5 shadow-lg">
      <div className="border-b border-border px-3 pt-1.5 pb-2.5">
        <p className="truncate text-sm font-medium text-fg">
          <bdi>{user.name}</bdi>
        </p>
        <p className="truncate text-xs text-muted">{user.email}</p>
      </div>
      <ul className="pt-1.5">
        <li>
          <Link href="/account" className={menuItemClasses} onClick={onNavigate}>
            Account
          </Link>
        </li>
        <li>
          <Link href="/profile" className={menuItemClasses} onClick={onNavigate}>
            Career profile
          </Link>
        </li>
        {user.role === "LEARNER" && (
          <li>
            <Link href="/cohorts" className={menuItemClasses} onClick={onNavigate}>
              Your cohorts
            </Link>
          </li>
        )}
        {canManageUsers(user) && (
          <li>
            <Link href="/admin/users" className={menuItemClasses} onClick={onNavigate}>
              Manage users
            </Link>
          </li>
        )}
        {canReviewDisputes(user) && (
          <li>
            <Link href="/admin/disputes" className={menuItemClasses} onClick={onNavigate}>
              Answer-key disputes
            </Link>
          </li>
        )}
        <li>
          <button type="button" className={menuItemClasses} onClick={() => void signOut("/")}>
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
