import { QuickLookup } from "@/components/codes/quick-lookup";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { PRIMARY_NAV } from "./nav-items";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
      <div className="relative mx-auto flex h-16 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-6">
        <MobileNav items={PRIMARY_NAV} />
        <Logo />
        {/* Eight items, the lookup and the account need the width of a laptop screen; below it, the menu button. */}
        <nav aria-label="Main" className="ml-4 hidden xl:block">
          <NavLinks items={PRIMARY_NAV} />
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <QuickLookup />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
