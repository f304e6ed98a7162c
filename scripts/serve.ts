// The production server that `npm start` runs. Every request goes to Next.js; this file only does what Next.js
// cannot: it stamps the client's socket address (with the configured proxy hops) so a client cannot forge it, and it
// answers the requests Next.js would answer with a bare 500 (broken percent-escapes, oversize or undecodable
// server-action bodies) with a 4xx and the security headers.
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, initClientAddressToken, resolveClientAddress, stampClientAddress } from "@/lib/auth/client-address";
import { getEnv } from "@/lib/env";
import { preflight } from "@/lib/http/preflight";
import { securityHeaders, transportSecurityHeaders } from "@/lib/security-headers";

async function main() {
  const env = getEnv();
  const app = next({ dev: false, port: env.PORT, hostname: "0.0.0.0" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const refusalHeaders = Object.fromEntries([...securityHeaders(false), ...transportSecurityHeaders(env.NEXTAUTH_URL)].map(({ key, value }) => [key, value]));
  const transportHeaders = Object.fromEntries(transportSecurityHeaders(env.NEXTAUTH_URL).map(({ key, value }) => [key, value]));
  // The client's address from the socket and the configured proxy hops, never from a header the client set.
  const addressToken = initClientAddressToken();

  const server = http.createServer((request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = stampClientAddress(
      resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], env.CHARTWISE_TRUSTED_PROXY_HOPS),
      addressToken,
    );
    const refusal = preflight(request);
    if (refusal) {
      response.writeHead(refusal.status, { ...refusalHeaders, "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close" });
      response.end(JSON.stringify({ error: refusal.message }));
      // Do not read a body we refused (an oversize upload); the connection closes after the answer.
      request.resume();
      return;
    }
    for (const [key, value] of Object.entries(transportHeaders)) response.setHeader(key, value);
    if (request.method === "POST" && request.headers["next-action"] !== undefined) answerMalformedActionsWith400(response);
    void handle(request, response);
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
