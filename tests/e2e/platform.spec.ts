import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, expectNoSeriousAxeViolations } from "./fixtures";

test("health tells anyone only the status, and an admin the details", async ({ request, playwright, baseURL }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });

  const admin = await playwright.request.newContext({ baseURL });
  const csrf = (await (await admin.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await admin.post("/api/auth/callback/credentials", { form: { ...DEMO_ADMIN, csrfToken: csrf.csrfToken, json: "true" } });
  const detailed = await (await admin.get("/api/health")).json();
  expect(detailed).toMatchObject({ status: "ok", database: { status: "ok", kind: "pglite", migrations: { pending: 0 } } });
  await admin.dispose();
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  }
});

test("the landing page says what Chartwise is and leads to sign-up", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("patient charts");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Guide", "Practice", "Codes", "Progress", "Credentials", "Salary"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await page.getByRole("link", { name: "Start learning free" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your Chartwise account" })).toBeVisible();
});

test("the menu works on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await page.getByRole("button", { name: "Open menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Salary" }).click();
  await expect(page).toHaveURL(/\/salary$/);
  await expect(page.getByRole("button", { name: "Open menu" })).toBeVisible();
});

for (const theme of ["light", "dark"] as const) {
  for (const path of [
    "/",
    "/sign-in",
    "/sign-up",
    "/guide",
    "/guide/salaries/salary-by-experience",
    "/codes",
    "/codes/S83.241?system=icd10cm",
    "/certifications",
    "/certifications/cpc",
  ]) {
    test(`no serious accessibility violations on ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expectNoSeriousAxeViolations(page);
    });
  }
}
