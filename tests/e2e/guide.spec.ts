import type { Page } from "@playwright/test";
import { loadGuide } from "../../lib/content/load-guide";
import type { QuizItem } from "../../lib/content/schemas";
import { expect, learnerTest, test } from "./fixtures";

const guide = loadGuide();
const firstModule = guide.modules[0]!;
const lesson = firstModule.lessons[0]!;
const lessonPath = `/guide/${firstModule.slug}/${lesson.slug}`;

async function answer(page: Page, item: QuizItem, correctly: boolean) {
  const question = page.getByRole("group", { name: /^Question \d+ of \d+ · / }).filter({ hasText: item.prompt });
  if (item.kind === "single") {
    const option = item.options.find((candidate) => candidate.correct === correctly)!;
    await question.getByRole("radio", { name: option.text }).check();
  } else if (item.kind === "numeric") {
    await question.getByRole("textbox").fill(String(correctly ? item.answer : item.answer + item.tolerance + 7));
  } else {
    for (const [index, pair] of item.pairs.entries()) {
      const right = correctly ? pair.right : item.pairs[(index + 1) % item.pairs.length]!.right;
      await question.getByRole("combobox", { name: `Match for ${pair.left}` }).selectOption(right);
    }
  }
  return question;
}

learnerTest("a learner reads a lesson, passes its knowledge check and sees the module's progress move", async ({ page }) => {
  await page.goto("/guide");
  const moduleProgress = page.getByRole("progressbar", { name: `${firstModule.title}: lessons complete` });
  await expect(moduleProgress).toHaveAttribute("aria-valuenow", "0");

  await page.getByRole("link", { name: `1. ${lesson.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${lessonPath}$`));
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  await expect(page.getByText("In progress")).toBeVisible();

  for (const item of lesson.quiz.items) await answer(page, item, true);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("You scored 100%. Lesson complete.")).toBeVisible();
  await expect(page.getByText("Your progress is saved.")).toBeVisible();

  await page.getByRole("banner").getByRole("link", { name: "Guide" }).click();
  await expect(moduleProgress).toHaveAttribute("aria-valuenow", "1");
  await expect(page.getByText(`1 of ${firstModule.lessons.length} lessons`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Resume lesson" })).toHaveAttribute("href", `/guide/${firstModule.slug}/${firstModule.lessons[1]!.slug}`);
});

test("a wrong answer shows its explanation, and a retry is allowed", async ({ page }) => {
  await page.goto(lessonPath);
  const [first, ...rest] = lesson.quiz.items;
  const question = await answer(page, first!, false);
  for (const item of rest) await answer(page, item, true);
  await page.getByRole("button", { name: "Check my answers" }).click();

  await expect(question.getByText(first!.explanation)).toBeVisible();
  await expect(question.getByText(/Not quite|Partly right/)).toBeVisible();
  await expect(page.getByText(/You need 80% to complete the lesson/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to save progress" }).last()).toBeVisible();

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "Check my answers" })).toBeVisible();
});

test("the check refuses to grade until every question is answered", async ({ page }) => {
  await page.goto(lessonPath);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText(`Answer every question first (${lesson.quiz.items.length} left).`)).toBeVisible();
});

test("a lesson's tables fit the lesson column on a laptop, with salary ranges breaking after the dash", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/guide/salaries/salary-by-experience");
  const table = page.getByRole("region", { name: "Table" }).first();
  await expect(table).toContainText("$85,000–$120,000");
  // Five columns of ranges scrolled 44 px sideways inside their box when a range could not break.
  expect(await table.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
});
