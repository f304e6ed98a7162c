import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

export function SiteFooter() {
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:px-6 md:flex-row md:items-start md:justify-between">
        <div className="max-w-md space-y-2">
          <p className="font-medium text-fg">Chartwise</p>
          <p>
            Every patient chart here is synthetic. ICD-10-CM and HCPCS Level II descriptions come from the public-domain CDC and CMS files; CPT® codes appear
            with our own plain-language summaries only (CPT is a registered trademark of the American Medical Association).
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-x-8 gap-y-2">
            <li>
              <Link className="hover:text-fg" href="/guide">
                Career guide
              </Link>
            </li>
            <li>
              <Link className="hover:text-fg" href="/practice">
                Chart practice
              </Link>
            </li>
            <li>
              <Link className="hover:text-fg" href="/codes">
                Code lookup
              </Link>
            </li>
            <li>
              <Link className="hover:text-fg" href="/salary">
                Salary projection
              </Link>
            </li>
            <li>
              <Link className="hover:text-fg" href="/certifications">
                Credentials
              </Link>
            </li>
            <li>
              <a className="hover:text-fg" href="/api/health">
                Service status
              </a>
            </li>
          </ul>
        </nav>
        <ThemeToggle className="self-start" />
      </div>
    </footer>
  );
}
