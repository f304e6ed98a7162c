// Page weight helpers shared by the benchmarks: a signed-in session cookie, and a page's first-load JavaScript.
import zlib from "node:zlib";

/** Signs in through the real sign-in form's endpoint; returns the session cookie ("name=value"). */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/progress`, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Could not sign in as ${email} (status ${response.status}).`);
  return session.split(";")[0]!;
}

/** Gzipped bytes of each script the page's HTML loads before it is interactive, by address. */
export async function firstLoadScripts(base: string, pagePath: string, cookie: string): Promise<Map<string, number>> {
  const html = await (await fetch(`${base}${pagePath}`, { headers: { cookie } })).text();
  // Scripts marked noModule are polyfills that browsers with ES modules skip.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0]));
  const sizes = new Map<string, number>();
  for (const source of new Set(tags.map((match) => match[1]!))) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    sizes.set(source, zlib.gzipSync(body).length);
  }
  return sizes;
}

/** First-load JavaScript of a page, gzipped KB to one decimal. */
export async function firstLoadKb(base: string, pagePath: string, cookie: string): Promise<number> {
  const bytes = [...(await firstLoadScripts(base, pagePath, cookie)).values()].reduce((sum, size) => sum + size, 0);
  return Math.round(bytes / 102.4) / 10;
}
