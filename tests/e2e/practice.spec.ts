import type { Page } from "@playwright/test";
import { DEMO_ADMIN, expect, expectNoSeriousAxeViolations, learnerTest as test, signIn } from "./fixtures";

const KNEE_CASE = "/practice/ortho-knee-scope-medial-meniscus";

/** Opens the lookup panel from a form line, searches, and chooses the result with the given code. */
async function lookUp(page: Page, buttonName: string, query: string, code: string) {
  await page.getByRole("button", { name: buttonName }).click();
  const panel = page.getByRole("dialog", { name: "Look up a code" });
  await panel.getByRole("combobox", { name: "Search codes" }).fill(query);
  await panel.getByRole("option").filter({ hasText: code }).first().click();
  await expect(panel).toBeHidden();
}

async function codeKneeCase(page: Page, diagnosis: string) {
  await lookUp(page, "Look up a code for diagnosis A", diagnosis, diagnosis);
  await expect(page.getByLabel("Diagnosis A code")).toHaveValue(diagnosis);
  await page.getByRole("button", { name: "+ Add service line" }).click();
  await lookUp(page, "Look up a code for line 1", "29881", "29881");
  await expect(page.getByLabel("Line 1 code")).toHaveValue("29881");
  await page.getByLabel("Line 1 modifier 1").fill("RT");
  await expect(page.getByRole("button", { name: "Line 1 points to diagnosis A" })).toHaveAttribute("aria-pressed", "true");
}

