// npm run screenshots -- [baseUrl]: light, dark and phone screenshots of the main pages into docs/screenshots/
// (the README uses them). Needs a running app, e.g. `npm start`, and Chromium (see tests/e2e/chromium.ts).
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../tests/e2e/chromium";

const baseUrl = process.argv[2] ?? "http://localhost:3000";
const outDir = path.join(process.cwd(), "docs", "screenshots");
const pages = (process.env.SCREENSHOT_PAGES ?? "/,/sign-in,/sign-up,/guide").split(",");
const signInAs = process.env.SCREENSHOT_USER; // "email:password" to capture signed-in pages

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const variant of [
    { name: "light", theme: "light", viewport: { width: 1280, height: 860 } },
    { name: "dark", theme: "dark", viewport: { width: 1280, height: 860 } },
    { name: "phone", theme: "light", viewport: { width: 375, height: 780 } },
  ]) {
    const context = await browser.newContext({ viewport: variant.viewport, colorScheme: variant.theme as "light" | "dark" });
    const page = await context.newPage();
    if (signInAs) {
      const [email, password] = signInAs.split(":");
      await page.goto(`${baseUrl}/sign-in`);
      await page.getByLabel("Email").fill(email!);
      await page.getByLabel("Password").fill(password!);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    }
    for (const pagePath of pages) {
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: "load" });
      await page.waitForTimeout(600);
      const slug = pagePath === "/" ? "home" : pagePath.slice(1).replaceAll("/", "-");
      const file = path.join(outDir, `${slug}-${variant.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
