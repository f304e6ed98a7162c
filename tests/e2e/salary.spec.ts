import type { Page } from "@playwright/test";
import { expect, expectNoSeriousAxeViolations, learnerTest, test } from "./fixtures";

const dollars = (text: string) => Number(text.replace(/[^0-9]/g, ""));

/** Typical pay of each path in the table alternative for one year (columns: low, typical, high per path). */
async function typicalInYear(page: Page, year: number): Promise<number[]> {
  const table = page.getByRole("region", { name: "Projected pay by year" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Year ${year}`, exact: true }) });
  const cells = await row.getByRole("cell").allInnerTexts();
  return cells.filter((_, index) => index % 3 === 1).map(dollars);
}

learnerTest("a learner sets a profile, sees the projection, adds CPC in a what-if and saves the comparison", async ({ page }) => {
  learnerTest.slow(); // two pages, a save and two axe passes: long on a busy machine

  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Your career profile" })).toBeVisible();
  await page.getByLabel("State", { exact: true }).selectOption("nj");
  await page.getByLabel("Years of experience").fill("1");
  await page.getByLabel("Pay goal (dollars a year)").fill("70000");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("State", { exact: true })).toHaveValue("nj");
  await expect(page.getByLabel("Years of experience")).toHaveValue("1");
  await expect(page.getByLabel("Pay goal (dollars a year)")).toHaveValue("70000");
  await expect(page.getByRole("checkbox", { name: "CPC", exact: true })).not.toBeChecked();
  await expectNoSeriousAxeViolations(page);

  // A bad value is named at its field and nothing is saved.
  await page.getByLabel("Pay goal (dollars a year)").fill("5");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("The pay goal is a yearly amount in whole dollars")).toBeVisible();
  await expect(page.getByLabel("Pay goal (dollars a year)")).toHaveAttribute("aria-invalid", "true");

  await page.getByRole("link", { name: "See your salary projection" }).click();
  await expect(page).toHaveURL(/\/salary$/);
  await expect(page.getByLabel("State", { exact: true })).toHaveValue("nj");
  await expect(page.getByLabel("Years of experience")).toHaveValue("1");
  const chart = page.getByRole("img", { name: /^Salary projection, years 0 to 25/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByTestId("goal-status")).toHaveCount(1);

  await page.getByText("Show the yearly figures as a table").click();
  await expect(page.getByRole("region", { name: "Projected pay by year" })).toBeVisible();
  expect(await typicalInYear(page, 2)).toHaveLength(1);

  await page.getByRole("button", { name: "Add a path" }).click();
  await page.getByLabel("Path 2 name").fill("CPC next year");
  await page.getByRole("button", { name: "Add a change to path 2" }).click();
  await page.getByLabel("Path 2, change 1: kind").selectOption("credential");
  await page.getByLabel("Path 2, change 1: value").selectOption("cpc");
  await page.getByLabel("Path 2, change 1: year").selectOption("1");
  await expect(page.getByRole("group", { name: "Add CPC in year 1" })).toBeVisible();
  await expect(page.getByTestId("goal-status")).toHaveCount(2);

  const [noCredentialNow, cpcNow] = await typicalInYear(page, 0);
  expect(cpcNow).toBe(noCredentialNow);
  for (const year of [2, 10]) {
    const [noCredential, withCpc] = await typicalInYear(page, year);
    expect(withCpc).toBeGreaterThan(noCredential!);
  }
  await expect(chart).toHaveAttribute("aria-label", /CPC next year: typical/);

  await page.getByLabel("Scenario name").fill("NJ: CPC next year");
  await page.getByRole("button", { name: "Save this comparison" }).click();
  await expect(page.getByText("Scenario saved")).toBeVisible();
  await page.reload();
  const saved = page.getByRole("list", { name: "Saved scenarios" });
  await expect(saved.getByRole("link", { name: "NJ: CPC next year", exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await saved.getByRole("link", { name: "Open NJ: CPC next year" }).click();
  await expect(page.getByText("Showing your saved scenario “NJ: CPC next year”")).toBeVisible();
  await expect(page.getByLabel("Path 2 name")).toHaveValue("CPC next year");
  await expect(page.getByRole("group", { name: "Add CPC in year 1" })).toBeVisible();
});

test("a what-if adding a credential already held says so, and a role change is the only way to manager pay", async ({ page }) => {
  await page.goto("/salary");
  await page.getByRole("checkbox", { name: /^CCS Certified Coding Specialist$/ }).check();
  await page.getByLabel("Years of experience").fill("12");
  await page.getByRole("button", { name: "Add a path" }).click();
  await page.getByRole("button", { name: "Add a change to path 2" }).click();
  await page.getByLabel("Path 2, change 1: value").selectOption("ccs");
  await expect(page.getByText("You already hold CCS by year 1, so this change does nothing.")).toBeVisible();
  await expect(page.getByTestId("same-as-start")).toHaveText("Same as your starting point: you already hold CCS.");
  const chart = page.getByRole("img", { name: /^Salary projection, years 0 to 25/ });
  await expect(chart).not.toHaveAttribute("aria-label", /Path 2: typical/);

  await page.getByLabel("Path 2, change 1: kind").selectOption("role");
  await page.getByLabel("Path 2, change 1: value").selectOption("manager");
  await expect(page.getByRole("group", { name: /Become a coding manager/ })).toBeVisible();
  await expect(chart).toHaveAttribute("aria-label", /Path 2: typical/);
  await page.getByText("Show the yearly figures as a table").click();
  const [frontline, manager] = await typicalInYear(page, 5);
  expect(manager).toBeGreaterThan(frontline!);
  expect(frontline).toBeLessThanOrEqual(85_000);
  await expectNoSeriousAxeViolations(page);
});

test("signed out, /salary projects pay from the inputs and offers no saving", async ({ page }) => {
  await page.goto("/salary");
  await expect(page.getByRole("heading", { level: 1, name: "Your salary projection" })).toBeVisible();
  await expect(page.getByLabel("State", { exact: true })).toHaveValue("");
  await expect(page.getByRole("img", { name: /^Salary projection, years 0 to 25/ })).toBeVisible();
  await expect(page.getByText("Nothing here is saved")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save this comparison" })).toHaveCount(0);
  await page.getByRole("button", { name: "Compare the three examples" }).click();
  await expect(page.getByLabel("Path 3 name")).toHaveValue("CCS and hospital inpatient");
  await expect(page.getByRole("heading", { name: "Sources of these figures" })).toBeVisible();
  await expect(page.getByText(/as reported in the career guide \(citing/).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Read how the model works" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How your salary projection is worked out" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Limits: what this model cannot tell you" })).toBeVisible();
  await expect(page.getByText(/as reported in the career guide/).first()).toBeVisible();
});

test("/salary fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/salary");
  await expect(page.getByRole("img", { name: /^Salary projection/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
