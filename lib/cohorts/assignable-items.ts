import { DENIAL_CATEGORY_LABELS } from "@/lib/claims/adjustment-codes";
import { getGuide } from "@/lib/content/get-guide";
import { denialCatalog } from "@/lib/denials/catalog";
import { getCases } from "@/lib/practice/case-catalog";
import { getScenarios } from "@/lib/workday/catalog";
import type { AssignmentItemKind } from "@/lib/cohorts/schemas";

/** Something an instructor can put in an assignment, as the pickers and the learner's list show it. */
export type AssignableItem = { kind: AssignmentItemKind; ref: string; title: string; href: string; group: string };

/**
 * Where each kind of assignable work comes from, one function per kind. An item whose content has gone (a
 * scenario removed from the library) shows "not available yet" instead of failing.
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
  DENIAL_SCENARIO: {
    label: "Denial scenario",
    plural: "Denial scenarios",
    available: true,
    // The ref is the scenario id (stable across claim renumbering); the learner works it at its claim's page.
    list: () =>
      denialCatalog().scenarios.map((scenario) => ({
        kind: "DENIAL_SCENARIO" as const,
        ref: scenario.id,
        title: scenario.title,
        href: `/denials/${scenario.claim.claimNumber}`,
        group: DENIAL_CATEGORY_LABELS[scenario.category],
      })),
  },
  WORKDAY_SCENARIO: {
    label: "Workday scenario",
    plural: "Workday scenarios",
    available: true,
    // A day is started from the workday page (one run per start), so the link goes there.
    list: () =>
      getScenarios().map((scenario) => ({
        kind: "WORKDAY_SCENARIO" as const,
        ref: scenario.id,
        title: scenario.title,
        href: "/workday",
        group: scenario.setting,
      })),
  },
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
