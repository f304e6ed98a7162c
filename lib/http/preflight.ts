/**
 * Requests answered with a 4xx and the usual headers before Next.js routes them: Next.js would answer each with a
 * bare 500. Pure, so it is unit-tested; the request gate (lib/http/request-gate.ts) applies it.
 */
export type PreflightRefusal = { status: 400 | 405 | 411 | 413; message: string };

/** Server action bodies larger than this are refused (Next.js's own limit, which it enforces with a 500). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

type PreflightRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

const header = (headers: PreflightRequest["headers"], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function preflight(request: PreflightRequest): PreflightRefusal | null {
  const rawPath = (request.url ?? "/").split("?")[0]!;
  for (const segment of rawPath.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return { status: 400, message: "That address has a broken percent-escape. Check the link and try again." };
    }
  }
  const isAction = request.method === "POST" && header(request.headers, "next-action") !== undefined;
  if (isAction) {
    const length = header(request.headers, "content-length");
    if (length === undefined) return { status: 411, message: "A form submission must say how long it is." };
    if (!/^\d{1,12}$/.test(length)) return { status: 400, message: "That form submission's length is not a number." };
    if (Number(length) > MAX_ACTION_BODY_BYTES) {
      return { status: 413, message: "That form submission is larger than any form here sends (1 MB). Reload the page and try again." };
    }
  }
  return null;
}
