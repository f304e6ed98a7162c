"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useEffect, useId, useRef, useState } from "react";
import { useViewer } from "@/components/auth/use-viewer";
import { ButtonLink } from "@/components/ui/button";
import { useIdlePreload } from "@/components/ui/use-idle-preload";

// The menu's contents are not part of a page's first load: they are fetched once the page is idle, before the
// learner opens the menu.
const loadAccountMenuPanel = () => import("./account-menu-panel").then((module) => module.AccountMenuPanel);
const AccountMenuPanel = lazyPart(loadAccountMenuPanel, { ssr: false });

function initialsOf(name: string | null | undefined, email: string | null | undefined): string {
  const source = name?.trim() || email || "?";
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return (parts.length > 1 ? `${parts[0]![0]}${parts[1]![0]}` : source.slice(0, 2)).toUpperCase();
}

export function UserMenu() {
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useIdlePreload(loadAccountMenuPanel);

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
        // The panel's code loads when the page is idle: name it only once it is open, so the reference never dangles.
        aria-controls={open ? menuId : undefined}
        aria-label={`Account menu for ${user.name ?? user.email}`}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-full border border-border bg-surface py-1 pr-3 pl-1 text-sm font-medium text-fg hover:bg-surface-2"
      >
        <span aria-hidden="true" className="grid size-7 place-items-center rounded-full bg-brand text-xs font-semibold text-brand-fg">
          {initialsOf(user.name, user.email)}
        </span>
        <bdi className="hidden max-w-32 truncate sm:inline">{user.name ?? user.email}</bdi>
      </button>
      <AccountMenuPanel id={menuId} hidden={!open} user={user} onNavigate={() => setOpen(false)} />
    </div>
  );
}
