import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./fixtures";

const results = (scope: Page | Locator) => scope.getByRole("listbox", { name: "Matching codes" }).getByRole("option");

test("a fresh start holds the complete official code sets", async ({ request }) => {
  for (const code of ["S52.531A", "Z86.0101", "E0143", "J3301"]) {
    const response = await request.get(`/api/codes/${code}`);
    expect(response.status(), code).toBe(200);
    expect((await response.json()).code).toBe(code);
  }
  const header = await (await request.get("/api/codes/S52.5?page=9")).json();
  expect(header.billableDescendants).toMatchObject({ total: 450, page: 9, pages: 9 });
  expect(header.billableDescendants.items).toHaveLength(50);
  expect((await request.get("/api/codes/S52.5?page=0")).status()).toBe(400);
});

test("coders' words find the code: a history Z code, and a drug with its dose billed in units", async ({ page }) => {
  await page.goto("/codes");
  const search = page.getByRole("combobox", { name: "Search ICD-10-CM, HCPCS Level II and CPT codes" });
  await search.fill("personal history of colon polyps");
  await expect(results(page).first()).toContainText(/Z86\.010\d/);

  await search.fill("ketorolac 30 mg");
  const ketorolac = results(page).first();
  await expect(ketorolac).toContainText("J1885");
  await expect(ketorolac).toContainText("× 2 units");
  const preview = page.getByRole("region", { name: "About J1885" });
  await expect(preview).toContainText("Bill J1885 × 2 for 30 mg. 30 mg ÷ 15 mg per unit = 2 units.");
  await expectNoSeriousAxeViolations(page);
});

test("a header lists every billable code below it, page by page, with the count from the file", async ({ page }) => {
  await page.goto("/codes/S52.5?system=icd10cm");
  await expect(page.getByText("S52.5 cannot be billed")).toBeVisible();
  const list = page.locator("#billable-codes");
  await expect(list.getByRole("heading", { name: "All 450 billable codes under S52.5" })).toBeVisible();
  await expect(list).toContainText("Codes 1–50 of 450");
  await expect(list.getByRole("link", { name: "S52.501A" })).toBeVisible();
  const pages = list.getByRole("navigation", { name: "Pages of billable codes under S52.5" });
  await expect(pages).toContainText("Page 1 of 9");
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(pages).toContainText("Page 2 of 9");
  await expect(list).toContainText("Codes 51–100 of 450");
  await expect(page.getByText("Read Section I.C.19 of the FY2026 ICD-10-CM Official Guidelines")).toBeVisible();
  await expect(page.getByText(/Tabular List notes .* are not loaded on this installation/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("a drug code's page turns a documented dose into units and says how it rounded", async ({ page }) => {
  await page.goto("/codes/J1885?system=hcpcs");
  await expect(page.getByText("J1885 is billed per 15 mg a unit.")).toBeVisible();
  await page.getByLabel("Dose given").fill("20 mg");
  await page.getByRole("button", { name: "Work out units" }).click();
  await expect(page.getByRole("status").filter({ hasText: "J1885 × 2" })).toContainText("20 mg ÷ 15 mg per unit = 1.33, rounded up to 2 units");
  await expectNoSeriousAxeViolations(page);
});
