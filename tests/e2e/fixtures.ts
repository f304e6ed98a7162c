import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";

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

/**
 * Fails with the rule, its help text, the node count and each node (its selector and axe's summary, e.g. the two
 * colours and their ratio) for every serious or critical axe violation on the page.
 */
export async function expectNoSeriousAxeViolations(page: Page) {
  // Contrast is judged on settled colours: a button still fading its background after a key press (on a loaded
  // machine, axe can land mid-transition) is not a violation.
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
    serious.flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}: ${node.failureSummary ?? ""}`)).join("\n"),
  ).toEqual([]);
}

// ---- Signing in without the form (as the epic-stack does): the learner is created in the database through the
// app's token-guarded test hooks, the browser gets a session cookie signed with the app's secret, and the learner
// is deleted after the test. Only auth.spec.ts signs up and in through the forms.

export type TestLearner = { id: string; email: string; name: string };

const SESSION_COOKIE = "next-auth.session-token";

function hooksHeaders() {
  const token = process.env.E2E_HOOKS_TOKEN;
  if (!token) throw new Error("E2E_HOOKS_TOKEN is not set: run the specs through playwright.config.ts.");
  return { "x-test-hooks-token": token };
}

async function createLearner(request: APIRequestContext): Promise<TestLearner> {
  const { name, email } = newLearner();
  const response = await request.post("/api/test-hooks/learners", {
    headers: hooksHeaders(),
    data: { name, email: email.replace("@example.org", "@e2e.chartwise.test") },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as TestLearner;
}

/** Puts a session for `learner` in the browser context, as signing in would. */
export async function signInAs(context: BrowserContext, learner: TestLearner, baseURL: string) {
  const secret = process.env.E2E_AUTH_SECRET;
  if (!secret) throw new Error("E2E_AUTH_SECRET is not set: run the specs through playwright.config.ts.");
  const value = await encode({ token: { sub: learner.id, sv: 0, role: "LEARNER", name: learner.name, email: learner.email }, secret, maxAge: 60 * 60 });
  await context.addCookies([{ name: SESSION_COOKIE, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

type LearnerFixtures = {
  /** Creates a signed-in learner in the given browser context (another page's, for two-user tests). */
  newSignedInLearner: (context?: BrowserContext) => Promise<TestLearner>;
  /** A fresh learner, signed in on `page`, deleted after the test. */
  learner: TestLearner;
};

export const test = base.extend<LearnerFixtures>({
  newSignedInLearner: async ({ context, request, baseURL }, provide) => {
    const created: TestLearner[] = [];
    await provide(async (target = context) => {
      const learner = await createLearner(request);
      created.push(learner);
      await signInAs(target, learner, baseURL!);
      return learner;
    });
    for (const learner of created) {
      const response = await request.delete(`/api/test-hooks/learners?id=${encodeURIComponent(learner.id)}`, { headers: hooksHeaders() });
      expect(response.status()).toBe(204);
    }
  },
  learner: async ({ newSignedInLearner }, provide) => {
    await provide(await newSignedInLearner());
  },
});

/** For specs where every test is a signed-in learner: `learner` is set up whether or not the test names it. */
export const learnerTest = test.extend<{ signedIn: TestLearner }>({
  signedIn: [async ({ learner }, provide) => provide(learner), { auto: true }],
});

export { expect };
