import { expect, test, type Locator, type Page } from "@playwright/test";

const results = (scope: Page | Locator) => scope.getByRole("listbox", { name: "Matching codes" }).getByRole("option");

test("a learner finds a code from /codes with the keyboard alone", async ({ page }) => {
  await page.goto("/codes");
  const search = page.getByRole("combobox", { name: "Search ICD-10-CM, HCPCS Level II and CPT codes" });
  await expect(search).toBeFocused();
  await page.keyboard.type("other tear medial meniscus right knee initial");
  // The results settle on the whole query (answers to the first words can arrive while typing) before the arrows.
  await expect(results(page).first()).toContainText("S83.241A");
  // The first result is active as the results arrive; the arrows move from there.
  const target = results(page).first();
  await expect(target).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await expect(target).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/codes\/S83\.241A\?system=icd10cm$/);
  await expect(page.getByRole("heading", { level: 1, name: "S83.241A" })).toBeVisible();
  await expect(page.getByText("Other tear of medial meniscus, current injury, right knee, initial encounter").first()).toBeVisible();
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "S83.241" }).click();
  await expect(page.getByText("S83.241 cannot be billed")).toBeVisible();
  await expect(page.getByRole("link", { name: "S83.241D" }).first()).toBeVisible();
});

test("shorthand, typos and filters work, and Escape clears the search", async ({ page }) => {
  await page.goto("/codes");
  const search = page.getByRole("combobox", { name: "Search ICD-10-CM, HCPCS Level II and CPT codes" });
  await search.fill("HTN");
  await expect(results(page).first()).toContainText("I10");
  await search.fill("pnemonia");
  await expect(results(page).filter({ hasText: "pneumonia" }).first()).toBeVisible();
  await page.getByRole("combobox", { name: "Code set" }).selectOption("hcpcs");
  await search.fill("crutches");
  await expect(results(page).first()).toContainText("HCPCS");
  await search.press("Escape");
  await expect(search).toHaveValue("");
  await expect(results(page)).toHaveCount(0);
});

test("the code API answers JSON and rejects bad parameters with a 400", async ({ request }) => {
  const found = await request.get("/api/codes/search?q=j45909&system=icd10cm&billable=1&limit=5");
  expect(found.status()).toBe(200);
  const body = await found.json();
  expect(body.results[0]).toMatchObject({ code: "J45.909", system: "icd10cm", description: "Unspecified asthma, uncomplicated", billable: true });
  expect(body.results[0].path.map((step: { label: string }) => step.label)).toEqual(["Chapter 10", "J40-J4A", "J45", "J45.9", "J45.90", "J45.909"]);

  for (const [query, message] of [
    ["q=", "q (the search text) is required"],
    ["q=asthma&system=icd9", "system must be icd10cm, hcpcs or cpt"],
    ["q=asthma&limit=0", "limit must be a whole number from 1 to 100"],
    ["q=asthma&billable=yes", "billable must be 1 or 0"],
  ]) {
    const response = await request.get(`/api/codes/search?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error).toBe(message);
  }

  const detail = await request.get("/api/codes/S83.241");
  expect(detail.status()).toBe(200);
  expect((await detail.json()).children.map((child: { code: string }) => child.code)).toEqual(["S83.241A", "S83.241D", "S83.241S"]);
  expect((await request.get("/api/codes/ZZ9.99")).status()).toBe(404);
  expect((await request.get("/api/codes/not%20a%20code")).status()).toBe(400);
});

test("the lookup opens as a panel from anywhere with '/', and Enter takes the chosen code", async ({ page }) => {
  await page.goto("/guide");
  const panel = page.getByRole("dialog", { name: "Look up a code" });
  // The shortcut works once the page is interactive; until then a key press does nothing, so try again.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(panel).toBeVisible({ timeout: 5_000 });
  }).toPass();
  const search = panel.getByRole("combobox", { name: "Search codes" });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("");
  await page.keyboard.type("j45909");
  await expect(results(panel).first()).toContainText("J45.909");
  await page.keyboard.press("Escape");
  await expect(search).toHaveValue("");
  await page.keyboard.type("J45.909");
  await expect(results(panel).first()).toContainText("J45.909");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/codes\/J45\.909\?system=icd10cm$/);
  await expect(panel).toBeHidden();

  await page.getByRole("button", { name: "Look up a code" }).click();
  await expect(page.getByRole("dialog", { name: "Look up a code" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Look up a code" })).toBeHidden();
});
