// The production server that `npm start` runs: Next.js for everything, except the code-search typeahead, which is
// answered straight from the in-memory index. Next's own request pipeline costs about 4 ms a request on a 2-core
// machine, more than the search itself; a lookup fired on every keystroke should not pay it.
import http from "node:http";
import next from "next";
import type { FastPaths } from "@/lib/server-start";
import { CLIENT_ADDRESS_HEADER, initClientAddressToken, resolveClientAddress, stampClientAddress } from "@/lib/auth/client-address";
import { getEnv } from "@/lib/env";
import { preflight } from "@/lib/http/preflight";
import { securityHeaders, transportSecurityHeaders } from "@/lib/security-headers";

const SEARCH_PATH = "/api/codes/search";

async function main() {
  const env = getEnv();
  const app = next({ dev: false, port: env.PORT, hostname: "0.0.0.0" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const headers = Object.fromEntries([...securityHeaders(false), ...transportSecurityHeaders(env.NEXTAUTH_URL)].map(({ key, value }) => [key, value]));
  const transportHeaders = Object.fromEntries(transportSecurityHeaders(env.NEXTAUTH_URL).map(({ key, value }) => [key, value]));
  // The client's address from the socket and the configured proxy hops, never from a header the client set.
  const addressToken = initClientAddressToken();
  // Set by lib/server-start.ts when Next.js runs the instrumentation hook; until then Next answers every path.
  const fastPaths = () => (globalThis as { __chartwiseFastPaths?: FastPaths }).__chartwiseFastPaths;

  const server = http.createServer((request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = stampClientAddress(
      resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], env.CHARTWISE_TRUSTED_PROXY_HOPS),
      addressToken,
    );
    const refusal = preflight(request);
    if (refusal) {
      response.writeHead(refusal.status, { ...headers, "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close" });
      response.end(JSON.stringify({ error: refusal.message }));
      // Do not read a body we refused (an oversize upload); the connection closes after the answer.
      request.resume();
      return;
    }
    for (const [key, value] of Object.entries(transportHeaders)) response.setHeader(key, value);
    if (request.method === "POST" && request.headers["next-action"] !== undefined) answerMalformedActionsWith400(response);
    const url = new URL(request.url ?? "/", "http://localhost");
    const codeSearch = fastPaths()?.codeSearch;
    if (request.method !== "GET" || url.pathname !== SEARCH_PATH || !codeSearch) {
      void handle(request, response);
      return;
    }
    codeSearch(Object.fromEntries(url.searchParams)).then(
      (answer) => {
        response.writeHead(answer.status, { ...headers, "Content-Type": "application/json", "Cache-Control": "no-store" });
        response.end(JSON.stringify(answer.body));
      },
      (error: unknown) => {
        console.error(error);
        response.writeHead(500, { ...headers, "Content-Type": "application/json" });
        response.end(JSON.stringify({ error: "The search failed on our side." }));
      },
    );
  });
  server.listen(env.PORT, () => console.log(`✓ Ready on http://localhost:${env.PORT}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

/**
 * Every server action runs through the action() pipeline, which turns any error of ours into an ActionResult
 * (200). A 500 on an action request therefore comes from Next.js failing to decode the payload (malformed JSON,
 * a forged reference, a broken multipart body): the client's fault, so it is answered 400.
 */
function answerMalformedActionsWith400(response: http.ServerResponse) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => http.ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 500) {
      console.warn("[serve] Next.js could not decode a server action request; answered 400.");
      return writeHead(400, ...rest);
    }
    return writeHead(status, ...rest);
  }) as typeof response.writeHead;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
