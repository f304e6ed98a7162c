import Link from "next/link";

export function Logo() {
  return (
    <Link href="/" className="flex items-center gap-2 rounded-lg font-semibold tracking-tight text-fg" aria-label="Chartwise home">
      <svg viewBox="0 0 32 32" className="size-8" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-brand" />
        <path d="M9 8h10l4 4v12H9z" fill="none" className="stroke-brand-fg" strokeWidth="2" strokeLinejoin="round" />
        <path d="M12.5 17.5l2.5 2.5 5-5.5" fill="none" className="stroke-brand-fg" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="text-lg">Chartwise</span>
    </Link>
  );
}
