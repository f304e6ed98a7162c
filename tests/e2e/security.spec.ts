// The probe's HTTP-level findings, and the authorisation matrix through pages and routes (with a forged cookie),
// against the production server. The in-process suites are tests/integration/security/.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type PlaywrightWorkerArgs } from "@playwright/test";
import { DEMO_ADMIN, DEMO_LEARNER, newLearner, signIn, signUp } from "./fixtures";

const DEMO_INSTRUCTOR = { email: "instructor@chartwise.test", password: "chartwise-instructor" };

const SESSION_COOKIE = "next-auth.session-token";

async function signInOverHttp(request: APIRequestContext, credentials: { email: string; password: string }) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { ...credentials, csrfToken, json: "true" } });
  expect(response.status()).toBeLessThan(400);
}

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

/** The signUp action's id from the build the server runs, to post malformed payloads to a real action. */
function signUpActionId(): string | undefined {
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  if (!fs.existsSync(manifest)) return undefined;
  const entries = Object.entries((JSON.parse(fs.readFileSync(manifest, "utf8")) as { node: Record<string, { exportedName?: string }> }).node);
  return entries.find(([, entry]) => entry.exportedName === "signUp")?.[0];
}

test.describe("framework errors are 4xx with the usual headers", () => {
  test("a broken percent-escape in a path segment", async ({ request }) => {
    for (const url of ["/codes/%E0%A4%A", "/api/codes/%E0%A4%A", "/practice/%C0"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expectSecurityHeaders(response.headers());
    }
    expect((await request.get("/api/codes/%25")).status()).toBe(400);
  });

  test("GET on the credentials callback", async ({ request }) => {
    const response = await request.get("/api/auth/callback/credentials");
    expect(response.status()).toBe(405);
    expectSecurityHeaders(response.headers());
  });

  test("oversize, unsized and malformed server action requests", async ({ request }) => {
    const id = signUpActionId();
    test.skip(!id, "needs the build's action manifest");
    const post = (data: string | Buffer, headers: Record<string, string> = {}) =>
      request.post("/sign-up", { data, headers: { "Next-Action": id!, "Content-Type": "text/plain;charset=UTF-8", ...headers }, failOnStatusCode: false });
    const oversize = await post(Buffer.alloc(1_100_000, "a"));
    expect(oversize.status()).toBe(413);
    expectSecurityHeaders(oversize.headers());
    for (const body of ['[{"name":', "hello", '["$Q1"]']) {
      const response = await post(body);
      expect(response.status(), body).toBeGreaterThanOrEqual(400);
      expect(response.status(), body).toBeLessThan(500);
    }
    // A payload Next.js can decode reaches the action, which refuses it.
    const decodable = await post('["$K1"]');
    expect(decodable.status()).toBe(200);
    expect(await decodable.text()).toContain('"ok":false');
    const multipart = await post("garbage", { "Content-Type": "multipart/form-data; boundary=xx" });
    expect(multipart.status()).toBe(400);
  });
});

test.describe("sign-in", () => {
  test("a callbackUrl that leads off-site is replaced by a path on this site", async ({ page }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
    await signIn(page, DEMO_LEARNER);
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    // Signed in, the same link (and a line break in it) redirects on this site, never a 500.
    for (const callback of ["/%09/evil.example", "/%0A/x", "//evil.example"]) {
      const response = await page.request.get(`/sign-in?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBeLessThan(400);
      const location = response.headers().location ?? "";
      expect(new URL(location, "http://here.invalid").host, callback).toBe("here.invalid");
    }
  });

  test("the error parameter shows our own words, never the URL's", async ({ page }) => {
    await page.goto("/sign-in?error=Your%20account%20is%20suspended.%20Call%20555-0100");
    await expect(page.getByRole("alert").filter({ hasText: "Sign-in failed. Please try again." })).toBeVisible();
    await expect(page.getByText("555-0100")).toHaveCount(0);
  });

  test("a copy of the session cookie stops working after sign-out", async ({ page, playwright, baseURL }) => {
    const learner = newLearner();
    await signUp(page, learner);
    await expect(page).toHaveURL(/\/guide$/);
    const cookie = (await page.context().cookies()).find((entry) => entry.name === SESSION_COOKIE)!;
    const copy = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=${cookie.value}` } });
    expect((await copy.get("/account", { maxRedirects: 0 })).status()).toBe(200);
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    const after = await copy.get("/account", { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers().location).toContain("/sign-in");
    await copy.dispose();
  });
});

/** Another learner (signed up through the form), a signed-out visitor and a forged session cookie. */
async function intruders(playwright: PlaywrightWorkerArgs["playwright"], browser: Browser, baseURL: string) {
  const other = await playwright.request.newContext({ baseURL });
  const learner = newLearner();
  const signUpPage = await browser.newPage();
  await signUp(signUpPage, learner);
  await expect(signUpPage).toHaveURL(/\/guide$/);
  await signUpPage.close();
  await signInOverHttp(other, learner);
  const signedOut = await playwright.request.newContext({ baseURL });
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged` },
  });
  return { other, signedOut, forged };
}

test.describe("authorisation matrix over HTTP", () => {
  test("another learner, a signed-out visitor and a forged cookie get nothing of the demo learner's", async ({ playwright, baseURL, browser }) => {
    const owner = await playwright.request.newContext({ baseURL });
    await signInOverHttp(owner, DEMO_LEARNER);
    const progress = await (await owner.get("/progress")).text();
    const attemptPath = /\/practice\/[a-z0-9-]+\/attempts\/[A-Za-z0-9]+/.exec(progress)?.[0];
    expect(attemptPath, "the demo learner's progress page links an attempt").toBeTruthy();
    expect((await owner.get(attemptPath!)).status()).toBe(200);

    const { other, signedOut, forged } = await intruders(playwright, browser, baseURL!);

    // Pages
    expect((await other.get(attemptPath!)).status()).toBe(404);
    for (const intruder of [signedOut, forged]) {
      const response = await intruder.get(attemptPath!, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toContain("/sign-in");
    }
    for (const page of ["/admin/users", "/admin/disputes"]) {
      expect((await other.get(page)).status(), page).toBe(403);
      expect((await forged.get(page, { maxRedirects: 0 })).status(), page).toBe(307);
    }
    const otherProfile = await (await other.get("/profile")).text();
    expect(otherProfile).not.toContain("60000");
    // Routes
    for (const intruder of [other, signedOut, forged]) {
      expect(await (await intruder.get("/api/health")).json()).toEqual({ status: "ok" });
      const session = await (await intruder.get("/api/auth/session")).json();
      expect(JSON.stringify(session)).not.toContain(DEMO_LEARNER.email);
    }
    for (const context of [owner, other, signedOut, forged]) await context.dispose();
  });

  test("a cohort's pages, the demo learner's days and cohort answer no one else", async ({ playwright, baseURL, browser }) => {
    const instructor = await playwright.request.newContext({ baseURL });
    await signInOverHttp(instructor, DEMO_INSTRUCTOR);
    const cohortPath = /\/instructor\/cohorts\/[A-Za-z0-9]+/.exec(await (await instructor.get("/instructor")).text())?.[0];
    expect(cohortPath, "the demo instructor's home links the seeded cohort").toBeTruthy();
    const gradebook = await (await instructor.get(`${cohortPath}/gradebook`)).text();
    const learnerPath = new RegExp(`${cohortPath}/learners/[A-Za-z0-9]+`).exec(gradebook)?.[0];
    expect(learnerPath, "the gradebook links a learner's work").toBeTruthy();
    const owner = await playwright.request.newContext({ baseURL });
    await signInOverHttp(owner, DEMO_LEARNER);
    const dayPath = /\/workday\/[A-Za-z0-9]+\/report/.exec(await (await owner.get("/workday")).text())?.[0];
    const learnerCohortPath = /\/cohorts\/[A-Za-z0-9]+/.exec(await (await owner.get("/cohorts")).text())?.[0];
    expect(dayPath, "the demo learner's finished day is listed").toBeTruthy();
    expect(learnerCohortPath, "the demo learner's cohort is listed").toBeTruthy();
    const ownPages = [cohortPath!, `${cohortPath}/gradebook`, `${cohortPath}/gradebook/export`, learnerPath!];
    for (const page of ownPages) expect((await instructor.get(page)).status(), page).toBe(200);
    for (const page of [dayPath!, learnerCohortPath!]) expect((await owner.get(page)).status(), page).toBe(200);

    const { other, signedOut, forged } = await intruders(playwright, browser, baseURL!);
    for (const page of [...ownPages, dayPath!, learnerCohortPath!]) {
      const status = (await other.get(page, { maxRedirects: 0 })).status();
      expect([403, 404], `another learner on ${page}`).toContain(status);
      const body = await (await other.get(page)).text();
      expect(body, page).not.toContain(DEMO_LEARNER.name);
      for (const intruder of [signedOut, forged]) {
        const response = await intruder.get(page, { maxRedirects: 0 });
        expect([307, 401, 403, 404], `${page} signed out or forged`).toContain(response.status());
        if (response.status() === 307) expect(response.headers().location).toContain("/sign-in");
      }
    }
    // The demo learner is not this cohort's instructor: the instructor's pages are not theirs either.
    for (const page of ownPages) expect([403, 404], `the learner on ${page}`).toContain((await owner.get(page, { maxRedirects: 0 })).status());
    for (const context of [instructor, owner, other, signedOut, forged]) await context.dispose();
  });

  test("an admin's deactivation signs the learner out at once", async ({ browser, playwright, baseURL }) => {
    test.setTimeout(120_000);
    const learner = newLearner();
    const page = await browser.newPage();
    await signUp(page, learner);
    await expect(page).toHaveURL(/\/guide$/);
    const admin = await browser.newPage();
    await admin.goto(`/sign-in?callbackUrl=${encodeURIComponent(`/admin/users?q=${learner.email}`)}`);
    await signIn(admin, DEMO_ADMIN);
    await admin.getByRole("button", { name: `Deactivate ${learner.email}` }).click();
    await expect(admin.getByText(`${learner.email} is signed out everywhere and cannot sign in.`)).toBeVisible();
    const response = await page.goto("/account");
    expect(new URL(response!.url()).pathname).toBe("/sign-in");
    const again = await playwright.request.newContext({ baseURL });
    const { csrfToken } = (await (await again.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const refused = await again.post("/api/auth/callback/credentials", { form: { email: learner.email, password: learner.password, csrfToken, json: "true" } });
    expect(JSON.stringify(await refused.json())).toContain("error=CredentialsSignin");
    await again.dispose();
    await page.close();
    await admin.close();
  });
});
