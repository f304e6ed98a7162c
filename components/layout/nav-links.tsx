"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useViewer } from "@/components/auth/use-viewer";
import { cn } from "@/components/ui/cn";
import { navItemsFor, type NavItem } from "./nav-items";

export function NavLinks({
  items,
  orientation = "horizontal",
  onNavigate,
}: {
  items: NavItem[];
  orientation?: "horizontal" | "vertical";
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const viewer = useViewer();
  const shown = navItemsFor(viewer.status === "authenticated" ? viewer.user.role : undefined, items);
  // The longest matching item is the current one (/instructor/disputes, not also /instructor).
  const current = shown.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <ul className={cn("flex gap-1", orientation === "vertical" && "flex-col")}>
      {shown.map((item) => {
        const active = item === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "block rounded-lg px-3 py-2 text-sm font-medium transition-colors",
                active ? "bg-brand-soft text-brand-soft-fg" : "text-muted hover:bg-surface-2 hover:text-fg",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
