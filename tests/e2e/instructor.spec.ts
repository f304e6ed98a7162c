import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, newLearner, signIn, signUp } from "./fixtures";

const DEMO_INSTRUCTOR = { email: "instructor@chartwise.test", password: "chartwise-instructor", name: "Ira Instructor" };
const SEEDED_COHORT = "CPC prep — evening cohort";

async function signInAs(page: Page, path: string, account: { email: string; password: string }) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await signIn(page, account);
  // Signed in (the redirect back is auth.spec's subject; on a busy machine it can lag behind the session, and the first
  // instructor page after a start reads the case, denial and workday catalogues to name the seeded assignments).
  await expect(page.getByRole("button", { name: /^Account menu for / })).toBeVisible({ timeout: 30_000 });
  if (new URL(page.url()).pathname !== path) await page.goto(path);
}

test("an instructor runs a cohort: join code, assignment, gradebook, item analysis, CSV, and a dispute answered", async ({ page, browser }) => {
  test.setTimeout(300_000); // two sessions on a shared 2-core machine
  const cohortName = `Evening CPC ${Date.now().toString(36)}`;

  // The instructor has their own menu and creates a cohort.
  await signInAs(page, "/instructor", DEMO_INSTRUCTOR);
  const main = page.getByRole("navigation", { name: "Main" });
  await expect(main.getByRole("link", { name: "Teaching" })).toBeVisible();
  await expect(main.getByRole("link", { name: "Salary" })).toHaveCount(0);
  await page.getByLabel("Cohort name").fill("ab");
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByText("A cohort name needs at least 3 characters.")).toBeVisible();
  await page.getByLabel("Cohort name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  const cohortUrl = page.url();
  const code = (await page.getByTestId("join-code").textContent())!;
  expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);

  // A learner joins with the code (a wrong one first).
  const learnerPage = await browser.newPage();
  const learner = newLearner();
  await signUp(learnerPage, learner);
  await expect(learnerPage).not.toHaveURL(/sign-up/);
  await learnerPage.goto("/cohorts");
  await learnerPage.getByLabel("Join code").fill("ABCD-EFGH-JKMN-PQRS-TVWX");
  await learnerPage.getByRole("button", { name: "Join" }).click();
  await expect(learnerPage.getByText(/does not open any cohort/)).toBeVisible();
  await learnerPage.getByLabel("Join code").fill(code.toLowerCase());
  await learnerPage.getByRole("button", { name: "Join" }).click();
  await expect(learnerPage.getByText(`You joined ${cohortName}.`)).toBeVisible();

  // The instructor sees them on the roster and assigns the knee case.
  await page.reload();
  await expect(page.getByRole("region", { name: /^Roster / })).toContainText(learner.email);
  const form = page.getByRole("form", { name: "New assignment" });
  await form.getByLabel("Title").fill("Week 1: knee arthroscopy");
  await form.getByLabel("Filter lessons, cases and scenarios").fill("knee arthroscopy");
  await form.getByLabel(/Right knee arthroscopy for a medial meniscus tear/).check();
  await form.getByRole("button", { name: "Set assignment" }).click();
  await expect(page.getByTestId("instructor-assignment").filter({ hasText: "Week 1: knee arthroscopy" })).toBeVisible();

  // And a set: a denial scenario and a workday scenario, due the same week.
  await form.getByLabel("Title").fill("Week 2: a denial and a day on the job");
  await form.getByLabel("Filter lessons, cases and scenarios").fill("copay");
  await form.locator("summary", { hasText: "Denial scenarios" }).click();
  await form.getByLabel(/A copay nobody collected: PR-3/).check();
  await form.getByLabel("Filter lessons, cases and scenarios").fill("tutorial");
  await form.locator("summary", { hasText: "Workday scenarios" }).click();
  await form.getByLabel(/Your first morning: a short tutorial day/).check();
  await expect(form.getByRole("list", { name: "Chosen items" })).toContainText("A copay nobody collected");
  await form.getByRole("button", { name: "Set assignment" }).click();
  const set = page.getByTestId("instructor-assignment").filter({ hasText: "Week 2: a denial and a day on the job" });
  await expect(set).toContainText("Denial scenario: A copay nobody collected: PR-3");
  await expect(set).toContainText("Workday scenario: Your first morning: a short tutorial day");

  // The learner sees both due on /progress, linked to where the work is done; then codes the case (wrong 7th character) and disputes the line.
  await learnerPage.goto("/progress");
  const due = learnerPage.getByRole("region", { name: "From your cohorts" });
  await expect(due.getByTestId("learner-assignment").filter({ hasText: "Week 1: knee arthroscopy" })).toBeVisible();
  const week2 = due.getByTestId("learner-assignment").filter({ hasText: "Week 2: a denial and a day on the job" });
  await expect(week2).toContainText("To do");
  await expect(week2.getByRole("link", { name: "A copay nobody collected: PR-3" })).toHaveAttribute("href", "/denials/MSF-26-20915");
  await expect(week2.getByRole("link", { name: "Your first morning: a short tutorial day" })).toHaveAttribute("href", "/workday");
  await expect(week2).toContainText("Not started");
  await due.getByRole("link", { name: "Right knee arthroscopy for a medial meniscus tear" }).click();
  await learnerPage.getByLabel("Diagnosis A code").fill("S83.241D");
  await learnerPage.getByRole("button", { name: "+ Add service line" }).click();
  await learnerPage.getByLabel("Line 1 code").fill("29881");
  await learnerPage.getByLabel("Line 1 modifier 1").fill("RT");
  await learnerPage.getByRole("button", { name: "Submit for grading" }).click();
  await expect(learnerPage.getByTestId("attempt-score")).toBeVisible();
  const note = `The visit reads like a follow-up, so D fits ${Date.now()}`;
  await learnerPage.getByTestId("verdict").first().getByRole("button", { name: "Dispute this line" }).click();
  await learnerPage.getByLabel("What is wrong with it, and why?").fill(note);
  await learnerPage.getByRole("button", { name: "Send dispute" }).click();
  await expect(learnerPage.getByText("You disputed this line.")).toBeVisible();

  // Gradebook, item analysis and CSV.
  await page.goto(`${cohortUrl}/gradebook`);
  const row = page.getByRole("row").filter({ hasText: learner.email });
  await expect(row).toContainText("1 attempt");
  await page.getByRole("link", { name: "Week 1: knee arthroscopy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Week 1: knee arthroscopy" })).toBeVisible();
  const line = page.getByTestId("key-line-analysis").filter({ hasText: "S83.241A" });
  await expect(line).toContainText("0%");
  await expect(line).toContainText("S83.241D");
  await expect(line).toContainText("7th character");
  const csv = await page.request.get(`${cohortUrl}/gradebook/export`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body).toContain("Student,Email,Week 1: knee arthroscopy (due ");
  expect(body).toContain(learner.email);

  // The instructor answers the dispute; the learner sees the notice and the reply.
  await page.goto("/instructor/disputes");
  const dispute = page.getByTestId("dispute").filter({ hasText: note });
  await dispute.getByRole("button", { name: "Reject" }).click();
  await expect(dispute.getByText(/Write the learner a reply/)).toBeVisible();
  await dispute.getByLabel("Reply to the learner").fill("D is for subsequent encounters; this is the surgical encounter, so A stays.");
  await dispute.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByTestId("dispute").filter({ hasText: note })).toHaveCount(0);

  await learnerPage.goto("/progress");
  const notices = learnerPage.getByTestId("dispute-reply-notices");
  await expect(notices).toContainText("Rejected");
  await notices.getByRole("link").first().click();
  await expect(learnerPage.getByTestId("my-dispute").filter({ hasText: note })).toContainText("this is the surgical encounter, so A stays");
  await learnerPage.goto("/progress");
  await expect(learnerPage.getByTestId("dispute-reply-notices")).toHaveCount(0);

  // Another instructor's learners, and learners themselves, cannot reach the cohort.
  expect((await learnerPage.goto(cohortUrl))!.status()).toBe(403);
  expect((await learnerPage.request.get(`${cohortUrl}/gradebook/export`)).status()).toBe(403);
  await learnerPage.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`no serious accessibility violations on the instructor's pages (${theme})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: theme });
    await signInAs(page, "/instructor", DEMO_INSTRUCTOR);
    await expect(page.getByRole("region", { name: "Falling behind" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page
      .getByRole("link", { name: new RegExp(SEEDED_COHORT) })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: SEEDED_COHORT })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("navigation", { name: "Cohort" }).getByRole("link", { name: "Gradebook" }).click();
    await expect(page.getByRole("region", { name: "Gradebook" })).toContainText("Dana Demo");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("link", { name: "Week 1: knee arthroscopy" }).click();
    await expect(page.getByTestId("key-line-analysis").first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.goBack();
    // The lesson's knowledge check question by question, and the lab's denial by root cause and resolution.
    await page.getByRole("link", { name: "Week 2: office and ED visits" }).click();
    const question = page.getByTestId("question-analysis").first();
    await expect(question).toContainText("33%");
    await expect(question).toContainText("×2");
    await expectNoSeriousAxeViolations(page);
    await page.goBack();
    await page.getByRole("link", { name: "Week 2 lab: a copay denial and a tutorial day" }).click();
    const decisions = page.getByTestId("denial-decision-analysis");
    await expect(decisions.filter({ hasText: "Root cause" })).toContainText("The $30 went to the deductible. ×1");
    await expect(decisions.filter({ hasText: "Resolution" })).toContainText("Post it; no action ×1");
    await expect(page.getByText("a workday is judged as a whole day")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.goBack();
    await page.getByRole("link", { name: "Dana Demo" }).click();
    // The seeded lab's denial work and tutorial day, read-only, with their outcome and score.
    await expect(page.getByRole("region", { name: "Work on assigned denials" })).toContainText("A copay nobody collected: PR-3");
    await expect(page.getByRole("region", { name: "Work on assigned denials" })).toContainText("Root cause right");
    await expect(page.getByRole("region", { name: "Days of assigned workday scenarios" })).toContainText("Audit accuracy");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("region", { name: "Attempts at assigned cases" }).getByRole("link").first().click();
    await expect(page.getByTestId("attempt-score")).toBeVisible();
    await expect(page.getByRole("button", { name: "Dispute this line" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await page.goto("/instructor/disputes?status=ALL");
    await expectNoSeriousAxeViolations(page);
  });
}
