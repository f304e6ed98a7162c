import { getGuide } from "@/lib/content/get-guide";
import { getCases } from "@/lib/practice/case-catalog";
import type { AssignmentItemKind } from "@/lib/cohorts/schemas";

/** Something an instructor can put in an assignment, as the pickers and the learner's list show it. */
export type AssignableItem = { kind: AssignmentItemKind; ref: string; title: string; href: string; group: string };

/**
 * Where each kind of assignable work comes from. Denial and workday scenarios are being built as their own
 * capabilities; until their catalogues are wired in here, their lists are empty and an item of that kind shows
 * "not available yet" instead of failing. Wiring one in is one function in this table.
 */
export type ItemCatalogue = { label: string; plural: string; available: boolean; list: () => AssignableItem[] };

export const ITEM_CATALOGUES: Record<AssignmentItemKind, ItemCatalogue> = {
  GUIDE_LESSON: {
    label: "Guide lesson",
    plural: "Guide lessons",
    available: true,
    list: () =>
      getGuide().modules.flatMap((guideModule) =>
        guideModule.lessons.map((lesson) => ({
          kind: "GUIDE_LESSON" as const,
          ref: lesson.slug,
          title: lesson.title,
          href: `/guide/${guideModule.slug}/${lesson.slug}`,
          group: guideModule.title,
        })),
      ),
  },
  CHART_CASE: {
    label: "Chart case",
    plural: "Chart cases",
    available: true,
    list: () =>
      getCases().map((chartCase) => ({
        kind: "CHART_CASE" as const,
        ref: chartCase.id,
        title: chartCase.title,
        href: `/practice/${chartCase.id}`,
        group: chartCase.specialty,
      })),
  },
  DENIAL_SCENARIO: { label: "Denial scenario", plural: "Denial scenarios", available: false, list: () => [] },
  WORKDAY_SCENARIO: { label: "Workday scenario", plural: "Workday scenarios", available: false, list: () => [] },
};

/** An item as stored in an assignment, resolved against the content; `available: false` when its content is absent. */
export type ResolvedItem = { kind: AssignmentItemKind; ref: string; title: string; href: string | null; available: boolean; kindLabel: string };

export function resolveItem(kind: AssignmentItemKind, ref: string): ResolvedItem {
  const catalogue = ITEM_CATALOGUES[kind];
  const found = catalogue.list().find((item) => item.ref === ref);
  if (!found) return { kind, ref, title: `${catalogue.label} “${ref}” (not available yet)`, href: null, available: false, kindLabel: catalogue.label };
  return { kind, ref, title: found.title, href: found.href, available: true, kindLabel: catalogue.label };
}

/** True when the item names content that exists now; a new assignment may only hold such items. */
export function itemExists(kind: AssignmentItemKind, ref: string): boolean {
  return ITEM_CATALOGUES[kind].list().some((item) => item.ref === ref);
}
