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

// An instructor's menu: their teaching pages first, then the content they assign, without the learner-only pages.
export const TEACHING_NAV: NavItem[] = [
  { href: "/instructor", label: "Teaching" },
  { href: "/instructor/disputes", label: "Disputes" },
];
const LEARNER_ONLY = new Set(["/progress", "/salary"]);

/** The main menu for a role: instructors get the teaching menu; everyone else the learner's. */
export function navItemsFor(role: string | undefined, items: NavItem[] = PRIMARY_NAV): NavItem[] {
  return role === "INSTRUCTOR" ? [...TEACHING_NAV, ...items.filter((item) => !LEARNER_ONLY.has(item.href))] : items;
}
