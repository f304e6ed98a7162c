import { expect, learnerTest, test } from "./fixtures";

test("the catalog lists the CPC with its exam format at a glance", async ({ page }) => {
  await page.goto("/certifications");
  await expect(page.getByRole("heading", { level: 1, name: "Coding and billing credentials" })).toBeVisible();
  const cpc = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^CPC\b.*Certified Professional Coder$/ }) });
  await expect(cpc).toHaveCount(1);
  await expect(cpc).toContainText("100 questions");
  await expect(cpc).toContainText("4 hours");
  await expect(cpc).toContainText("70% to pass");
  await expect(cpc).toContainText("$64,712");

  await page.getByRole("link", { name: "AHIMA", exact: true }).click();
  await expect(page).toHaveURL(/body=AHIMA/);
  await expect(page.getByRole("link", { name: "CCS — Certified Coding Specialist", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /^CPC\b.*Certified Professional Coder$/ })).toHaveCount(0);
});

test("the CPC page shows the salary with its source, and asks a visitor to sign in for readiness", async ({ page }) => {
  await page.goto("/certifications/cpc");
  await expect(page.getByRole("heading", { level: 1, name: "CPC: Certified Professional Coder" })).toBeVisible();
  const salary = page.locator("aside").getByText("$64,712");
  await expect(salary).toBeVisible();
  await expect(page.locator("aside").getByText("as reported in the career guide (citing AAPC)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sign in to see your readiness" })).toBeVisible();
});

learnerTest("a new learner sees no score yet, the evidence a score needs, and a breakdown by skill", async ({ page }) => {
  await page.goto("/certifications/cpc");
  await expect(page.getByTestId("readiness-score")).toHaveCount(0);
  const evidence = page.getByTestId("readiness-evidence");
  await expect(evidence).toContainText("Not started");
  await expect(evidence).toContainText("at least 10 charts and at least 5 lines in every coding area");
  await expect(evidence.getByRole("progressbar", { name: "Charts coded toward a score" })).toHaveAttribute("aria-valuetext", "0 of 10");
  await expect(evidence).toContainText("Code 10 more charts (0 of 10 so far).");
  const breakdown = page.getByRole("region", { name: "Readiness breakdown by skill" });
  await expect(breakdown.getByRole("rowheader")).toHaveCount(8);
  await expect(breakdown).toContainText("No lines coded yet in CPT Surgery");
  await expect(breakdown.getByRole("link", { name: "Read: The Code Sets and How a Chart Becomes Codes" })).toHaveAttribute("href", "/guide/code-sets");
  await expect(page.getByText("Make the CPC your target to get a plan")).toBeVisible();
});

test("an unknown credential is a 404", async ({ page }) => {
  const response = await page.goto("/certifications/xyz");
  expect(response?.status()).toBe(404);
});

learnerTest("a learner makes the CPC their target from its page and gets a weekly plan to the exam date", async ({ page }) => {
  await page.goto("/certifications/cpc");
  await page.getByRole("link", { name: "Set as my target" }).click();
  await expect(page).toHaveURL(/\/profile\?target=cpc$/);
  await expect(page.getByText("CPC is chosen as your target")).toBeVisible();
  await expect(page.getByLabel("Target credential")).toHaveValue("cpc");
  const examDate = new Date(Date.now() + 21 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Exam date").fill(examDate);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();

  await page.goto("/certifications/cpc");
  await expect(page.getByRole("heading", { name: "Weekly study plan" })).toBeVisible();
  await expect(page.getByText(/^Week 1\b/).first()).toBeVisible();
  // The plan names real charts and lessons, and never a practice exam Chartwise does not have.
  const plan = page.getByRole("region", { name: "Weekly study plan" });
  await expect(plan.locator('a[href^="/practice/"]').first()).toBeVisible();
  await expect(plan).not.toContainText(/full (timed )?practice exam/i);
  // This week and next list every task; later weeks are a line each (the exam week last) until asked for.
  const later = plan.getByRole("heading", { name: "Later weeks" });
  await expect(later).toBeVisible();
  await expect(plan.getByText(/^Week 3$/)).toBeVisible();
  await expect(plan.getByText(/^\d+ tasks? · about /).first()).toBeVisible();
  const fullTasksBefore = await plan.locator('a[href^="/practice/"], a[href^="/guide/"]').count();
  await plan.getByRole("link", { name: "Show every week's tasks" }).click();
  await expect(page).toHaveURL(/\/certifications\/cpc\?plan=all#plan-heading$/);
  await expect(later).toBeHidden();
  expect(await plan.locator('a[href^="/practice/"], a[href^="/guide/"]').count()).toBeGreaterThan(fullTasksBefore);
  await plan.getByRole("link", { name: "Show this week and next only" }).click();
  await expect(later).toBeVisible();
  await plan.locator('a[href^="/practice/"]').first().click();
  await expect(page.getByRole("button", { name: "Submit for grading" })).toBeVisible();
});
