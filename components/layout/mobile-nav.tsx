"use client";

import { useState } from "react";
import { usePathname } from "next/navigation";
import { CloseIcon, MenuIcon } from "@/components/ui/icons";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import type { NavItem } from "./nav-items";

export function MobileNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The menu belongs to the page it was opened on, so navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean | ((current: boolean) => boolean)) => setOpenOn((typeof value === "function" ? value(open) : value) ? pathname : null);

  return (
    <div className="xl:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        aria-label={open ? "Close menu" : "Open menu"}
        onClick={() => setOpen((value) => !value)}
        className="grid size-10 place-items-center rounded-lg text-fg hover:bg-surface-2"
      >
        {open ? <CloseIcon className="size-5" strokeWidth={2} /> : <MenuIcon className="size-5" strokeWidth={2} />}
      </button>
      <nav
        id="mobile-nav"
        aria-label="Main"
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b border-border bg-surface px-4 pt-2 pb-4 shadow-lg"
      >
        <NavLinks items={items} orientation="vertical" onNavigate={() => setOpen(false)} />
        <div className="mt-3 flex items-center justify-between border-t border-border pt-3">
          <span className="text-sm text-muted">Theme</span>
          <ThemeToggle />
        </div>
      </nav>
    </div>
  );
}
