import { test } from "@playwright/test";

for (const theme of ["light", "dark"] as const) {
  test(`shots ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1360, height: 900 });
    await page.goto("/salary");
    await page.getByLabel("State", { exact: true }).selectOption("nj");
    await page.getByLabel("Work setting").selectOption("hospital");
    await page.getByLabel("Years of experience").fill("5");
    await page.getByRole("checkbox", { name: /^CPC Certified Professional Coder$/ }).check();
    await page.getByLabel("Pay goal (dollars a year)").fill("90000");
    await page.getByRole("button", { name: "Add a path" }).click();
    await page.getByRole("button", { name: "Add a change to path 2" }).click();
    await page.getByLabel("Path 2, change 1: value").selectOption("cpc");
    await page.getByRole("button", { name: "+ CPC, then auditing after 10 years" }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/salary-${theme}.png`, fullPage: true });
    await page.goto("/salary/model");
    await page.screenshot({ path: `/tmp/shots/model-${theme}.png`, fullPage: true });
    await page.goto("/guide/what-coders-do/the-revenue-cycle");
    await page.getByRole("heading", { name: "Knowledge check" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/quiz-${theme}.png`, fullPage: false });
  });
}

test("shots phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/salary");
  await page.waitForTimeout(800);
  await page.screenshot({ path: "/tmp/shots/salary-phone.png", fullPage: true });
  await page.goto("/salary/model");
  await page.screenshot({ path: "/tmp/shots/model-phone.png", fullPage: true });
});
