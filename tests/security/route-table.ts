// Route handlers for the hostile-input suite, called in process with a Request. A capability that adds a route
// handler adds a row: its URL, a valid query, and (for a dynamic segment) a valid segment.
import { GET as codeDetail } from "@/app/api/codes/[code]/route";
import { GET as codeSearch } from "@/app/api/codes/search/route";
import { GET as health } from "@/app/api/health/route";
import { GET as refused } from "@/app/api/refused/route";
import { GET as salaryProjection } from "@/app/api/salary/projection/route";
import { segmentParam } from "@/lib/validation/fields";
import { INJECTION_STRINGS } from "./hostile-payloads";

export type RouteRow = {
  name: string;
  /** The route handler file's URL pattern, as listRouteHandlers() names it. */
  pattern: string;
  /** Path with `{segment}` where the dynamic segment goes. */
  path: string;
  validSegment?: string;
  validQuery: Record<string, string>;
  call: (url: string) => Promise<Response>;
};

const ORIGIN = "http://localhost";
// Next.js decodes a dynamic segment once before the handler sees it (a segment that does not decode never reaches it).
// (The request gate answers an undecodable segment 400 itself: lib/http/request-gate.ts.)
const segmentOf = (url: string, prefix: string) => segmentParam(new URL(url).pathname.slice(prefix.length));

export const ROUTE_ROWS: RouteRow[] = [
  {
    name: "GET /api/codes/search",
    pattern: "/api/codes/search",
    path: "/api/codes/search",
    validQuery: { q: "asthma", system: "icd10cm", billable: "1", limit: "5" },
    call: (url) => codeSearch(new Request(url)),
  },
  {
    name: "GET /api/codes/{code}",
    pattern: "/api/codes/[code]",
    path: "/api/codes/{segment}",
    validSegment: "J45.901",
    validQuery: { system: "icd10cm" },
    call: (url) => codeDetail(new Request(url), { params: Promise.resolve({ code: segmentOf(url, "/api/codes/") }) }),
  },
  {
    name: "GET /api/salary/projection",
    pattern: "/api/salary/projection",
    path: "/api/salary/projection",
    validQuery: { state: "nj", setting: "hospital", years: "3", credentials: "cpc,coc", remote: "1" },
    call: (url) => salaryProjection(new Request(url)),
  },
  { name: "GET /api/health", pattern: "/api/health", path: "/api/health", validQuery: {}, call: (url) => health(new Request(url)) },
  // Answers only what the request gate refused (stamped with its per-process token); anything sent here directly is 404.
  { name: "GET /api/refused", pattern: "/api/refused", path: "/api/refused", validQuery: {}, call: async (url) => refused(new Request(url)) },
];

/** Routes exercised over HTTP only (tests/e2e/hostile-http.spec.ts), because they need the real framework around them. */
// The test-hooks route exists only when CHARTWISE_TEST_HOOKS_TOKEN is set; the e2e sign-in fixture drives it.
export const HTTP_ONLY_ROUTES = ["/api/auth/[...nextauth]", "/api/test-hooks/learners"];

type Query = { label: string; url: string };

export function hostileQueries(row: RouteRow): Query[] {
  const url = (query: Record<string, string>, segment = row.validSegment) => {
    const search = new URLSearchParams(query).toString();
    return `${ORIGIN}${row.path.replace("{segment}", encodeURIComponent(segment ?? ""))}${search ? `?${search}` : ""}`;
  };
  const raw = (rawQuery: string, segment = row.validSegment ?? "") => `${ORIGIN}${row.path.replace("{segment}", segment)}?${rawQuery}`;
  const values = ["", "\u0000", "a\u0000b", "\uD800", "\u202Eevil", "x".repeat(10_000), "-1", "1e309", "NaN", "[object Object]", ...INJECTION_STRINGS];
  const queries: Query[] = [{ label: "no parameters", url: url({}) }];
  for (const name of [...Object.keys(row.validQuery), "unexpected"]) {
    for (const value of values) queries.push({ label: `${name}=${JSON.stringify(value.slice(0, 20))}`, url: url({ ...row.validQuery, [name]: value }) });
    queries.push({ label: `${name} repeated`, url: raw(`${name}=a&${name}=b`) });
    queries.push({ label: `${name}[] array syntax`, url: raw(`${name}[]=a&${name}[]=b`) });
    queries.push({ label: `${name} percent garbage`, url: raw(`${name}=%E0%A4%A&${name}=%25%25%ZZ`) });
  }
  if (row.validSegment) {
    for (const segment of ["%25", "%2525", "..%2F..%2Fetc", "%00", "%C0%AF", "x".repeat(5_000), "%F0%9F%98%80", ...INJECTION_STRINGS.map(encodeURIComponent)]) {
      queries.push({ label: `segment ${segment.slice(0, 20)}`, url: raw(new URLSearchParams(row.validQuery).toString(), segment) });
    }
  }
  return queries;
}
