export type NavItem = { href: string; label: string };

export const PRIMARY_NAV: NavItem[] = [
  { href: "/guide", label: "Guide" },
  { href: "/practice", label: "Practice" },
  { href: "/workday", label: "Workday" },
  { href: "/denials", label: "Denials" },
  { href: "/codes", label: "Codes" },
  { href: "/progress", label: "Progress" },
  { href: "/certifications", label: "Credentials" },
  { href: "/salary", label: "Salary" },
];
