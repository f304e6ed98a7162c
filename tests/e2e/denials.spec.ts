import { expect, test, type Page } from "@playwright/test";
import { DEMO_LEARNER, expectNoSeriousAxeViolations, newLearner, signIn, signUp } from "./fixtures";

// Sending work runs the scrubber, the payer and the grader on the server: allow a loaded machine its time.
test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 45_000 };

async function newLearnerOn(page: Page, path: string) {
  await signUp(page, newLearner());
  await expect(page).not.toHaveURL(/sign-up/, SLOW);
  await page.goto(path);
}

const work = (page: Page) => page.getByRole("form", { name: "Work this denial" });

async function choose(page: Page, rootCause: string | RegExp, resolution: string) {
  await work(page).getByRole("radio", { name: rootCause }).check();
  await work(page).getByRole("radio", { name: resolution }).check();
}

test("the demo learner finds the seeded worklist, triaged by deadline, and it passes axe", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Fdenials");
  await signIn(page, DEMO_LEARNER);
  await expect(page.getByRole("heading", { level: 1, name: "Denial worklist" })).toBeVisible(SLOW);
  await expect(page.getByRole("banner").getByRole("link", { name: "Denials" })).toBeVisible();
  const rows = page.getByTestId("worklist-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(20);
  await expect(rows.filter({ hasText: "Billed to patient" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "LOS-26-10930" })).toContainText("Paid");
  // Triage: open claims by nearest deadline; a claim already past its only deadline (the late Medicare claim) leads.
  await expect(rows.first()).toContainText("HBC-25-40981");
  await expect(rows.first()).toContainText("days late");
  await expect(rows.nth(1)).toContainText("days left");
  // On a laptop every column shows without scrolling the table sideways (the deadline and status were off-screen).
  await page.setViewportSize({ width: 1280, height: 800 });
  const worklist = page.getByRole("region", { name: "Denial worklist" });
  expect(await worklist.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  // The date of service and the age sort from their own header links.
  await worklist.getByRole("link", { name: "DOS" }).click();
  await expect(page).toHaveURL(/sort=dos/);
  await expect(worklist.getByRole("columnheader", { name: /DOS/ })).toHaveAttribute("aria-sort", "ascending");
  await page.goto("/denials");
  await page.getByLabel("Category").selectOption("timely-filing");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("CO-29");
  await expect(rows.first()).toContainText("days late");
  await expectNoSeriousAxeViolations(page);
});

test("a medical-necessity denial is overturned by an appeal that attaches the right chart passages", async ({ page }) => {
  await newLearnerOn(page, "/denials/LOS-26-10588");
  await expect(page.getByRole("heading", { level: 1, name: /LOS-26-10588/ })).toBeVisible();
  await expect(page.getByTestId("remit-line").first()).toContainText("CO-50");
  await expectNoSeriousAxeViolations(page);

  await choose(page, /policy's documentation/, "Appeal (level 1)");
  const appeal = page.getByRole("group", { name: /Attach chart passages/ });
  for (const text of ["positive straight leg raise on the left", "left paracentral disc extrusion", "six weeks of physical therapy"]) {
    await appeal.getByRole("button").filter({ hasText: text }).first().click();
  }
  await expect(page.getByText("(3 attached)")).toBeVisible();
  await page
    .getByLabel("Letter")
    .fill(
      "Please reconsider: the attached consultation shows left L5 radicular findings, an L4-L5 extrusion on MRI and six weeks of failed physical therapy, as the policy requires.",
    );
  await page.getByRole("button", { name: "Send to the payer" }).click();
  const result = page.getByTestId("work-result").first();
  await expect(result).toContainText("Appeal overturned", SLOW);
  await expect(result).toContainText("Score 100");
  await expect(result.getByText(/is reversed/)).toBeVisible();
});

test("a bundling denial corrected with a documented XS in the claim editor is paid", async ({ page }) => {
  await newLearnerOn(page, "/denials/LOS-26-10412");
  await choose(page, /column-2 code of an NCCI pair/, "Send a corrected claim");
  await expect(page.getByLabel("Line 2 code")).toHaveValue("20610");
  await page.getByRole("button", { name: "Run the scrubber" }).click();
  await expect(page.getByTestId("scrub-findings")).toContainText("NCCI pair 29881/20610", SLOW);
  await page.getByLabel("Line 2 modifier 2").fill("XS");
  await page.getByRole("button", { name: "Run the scrubber" }).click();
  await expect(page.getByText("Scrubber: no problems found")).toBeVisible(SLOW);
  await page.getByRole("button", { name: "Send to the payer" }).click();
  const result = page.getByTestId("work-result").first();
  await expect(result).toContainText("Paid", SLOW);
  await expect(result).toContainText("Score 100");
  await expect(result).toContainText("Recovered");
  await page.goto("/progress");
  await expect(page.getByTestId("denial-stats")).toContainText("1 of 1 sent passed the scrubber");
});

test("a wrong write-off gets feedback that says what works instead", async ({ page }) => {
  await newLearnerOn(page, "/denials/LOS-26-10412");
  await choose(page, /column-2 code of an NCCI pair/, "Write it off");
  await page.getByRole("combobox", { name: "Adjustment reason" }).selectOption("bundled-ncci");
  await page.getByRole("button", { name: "Record this resolution" }).click();
  const result = page.getByTestId("work-result").first();
  await expect(result).toContainText("Writing it off loses a payable service", SLOW);
  await expect(result).toContainText("send a corrected claim");
  await expect(result).toContainText("Score 40");
});

test("a PR-3 copay is billed to the patient", async ({ page }) => {
  await newLearnerOn(page, "/denials/MSF-26-20915");
  await expect(page.getByTestId("remit-line").first()).toContainText("PR-3");
  await choose(page, /patient's copay \(PR-3\)/, "Bill the patient");
  await page.getByRole("button", { name: "Record this resolution" }).click();
  await expect(page.getByTestId("work-result").first()).toContainText("Score 100", SLOW);
  await page.goto("/denials?status=billed-patient");
  await expect(page.getByTestId("worklist-row")).toHaveCount(1);
});

test("a Medicare timely-filing denial cannot be appealed", async ({ page }) => {
  await newLearnerOn(page, "/denials/HBC-25-40981");
  await expect(page.getByText("This denial carries no appeal rights.").first()).toBeVisible();
  await choose(page, /more than 12 months/, "Appeal (level 1)");
  await page.getByLabel("Letter").fill("We ask you to reconsider; the visit and ECG were medically necessary and should be paid.");
  await page.getByRole("button", { name: "Send to the payer" }).click();
  const result = page.getByTestId("work-result").first();
  await expect(result).toContainText("Appeal dismissed", SLOW);
  await expect(result).toContainText("not an initial determination");
});

test("the raw 835 explains each CAS segment in plain words", async ({ page }) => {
  await newLearnerOn(page, "/denials/LOS-26-10412");
  await page.getByRole("tab", { name: "Raw EDI" }).click();
  const cas = page.getByTestId("edi-835").locator("[data-segment='CAS']").filter({ hasText: "CAS*CO*97*210~" });
  await expect(cas).toBeVisible();
  await expect(cas).toContainText("paid as part of another service");
  await expect(page.getByTestId("edi-837p").locator("[data-segment='SV1']").first()).toContainText("SV1*HC:29881:RT*2450*UN*1***1~");
});

test("an underpayment is caught against the contract and recovered with a payment dispute that shows the calculation", async ({ page }) => {
  await newLearnerOn(page, "/denials/LOS-26-11388");
  // Nothing is denied: CO-45 and the coinsurance only. The posting view compares the allowed amount with the contract.
  await expect(page.getByTestId("remit-line").first()).toContainText("CO-45");
  await page.getByRole("tab", { name: "Posting" }).click();
  await expect(page.getByText("Line 1 (29881): allowed $520.00, contract $650.00 — short $130.00.")).toBeVisible();

  // Posting it as closed is marked down, with the reason and the rule.
  await choose(page, /allowed \$520\.00 for 29881/, "Post it; no action");
  await page.getByRole("button", { name: "Record this resolution" }).click();
  let result = page.getByTestId("work-result").first();
  await expect(result).toContainText("$104.00 short", SLOW);
  await expect(result.getByTestId("work-rationale")).toContainText("Rule: The provider contract");
  await page.getByRole("button", { name: "Work this claim again" }).click();

  // The dispute: the contract term attached, the calculation in the letter.
  await work(page).getByRole("radio", { name: "Appeal (level 1)" }).check();
  await expect(page.getByText("line 1 29881 · paid below the contract: allowed $520.00")).toBeVisible();
  await page
    .getByRole("group", { name: /Attach chart passages/ })
    .getByRole("button")
    .filter({ hasText: "125% of the Evergreen professional fee schedule" })
    .click();
  await page
    .getByLabel("Letter")
    .fill("Claim EVG2630310044 line 1 (29881-RT) was allowed $520.00. Our contract pays 125% of your fee schedule: $520.00 × 125% = $650.00 allowed.");
  await page.getByRole("button", { name: "Send to the payer" }).click();
  result = page.getByTestId("work-result").first();
  await expect(result).toContainText("Appeal overturned", SLOW);
  await expect(result).toContainText("Score 100");
  await expect(result).toContainText("Recovered $104.00");
  await expect(result).toContainText("the contract allows $650.00");
});

test("chart practice's Check claim runs the scrubber on the coding, without grading it", async ({ page }) => {
  await newLearnerOn(page, "/practice/ortho-knee-scope-medial-meniscus");
  await page.getByLabel("Diagnosis A code").fill("S83.241A");
  await page.getByRole("button", { name: "+ Add service line" }).click();
  await page.getByLabel("Line 1 code").fill("29881");
  await page.getByRole("button", { name: "Check claim" }).click();
  const findings = page.getByTestId("scrub-findings");
  await expect(findings).toContainText("names no side", SLOW);
  await expect(findings).toContainText("Rule: CPT modifier guidelines");

  await page.getByLabel("Line 1 modifier 1").fill("RT");
  await expect(page.getByText("Your coding changed since the last check")).toBeVisible();
  await page.getByRole("button", { name: "+ Add service line" }).click();
  await page.getByLabel("Line 2 code").fill("20610");
  await page.getByLabel("Line 2 modifier 1").fill("RT");
  await page.getByRole("button", { name: "Check claim" }).click();
  await expect(findings).toContainText("NCCI pair 29881/20610", SLOW);
  await expect(findings).toContainText("XS");

  await page.getByRole("button", { name: "Remove line 2" }).click();
  await page.getByRole("button", { name: "Check claim" }).click();
  await expect(page.getByText("Scrubber: no problems found")).toBeVisible(SLOW);
  // Checking graded nothing: the form is still open for submission.
  await expect(page.getByRole("button", { name: "Submit for grading" })).toBeVisible();
  await expect(page.getByTestId("attempt-score")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
