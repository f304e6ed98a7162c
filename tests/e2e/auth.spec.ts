import { expect, test } from "@playwright/test";
import { accountMenu, DEMO_ADMIN, DEMO_LEARNER, newLearner, signIn, signOut, signUp } from "./fixtures";

test("a learner signs up, signs out and signs in again", async ({ page }) => {
  const learner = newLearner();
  await signUp(page, learner);
  await expect(page).toHaveURL(/\/guide$/);
  await expect(accountMenu(page, learner.name)).toBeVisible();

  await signOut(page, learner.name);
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await signIn(page, learner);
  await expect(page).toHaveURL(/\/guide$/);
  await expect(accountMenu(page, learner.name)).toBeVisible();
});

test("sign-up explains what is wrong with each field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByText("The two passwords do not match.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up/);
});

test("signing up with a taken email does not reveal that it is taken, and does not sign anyone in", async ({ page }) => {
  await signUp(page, { ...newLearner(), email: DEMO_LEARNER.email });
  await expect(page.getByText(/We could not sign you in with that email and password/).first()).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, { email: DEMO_LEARNER.email, password: "not the password" });
  const alert = page.getByRole("alert").filter({ hasText: "That email and password do not match an account." });
  await expect(alert).toBeVisible();

  await page.reload();
  await signIn(page, { email: `nobody-${Date.now()}@example.org`, password: "not the password" });
  await expect(alert).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failures are rate-limited with a clear message", async ({ page }) => {
  // Eleven password checks on a 2-core machine: give it room.
  test.setTimeout(90_000);
  const learner = newLearner();
  await signUp(page, learner);
  await expect(page).toHaveURL(/\/guide$/);
  await signOut(page, learner.name);

  await page.goto("/sign-in");
  for (let attempt = 0; attempt < 10; attempt++) {
    await signIn(page, { email: learner.email, password: `wrong guess ${attempt}` });
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await signIn(page, learner);
  await expect(page.getByText(/Too many failed sign-in attempts\. Wait \d+ seconds? and try again\./)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a protected page sends a visitor to sign in and back again", async ({ page }) => {
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprogress$/);
  await signIn(page, DEMO_LEARNER);
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
});

test("only an admin can manage roles, and an admin can change one", async ({ page, browser }) => {
  // Two sign-ins and a sign-up (three password hashes) on a busy 2-core machine.
  test.setTimeout(120_000);
  const learner = newLearner();
  await signUp(page, learner);
  await expect(page).toHaveURL(/\/guide$/);
  const forbidden = await page.goto("/admin/users");
  expect(forbidden?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  const adminPage = await browser.newPage();
  await adminPage.goto("/sign-in?callbackUrl=/admin/users");
  await signIn(adminPage, DEMO_ADMIN);
  await expect(adminPage.getByRole("heading", { level: 1, name: "Users and roles" })).toBeVisible();
  await adminPage.getByRole("searchbox", { name: "Search users" }).fill(learner.email);
  await adminPage.getByRole("button", { name: "Search" }).click();
  await adminPage.getByRole("combobox", { name: `Role for ${learner.email}` }).selectOption("INSTRUCTOR");
  await adminPage.getByRole("button", { name: "Save" }).click();
  await expect(adminPage.getByText(`${learner.email} is now instructor.`)).toBeVisible();
  await adminPage.close();

  // A role change ends the learner's sessions: they sign in again, under the new role.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, learner);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Instructor", { exact: true })).toBeVisible();
});
