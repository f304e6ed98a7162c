"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { signOut } from "@/components/auth/sign-out";
import { useViewer } from "@/components/auth/use-viewer";
import { ButtonLink } from "@/components/ui/button";
import { canManageUsers, canReviewDisputes } from "@/lib/auth/policy";
import { cn } from "@/components/ui/cn";

function initialsOf(name: string | null | undefined, email: string | null | undefined): string {
  const source = name?.trim() || email || "?";
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return (parts.length > 1 ? `${parts[0]![0]}${parts[1]![0]}` : source.slice(0, 2)).toUpperCase();
}

const menuItemClasses = "block w-full rounded-md px-3 py-2 text-left text-sm text-fg hover:bg-surface-2 focus-visible:bg-surface-2";

export function UserMenu() {
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  if (viewer.status === "loading") return <div className="h-9 w-24 animate-pulse rounded-lg bg-surface-2" aria-hidden="true" />;

  if (viewer.status === "unauthenticated") {
    return (
      <div className="flex items-center gap-2">
        <ButtonLink href="/sign-in" variant="ghost" size="sm">
          Sign in
        </ButtonLink>
        <ButtonLink href="/sign-up" size="sm" className="max-sm:hidden">
          Sign up
        </ButtonLink>
      </div>
    );
  }

  const { user } = viewer;
  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`Account menu for ${user.name ?? user.email}`}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-full border border-border bg-surface py-1 pr-3 pl-1 text-sm font-medium text-fg hover:bg-surface-2"
      >
        <span aria-hidden="true" className="grid size-7 place-items-center rounded-full bg-brand text-xs font-semibold text-brand-fg">
          {initialsOf(user.name, user.email)}
        </span>
        <bdi className="hidden max-w-32 truncate sm:inline">{user.name ?? user.email}</bdi>
      </button>
      <div id={menuId} hidden={!open} className={cn("absolute right-0 z-50 mt-2 w-60 rounded-xl border border-border bg-surface p-1.5 shadow-lg")}>
        <div className="border-b border-border px-3 pt-1.5 pb-2.5">
          <p className="truncate text-sm font-medium text-fg">
            <bdi>{user.name}</bdi>
          </p>
          <p className="truncate text-xs text-muted">{user.email}</p>
        </div>
        <ul className="pt-1.5">
          <li>
            <Link href="/account" className={menuItemClasses} onClick={() => setOpen(false)}>
              Account
            </Link>
          </li>
          <li>
            <Link href="/profile" className={menuItemClasses} onClick={() => setOpen(false)}>
              Career profile
            </Link>
          </li>
          {user.role === "LEARNER" && (
            <li>
              <Link href="/cohorts" className={menuItemClasses} onClick={() => setOpen(false)}>
                Your cohorts
              </Link>
            </li>
          )}
          {canManageUsers(user) && (
            <li>
              <Link href="/admin/users" className={menuItemClasses} onClick={() => setOpen(false)}>
                Manage users
              </Link>
            </li>
          )}
          {canReviewDisputes(user) && (
            <li>
              <Link href="/admin/disputes" className={menuItemClasses} onClick={() => setOpen(false)}>
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
    </div>
  );
}
