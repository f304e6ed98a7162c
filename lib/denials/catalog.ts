import { loadDenialScenarios, loadPayers, loadTeachingTables } from "@/lib/claims/load-content";
import type { DenialScenario } from "@/lib/claims/scenario-schema";
import type { Payer } from "@/lib/claims/schemas";
import type { EditTables } from "@/lib/claims/tables";

type Catalog = {
  scenarios: DenialScenario[];
  byClaim: Map<string, DenialScenario>;
  byId: Map<string, DenialScenario>;
  payers: Map<string, Payer>;
  teaching: EditTables;
};
let catalog: Catalog | undefined;

/** The scenario library, the payers and the teaching edit tables, read once per process. */
export function denialCatalog(): Catalog {
  if (!catalog) {
    const scenarios = loadDenialScenarios();
    catalog = {
      scenarios,
      byClaim: new Map(scenarios.map((scenario) => [scenario.claim.claimNumber, scenario])),
      byId: new Map(scenarios.map((scenario) => [scenario.id, scenario])),
      payers: loadPayers(),
      teaching: loadTeachingTables(),
    };
  }
  return catalog;
}

export const findScenarioByClaim = (claimNumber: string): DenialScenario | undefined => denialCatalog().byClaim.get(claimNumber.toUpperCase());
export const findScenario = (id: string): DenialScenario | undefined => denialCatalog().byId.get(id);
