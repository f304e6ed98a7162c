"use client";

import Link from "next/link";
import type { Session } from "next-auth";
import { signOut } from "@/components/auth/sign-out";
import { canManageUsers, canReviewDisputes } from "@/lib/auth/policy";

const menuItemClasses = "block w-full rounded-md px-3 py-2 text-left text-sm text-fg hover:bg-surface-2 focus-visible:bg-surface-2";

type SignedInUser = Session["user"];

// The menu's pages, each for whom it is shown; permissions are the named policies.
const ACCOUNT_LINKS: { href: string; label: string; shownTo: (user: SignedInUser) => boolean }[] = [
  { href: "/account", label: "Account", shownTo: () => true },
  { href: "/profile", label: "Career profile", shownTo: () => true },
  { href: "/cohorts", label: "Your cohorts", shownTo: (user) => user.role === "LEARNER" },
  { href: "/admin/users", label: "Manage users", shownTo: canManageUsers },
  { href: "/admin/disputes", label: "Answer-key disputes", shownTo: canReviewDisputes },
];

/** The account menu's contents: who is signed in, their pages, and signing out. */
export function AccountMenuPanel({ id, hidden, user, onNavigate }: { id: string; hidden: boolean; user: SignedInUser; onNavigate: () => void }) {
  return (
    <div id={id} hidden={hidden} className="absolute right-0 z-50 mt-2 w-60 rounded-xl border border-border bg-surface p-1.5 shadow-lg">
      <div className="border-b border-border px-3 pt-1.5 pb-2.5">
        <p className="truncate text-sm font-medium text-fg">
          <bdi>{user.name}</bdi>
        </p>
        <p className="truncate text-xs text-muted">{user.email}</p>
      </div>
      <ul className="pt-1.5">
        {ACCOUNT_LINKS.filter((link) => link.shownTo(user)).map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={menuItemClasses} onClick={onNavigate}>
              {link.label}
            </Link>
          </li>
        ))}
        <li>
          <button type="button" className={menuItemClasses} onClick={() => void signOut("/")}>
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
