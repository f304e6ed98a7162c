import type { Locator, Page } from "@playwright/test";
import { expect as baseExpect, expectNoSeriousAxeViolations, learnerTest as test } from "./fixtures";

const SHOTS = process.env.WORKDAY_SCREENSHOTS === "1";
// A day is many server round trips on a shared, busy machine: allow each step and the whole day more time.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

/** Moves keyboard focus to a control and operates it with a key, as a keyboard user would. */
async function press(target: Locator, key: "Enter" | "Space" = "Enter") {
  await target.focus();
  await target.press(key);
}

async function typeInto(target: Locator, text: string) {
  await target.focus();
  await target.page().keyboard.type(text);
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `docs/screenshots/workday-${name}.png`, fullPage: true });
}

async function playTutorial(page: Page, theme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto("/workday");
  await expect(page.getByRole("heading", { level: 1, name: "A day in the life" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await press(page.getByRole("button", { name: "Start the tutorial" }));
  await expect(page).toHaveURL(/\/workday\/[a-z0-9]+$/);
  const clock = page.getByLabel(/^Time /);
  await expect(clock).toHaveText("8:00 AM");
  await expect(page.getByRole("heading", { name: "Now: Log in and check the queue" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // 8:10: coding starts and the team lead's message arrives.
  await press(page.getByRole("button", { name: "Start coding" }));
  await expect(page.getByRole("heading", { name: "Now: Focused coding" })).toBeVisible();
  await expect(clock).toHaveText("8:10 AM");
  const inbox = page.getByRole("region", { name: "Inbox" });
  await press(inbox.getByRole("radio", { name: /Reply that you are on it/ }), "Space");
  await press(inbox.getByRole("button", { name: "Send" }));
  await expect(inbox.getByText("Good call")).toBeVisible();
  await expect(clock).toHaveText("8:11 AM");

  // One chart, in the practice screen's own coding form.
  await press(page.getByRole("button", { name: "Code Right knee arthroscopy for a medial meniscus tear" }));
  await expect(page.getByRole("article", { name: "Operative report" })).toContainText("horizontal flap pattern");
  await typeInto(page.getByLabel("Diagnosis A code"), "S83.241A");
  await press(page.getByRole("button", { name: "+ Add service line" }));
  await typeInto(page.getByLabel("Line 1 code"), "29881");
  await typeInto(page.getByLabel("Line 1 modifier 1"), "RT");
  await expect(page.getByRole("button", { name: "Line 1 points to diagnosis A" })).toHaveAttribute("aria-pressed", "true");
  if (theme === "light") await shot(page, "chart-light");
  await press(page.getByRole("button", { name: "Finish this chart" }));
  const queue = page.getByRole("region", { name: "Your queue" });
  await expect(queue.getByText("Coded")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  if (theme === "light") await shot(page, "day-light");

  // Denials: the brace that went out without a side.
  await press(page.getByRole("button", { name: "Finish the coding block" }));
  await expect(page.getByRole("heading", { name: "Now: Claim denials" })).toBeVisible();
  await press(page.getByRole("button", { name: /Work the denial: Knee brace without a side/ }));
  await press(page.getByRole("radio", { name: /went out without RT/ }), "Space");
  await page.getByLabel("Next step").selectOption({ label: "Send a corrected claim" });
  await typeInto(page.getByRole("region", { name: "Correct the claim" }).getByLabel("Line 1 modifier 1"), "RT");
  await expectNoSeriousAxeViolations(page);
  await press(page.getByRole("button", { name: "Send the work" }));
  await expect(page.getByText(/Worked: overturned/)).toBeVisible();

  // The provider-education call.
  await press(page.getByRole("button", { name: "Done with denials" }));
  await expect(page.getByRole("heading", { name: "Now: Provider education call" })).toBeVisible();
  for (const [index, topic] of [/State the side/, /Link a specific diagnosis/].entries()) {
    await press(page.getByRole("radio", { name: topic }), "Space");
    await press(page.getByRole("radio", { name: /Walk through one of their own notes/ }), "Space");
    await press(page.getByRole("button", { name: "Teach this" }));
    await expect(page.getByText("Landed", { exact: true })).toHaveCount(index + 1);
  }
  await expect(page.getByRole("heading", { name: "Their next notes" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  if (theme === "light") await shot(page, "call-light");

  // Wrap-up: the billing team's question, then log off.
  await press(page.getByRole("button", { name: "End the call" }));
  await expect(page.getByRole("heading", { name: "Now: Wrap-up" })).toBeVisible();
  const billing = page.getByRole("region", { name: "Billing team" });
  await press(billing.getByRole("radio", { name: /Add RT/ }), "Space");
  await press(billing.getByRole("button", { name: "Send" }));
  await expect(billing.getByText("Good call")).toBeVisible();
  await press(page.getByRole("button", { name: "Log off" }));
}

test("a learner plays the tutorial day with the keyboard, from the queue to the manager's report and /progress", async ({ page }) => {
  await playTutorial(page, "light");

  await expect(page).toHaveURL(/\/workday\/[a-z0-9]+\/report$/);
  // The eyebrow's words are also the document title, which Next's route announcer repeats: check the title and the h1.
  await expect(page).toHaveTitle("End-of-day report · Chartwise");
  await expect(page.getByRole("heading", { level: 1, name: "Your first morning: a short tutorial day" })).toBeVisible();
  const figures = page.getByRole("definition");
  await expect(page.getByText("1 of 1", { exact: true }).first()).toBeVisible();
  await expect(figures.filter({ hasText: "100%" }).first()).toBeVisible();
  await expect(page.getByText("1 of 1 resolved")).toBeVisible();
  await expect(page.getByRole("region", { name: "Audited charts" })).toContainText("Right knee arthroscopy for a medial meniscus tear");
  await expect(page.getByRole("region", { name: "What went well" }).getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Where the bars come from" })).toContainText("HCPro");
  await expect(page.getByRole("img", { name: /Charts an hour by day/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shot(page, "report-light");

  // The day is on /progress, and it is listed as finished at /workday.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("region", { name: "Workdays" }).getByRole("img", { name: /Audit accuracy \(%\) by day/ })).toBeVisible();
  await page.goto("/workday");
  await expect(page.getByRole("region", { name: "Days played" })).toContainText("Finished");
});

test("the day survives a reload, and another learner cannot open it", async ({ page, browser, newSignedInLearner }) => {
  await page.goto("/workday");
  await page.getByRole("button", { name: "Start the tutorial" }).click();
  await expect(page).toHaveURL(/\/workday\/[a-z0-9]+$/);
  const url = page.url();
  await page.getByRole("button", { name: "Start coding" }).click();
  await expect(page.getByLabel(/^Time /)).toHaveText("8:10 AM");
  await page.reload();
  await expect(page.getByLabel(/^Time /)).toHaveText("8:10 AM");
  await expect(page.getByRole("heading", { name: "Now: Focused coding" })).toBeVisible();
  await page.goto("/workday");
  await expect(page.getByRole("link", { name: "Resume the day" })).toBeVisible();

  const otherContext = await browser.newContext();
  await newSignedInLearner(otherContext);
  const other = await otherContext.newPage();
  const response = await other.goto(url);
  expect(response?.status()).toBe(404);
  await otherContext.close();
});

test("Alex's orthopaedic day opens with a queue of ten charts and the guide's timeline", async ({ page }) => {
  await page.goto("/workday");
  await press(page.getByRole("button", { name: "Start the day" }).first());
  await expect(page.getByRole("heading", { level: 1, name: /Alex's day/ })).toBeVisible();
  await press(page.getByRole("button", { name: "Start coding" }));
  await expect(page.getByLabel(/^Time /)).toHaveText("8:15 AM");
  const queue = page.getByRole("region", { name: "Your queue" });
  await expect(queue.getByRole("listitem")).toHaveCount(10);
  await expect(queue).toContainText("L4-L5 posterolateral fusion with pedicle screws and bone graft");
  await expectNoSeriousAxeViolations(page);
  await shot(page, "alex-light");
});

test("the report has no serious accessibility violations in the dark theme", async ({ page }) => {
  await playTutorial(page, "dark");
  await expect(page).toHaveURL(/\/report$/);
  await expectNoSeriousAxeViolations(page);
  await shot(page, "report-dark");
  if (SHOTS) {
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "report-phone");
  }
});
