import fs from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * The system Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) when present, else Playwright's own browser.
 * The flags stop background connections that a closed network refuses.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  return {
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  };
}
