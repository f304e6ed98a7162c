import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/e2e/chromium";

// Playwright loads this file in the runner and again in each worker: settle the port and the throw-away data
// directory once, in the runner, and hand them to the workers through the environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "chartwise-e2e-"));
// The sign-in fixture (tests/e2e/fixtures.ts) signs session tokens with this secret and creates learners through the
// test hooks this token opens; both are handed to the app below. For an external app (E2E_BASE_URL), set both to
// the app's NEXTAUTH_SECRET and CHARTWISE_TEST_HOOKS_TOKEN.
process.env.E2E_AUTH_SECRET ??= randomBytes(48).toString("base64url");
process.env.E2E_HOOKS_TOKEN ??= randomBytes(32).toString("base64url");

const port = Number(process.env.E2E_PORT);
// E2E_BASE_URL points the tests at an app that is already running (e.g. `npm run dev`) instead of building one.
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalTeardown: "./tests/e2e/global-teardown.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: externalBaseURL
    ? undefined
    : {
        // The production build, started the way a newcomer starts it, on a fresh database.
        command: "npm start",
        url: `${baseURL}/api/health`,
        timeout: 900_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(port),
          CHARTWISE_DATA_DIR: process.env.E2E_DATA_DIR,
          // NEXTAUTH_URL is left to its default, the app's own address on PORT (lib/server-start.ts), which is baseURL.
          NEXTAUTH_SECRET: process.env.E2E_AUTH_SECRET,
          CHARTWISE_TEST_HOOKS_TOKEN: process.env.E2E_HOOKS_TOKEN,
          // Every test signs up from 127.0.0.1; the per-address sign-up limit is tested in the integration suite.
          SIGNUP_MAX_PER_ADDRESS_PER_HOUR: "1000",
        },
      },
});
