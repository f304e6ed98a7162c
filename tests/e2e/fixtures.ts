import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_LEARNER = { email: "demo@chartwise.test", password: "chartwise-demo", name: "Dana Demo" };
export const DEMO_ADMIN = { email: "admin@chartwise.test", password: "chartwise-admin", name: "Ada Admin" };

let counter = 0;
/** A new learner's details, unique across workers and runs. */
export function newLearner() {
  const id = `${Date.now().toString(36)}${process.pid}${counter++}`;
  return { name: `Learner ${id}`, email: `learner-${id}@example.org`, password: "correct horse battery" };
}

export async function signUp(page: Page, learner: ReturnType<typeof newLearner>) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(learner.name);
  await page.getByLabel("Email").fill(learner.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(learner.password);
  await page.getByLabel("Confirm password").fill(learner.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, credentials: { email: string; password: string }) {
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export function accountMenu(page: Page, name: string) {
  return page.getByRole("button", { name: `Account menu for ${name}` });
}

export async function signOut(page: Page, name: string) {
  await accountMenu(page, name).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Fails with the rule, its help text and the node count for every serious or critical axe violation on the page. */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}
