import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, newLearner, signUp } from "./fixtures";

const KNEE_CASE = "/practice/ortho-knee-scope-medial-meniscus";
// Screenshots for the README when SCREENSHOTS=1 (npx playwright test tests/e2e/practice-screen.spec.ts).
const SHOTS = process.env.SCREENSHOTS === "1";

async function newLearnerOn(page: Page, path: string) {
  await signUp(page, newLearner());
  await expect(page).not.toHaveURL(/sign-up/);
  await page.goto(path);
}

/** In the open lookup panel: search and choose the result with the given code. */
async function choose(page: Page, query: string, code: string) {
  const panel = page.getByRole("dialog", { name: "Look up a code" });
  await expect(panel).toBeVisible();
  await panel.getByRole("combobox", { name: "Search codes" }).fill(query);
  await panel.getByRole("option").filter({ hasText: code }).first().click();
  await expect(panel).toBeHidden();
}

test("focus follows the work: a new line's code field, the lookup fills the line being edited, the result after submitting", async ({ page }) => {
  await newLearnerOn(page, KNEE_CASE);

  // "+ Add service line" puts the cursor in the new line's code field.
  await page.getByRole("button", { name: "+ Add service line" }).click();
  await expect(page.getByLabel("Line 1 code")).toBeFocused();

  // "/" in a code field opens the lookup for that line; the choice fills it and the page stays on the case.
  await page.keyboard.press("/");
  await choose(page, "29881", "29881");
  await expect(page.getByLabel("Line 1 code")).toHaveValue("29881");
  await expect(page.getByLabel("Line 1 code")).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`${KNEE_CASE}$`));

  // "/" outside a text field (on the diagnosis line's lookup button) fills the diagnosis being edited.
  await page.getByLabel("Diagnosis A code").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Look up a code for diagnosis A" })).toBeFocused();
  await page.keyboard.press("/");
  await choose(page, "S83.241A", "S83.241A");
  await expect(page.getByLabel("Diagnosis A code")).toHaveValue("S83.241A");
  await expect(page).toHaveURL(new RegExp(`${KNEE_CASE}$`));

  // The header's lookup, while a service line is being edited, fills that line instead of leaving the case.
  await page.getByLabel("Line 1 modifier 1").fill("RT");
  await page.getByLabel("Line 1 code").fill("");
  await page.getByRole("banner").getByRole("button", { name: "Look up a code" }).click();
  await choose(page, "29881", "29881");
  await expect(page.getByLabel("Line 1 code")).toHaveValue("29881");
  await expect(page).toHaveURL(new RegExp(`${KNEE_CASE}$`));

  // After submitting, focus is on the result.
  await page.getByRole("button", { name: "Submit for grading" }).click();
  await expect(page.getByTestId("attempt-score")).toHaveText("100/100");
  await expect(page.getByTestId("feedback-heading")).toBeFocused();
  // What the case teaches appears only now, with the rule each line relies on.
  await expect(page.getByTestId("case-debrief")).toContainText("What this case teaches");
  await page.getByTestId("verdict").first().getByText("Why").click();
  await expect(page.getByTestId("guideline-citation").first()).toContainText(/Section I\.C\.19\.a: Application of 7th Characters in Chapter 19/);
  if (SHOTS) await page.screenshot({ path: "docs/screenshots/practice-feedback-light.png", fullPage: false });
});

test("the feedback's pointer letters are the form's letters, even after a blank row is dropped", async ({ page }) => {
  await newLearnerOn(page, KNEE_CASE);
  // Row A stays blank; the diagnosis goes on row B and the line points to B.
  await page.getByRole("button", { name: "+ Add diagnosis" }).click();
  await expect(page.getByLabel("Diagnosis B code")).toBeFocused();
  await page.keyboard.type("S83.241A");
  await page.getByRole("button", { name: "+ Add service line" }).click();
  await page.keyboard.type("29881");
  await page.getByLabel("Line 1 modifier 1").fill("RT");
  await page.getByRole("button", { name: "Line 1 points to diagnosis A" }).click();
  await page.getByRole("button", { name: "Line 1 points to diagnosis B" }).click();
  await page.getByRole("button", { name: "Submit for grading" }).click();

  await expect(page.getByTestId("attempt-score")).toHaveText("100/100");
  const serviceLine = page.getByTestId("verdict").filter({ hasText: "Service line" });
  await expect(serviceLine).toContainText("29881-RT × 1 → B");
});

test("on a phone the chart and the claim form are two tabs, and the chart text wraps to the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await newLearnerOn(page, KNEE_CASE);
  const tabs = page.getByRole("tablist", { name: "Case workspace" });
  await expect(tabs).toBeVisible();
  await expect(page.getByRole("tab", { name: "Chart" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("article", { name: "Operative report" })).toBeVisible();
  await expect(page.getByLabel("Diagnosis A code")).toBeHidden();

  // The chart reflows: no line sticks out of the column, so the page never scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const chartText = page.getByTestId("chart-text").first();
  await expect(chartText).toContainText("Right knee posterior horn medial meniscus tear, horizontal flap pattern, current injury.");
  if (SHOTS) await page.screenshot({ path: "docs/screenshots/practice-phone-chart.png" });

  await page.getByRole("tab", { name: "Claim form" }).click();
  await expect(page.getByLabel("Diagnosis A code")).toBeVisible();
  await expect(page.getByRole("article", { name: "Operative report" })).toBeHidden();
  // "/" from the page (not a text field) opens the lookup for the line being edited, here the first diagnosis.
  await page.getByRole("tab", { name: "Claim form" }).focus();
  await page.keyboard.press("/");
  await choose(page, "S83.241A", "S83.241A");
  await expect(page.getByLabel("Diagnosis A code")).toHaveValue("S83.241A");
  if (SHOTS) await page.screenshot({ path: "docs/screenshots/practice-phone-claim.png" });
  await expectNoSeriousAxeViolations(page);
});

test("the case page has no serious accessibility problems in the dark theme, with the chart reflowed", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await newLearnerOn(page, KNEE_CASE);
  await expect(page.getByRole("tablist", { name: "Case workspace" })).toBeHidden();
  await expect(page.getByLabel("Diagnosis A code")).toBeVisible();
  await expect(page.getByRole("article", { name: "Operative report" })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: "docs/screenshots/practice-dark.png" });
  await expectNoSeriousAxeViolations(page);
});