test("a learner codes the knee arthroscopy with the lookup panel and gets line-by-line feedback", async ({ page }) => {
  await page.goto(KNEE_CASE);
  await expect(page.getByRole("heading", { level: 1, name: "Right knee arthroscopy for a medial meniscus tear" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Operative report" })).toContainText("horizontal flap pattern");
  // Opening the case records nothing: the clock waits for the first entry, also after a reload.
  await expect(page.getByTestId("case-timer")).toContainText("0:00");
  await page.reload();
  await expect(page.getByTestId("case-timer")).toContainText("0:00");

  await codeKneeCase(page, "S83.241A");
  await page.getByRole("button", { name: "Submit for grading" }).click();

  await expect(page.getByTestId("attempt-score")).toHaveText("100/100");
  const verdicts = page.getByTestId("verdict");
  await expect(verdicts).toHaveCount(2);
  await expect(verdicts.first()).toHaveAttribute("data-status", "correct");
  await expect(verdicts.first()).toContainText("S83.241A");
  // The rationale's quoted words are highlighted in the chart.
  await expect(page.locator("mark", { hasText: "horizontal flap pattern, current injury" })).toBeVisible();
  await verdicts.first().getByRole("button", { name: "Show in chart" }).click();
  await expect(page.locator("mark[data-focused='true']").first()).toBeVisible();
  await expect(page.getByText("How this score is worked out")).toBeVisible();

  // The attempt is in the history.
  await expect(page.getByRole("region", { name: "Your attempts at this case" }).getByRole("row")).toHaveCount(2);

  // /progress picks the attempt up: the chart, the streak and the recent activity.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("img", { name: /Average score by day\. Chart coding: .* 100/ })).toBeVisible();
  await expect(page.getByText("1 day", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent activity" })).toContainText("Right knee arthroscopy for a medial meniscus tear");
  // At phone width the page reflows: the time-per-case table scrolls inside its own box, the page never sideways.
  await page.setViewportSize({ width: 390, height: 780 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("a wrong 7th character earns partial credit, and the learner can dispute the line and retry", async ({ page }) => {
  await page.goto(KNEE_CASE);
  await codeKneeCase(page, "S83.241D");
  await page.getByRole("button", { name: "Submit for grading" }).click();

  const diagnosis = page.getByTestId("verdict").first();
  await expect(diagnosis).toHaveAttribute("data-status", "partial");
  await expect(diagnosis).toContainText("Partly correct");
  await expect(diagnosis).toContainText("7th character");
  const score = Number((await page.getByTestId("attempt-score").textContent())!.split("/")[0]);
  expect(score).toBeGreaterThan(0);
  expect(score).toBeLessThan(100);

  await diagnosis.getByRole("button", { name: "Dispute this line" }).click();
  const dialog = page.getByRole("dialog", { name: "Dispute this line of the key" });
  await dialog.getByLabel("What is wrong with it, and why?").fill("short");
  await dialog.getByRole("button", { name: "Send dispute" }).click();
  await expect(dialog.getByText(/at least 10 characters/)).toBeVisible();
  await dialog.getByLabel("What is wrong with it, and why?").fill("I think the follow-up visit character D could apply here.");
  await dialog.getByRole("button", { name: "Send dispute" }).click();
  await expect(dialog).toBeHidden();
  await expect(diagnosis).toContainText("You disputed this line.");

  await page.getByRole("button", { name: "Try this case again" }).click();
  await expect(page.getByLabel("Diagnosis A code")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Submit for grading" })).toBeEnabled();
});

test("a draft survives a reload, lines reorder with their pointers, and malformed codes get a clear message", async ({ page }) => {
  await page.goto(KNEE_CASE);
  await page.getByLabel("Diagnosis A code").fill("knee");
  await page.getByRole("button", { name: "+ Add diagnosis" }).click();
  await page.getByLabel("Diagnosis B code").fill("S83.241A");
  await page.getByRole("button", { name: "+ Add service line" }).click();
  await page.getByLabel("Line 1 code").fill("29881");
  await page.getByRole("button", { name: "Line 1 points to diagnosis B" }).click();
  await page.getByRole("button", { name: "Line 1 points to diagnosis A" }).click(); // unpoint A, leaving B
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved");

  await page.reload();
  await expect(page.getByLabel("Diagnosis A code")).toHaveValue("KNEE");
  await expect(page.getByLabel("Diagnosis B code")).toHaveValue("S83.241A");
  await expect(page.getByRole("button", { name: "Line 1 points to diagnosis B" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Move diagnosis B up" }).click();
  await expect(page.getByLabel("Diagnosis A code")).toHaveValue("S83.241A");
  await expect(page.getByRole("button", { name: "Line 1 points to diagnosis A" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Line 1 points to diagnosis B" })).toHaveAttribute("aria-pressed", "false");

  await page.getByRole("button", { name: "Submit for grading" }).click();
  await expect(page.getByText(/"KNEE" is not shaped like an ICD-10-CM code/)).toBeVisible();
  await expect(page.getByTestId("attempt-score")).toHaveCount(0);
});

test("the case library filters, recommends a case, and links each weak family to practice", async ({ page }) => {
  await page.goto("/practice");
  await expect(page.getByText("Next recommended case")).toBeVisible();
  await page.getByLabel("Specialty").selectOption("orthopaedics");
  await expect(page).toHaveURL(/specialty=orthopaedics/);
  await page.getByLabel("Difficulty").selectOption("beginner");
  const library = page.getByRole("region", { name: "Cases" });
  await expect(library.getByRole("link", { name: "Right knee arthroscopy for a medial meniscus tear" })).toBeVisible();
  await expect(library.getByRole("link", { name: /BLS emergency transport/ })).toHaveCount(0);
  await page.getByLabel("Status").selectOption("mastered");
  await expect(page.getByText("No cases match these filters")).toBeVisible();

  // One weak attempt: modifiers left off.
  await page.goto(KNEE_CASE);
  await page.getByLabel("Diagnosis A code").fill("S83.241A");
  await page.getByRole("button", { name: "+ Add service line" }).click();
  await page.getByLabel("Line 1 code").fill("29881");
  await page.getByRole("button", { name: "Submit for grading" }).click();
  await expect(page.getByTestId("attempt-score")).toBeVisible();

  await page.goto("/practice");
  const families = page.getByRole("region", { name: "Code families, weakest first" });
  await expect(families.getByRole("row").nth(1)).toContainText("Modifiers");
  await families.getByRole("row").nth(1).getByRole("link", { name: "Practise this" }).click();
  await expect(page).toHaveURL(/family=modifiers/);
  await expect(page.getByText(/exercising Modifiers/)).toBeVisible();
  await page.getByLabel("Status").selectOption("attempted");
  await expect(page.getByRole("link", { name: "Right knee arthroscopy for a medial meniscus tear" })).toBeVisible();
});

test("another learner's attempt is not found, and admins see disputes with the case version", async ({ page, browser, newSignedInLearner }) => {
  test.setTimeout(120_000); // three sessions: the learner, another learner and the admin
  await page.goto(KNEE_CASE);
  await page.getByLabel("Diagnosis A code").fill("S83.241A");
  await page.getByRole("button", { name: "Submit for grading" }).click();
  await page.getByTestId("verdict").first().getByRole("button", { name: "Dispute this line" }).click();
  const note = `Please check this line again ${Date.now()}`;
  await page.getByLabel("What is wrong with it, and why?").fill(note);
  await page.getByRole("button", { name: "Send dispute" }).click();
  await expect(page.getByText("You disputed this line.")).toBeVisible();
  await page.reload();
  const reviewHref = await page.getByRole("link", { name: "Review" }).first().getAttribute("href");

  const otherContext = await browser.newContext();
  await newSignedInLearner(otherContext);
  const other = await otherContext.newPage();
  const response = await other.goto(reviewHref!);
  expect(response!.status()).toBe(404);
  await otherContext.close();

  const admin = await browser.newPage();
  await admin.goto("/sign-in?callbackUrl=/admin/disputes");
  await signIn(admin, DEMO_ADMIN);
  await expect(admin.getByRole("heading", { name: "Answer-key disputes" })).toBeVisible();
  const group = admin.getByTestId("dispute-group").filter({ hasText: note });
  await expect(group).toContainText("S83.241A");
  const dispute = group.getByTestId("dispute").filter({ hasText: note });
  await expect(dispute).toContainText(/key v\d+/);
  await dispute.getByLabel("Reply to the learner").fill("Agreed: the key will be corrected.");
  await dispute.getByRole("button", { name: "Accept" }).click();
  await expect(admin.getByTestId("dispute").filter({ hasText: note })).toHaveCount(0);
  await admin.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`no serious accessibility violations on the practice and progress pages (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/practice");
    await expectNoSeriousAxeViolations(page);
    await page.goto(KNEE_CASE);
    await page.getByLabel("Diagnosis A code").fill("S83.241D");
    await page.getByRole("button", { name: "+ Add service line" }).click();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Submit for grading" }).click();
    await expect(page.getByTestId("attempt-score")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.goto("/progress");
    await expectNoSeriousAxeViolations(page);
  });
}
