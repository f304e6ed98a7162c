import type { Database } from "@/lib/db/client";

/** The current version of each loaded code set, for display. */
export async function getCodeSetVersions(db: Database) {
  const rows = await db.codeSetVersion.findMany({
    orderBy: { importedAt: "desc" },
    distinct: ["system"],
    select: { system: true, version: true, total: true, importedAt: true },
  });
  const order = ["icd10cm", "hcpcs", "cpt"];
  return rows.sort((a, b) => order.indexOf(a.system) - order.indexOf(b.system));
}
