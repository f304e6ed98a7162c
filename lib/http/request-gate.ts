import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, initClientAddressToken, resolveClientAddress, stampClientAddress } from "@/lib/auth/client-address";
import { preflight, type PreflightRefusal } from "@/lib/http/preflight";
import { transportSecurityHeaders } from "@/lib/security-headers";

/** Where a refused request is sent; its route handler answers with the refusal stamped below. */
export const REFUSED_PATH = "/api/refused";
export const REFUSAL_HEADER = "x-chartwise-refusal";

type GateOptions = { trustedProxyHops: number; publicUrl: string | undefined };
type RequestStart = { request: IncomingMessage; response: ServerResponse };

/**
 * Node publishes every incoming request on this channel just before the server hands it to Next.js, in
 * development and in production alike. The gate uses that moment for what Next.js cannot do itself: read the
 * socket's address (Next.js only sets X-Forwarded-For when the client did not), and turn the requests Next.js
 * would answer with a bare 500 (broken percent-escapes, oversize or undecodable server-action bodies) into 4xx
 * answers that carry the usual headers.
 */
export function installRequestGate(options: GateOptions): void {
  const global = globalThis as { __chartwiseRequestGate?: boolean };
  if (global.__chartwiseRequestGate) return;
  global.__chartwiseRequestGate = true;
  const token = initClientAddressToken();
  const transportHeaders = transportSecurityHeaders(options.publicUrl);
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { request, response } = message as RequestStart;
    gate(request, response, { token, transportHeaders, trustedProxyHops: options.trustedProxyHops });
  });
}

type GateContext = { token: string; transportHeaders: { key: string; value: string }[]; trustedProxyHops: number };

export function gate(request: IncomingMessage, response: ServerResponse, context: GateContext): void {
  const headers = request.headers;
  headers[CLIENT_ADDRESS_HEADER] = stampClientAddress(
    resolveClientAddress(request.socket?.remoteAddress, headers["x-forwarded-for"], context.trustedProxyHops),
    context.token,
  );
  delete headers[REFUSAL_HEADER];
  for (const { key, value } of context.transportHeaders) response.setHeader(key, value);

  const refusal = preflight(request);
  if (refusal) {
    redirectToRefusal(request, response, refusal, context.token);
    return;
  }
  if (request.method === "POST" && headers["next-action"] !== undefined) answerUndecodableActionsWith400(response);
}

/**
 * The request goes to the refusal route instead, as a GET: its body (an oversize upload) is never read, and the
 * connection closes after the answer so the unread bytes go with it.
 */
function redirectToRefusal(request: IncomingMessage, response: ServerResponse, refusal: PreflightRefusal, token: string) {
  request.headers[REFUSAL_HEADER] = `${token} ${refusal.status} ${encodeURIComponent(refusal.message)}`;
  delete request.headers["next-action"];
  delete request.headers["content-length"];
  delete request.headers["transfer-encoding"];
  delete request.headers["content-type"];
  request.method = "GET";
  request.url = REFUSED_PATH;
  response.setHeader("Connection", "close");
}

/** The refusal the gate stamped on this request, or null for any other (a client cannot forge the token). */
export function stampedRefusal(headers: Headers): PreflightRefusal | null {
  const token = (globalThis as { __chartwiseClientAddressToken?: string }).__chartwiseClientAddressToken;
  const value = headers.get(REFUSAL_HEADER);
  if (!token || !value?.startsWith(`${token} `)) return null;
  const [status, message] = value.slice(token.length + 1).split(" ");
  if (status !== "400" && status !== "405" && status !== "411" && status !== "413") return null;
  return { status: Number(status) as PreflightRefusal["status"], message: decodeURIComponent(message ?? "") };
}

/**
 * Every server action runs through the action() pipeline, which turns any error of ours into an ActionResult
 * (200). A 500 on an action request therefore comes from Next.js failing to decode the payload (malformed JSON,
 * a forged reference, a broken multipart body): the client's fault, so it is answered 400.
 */
function answerUndecodableActionsWith400(response: ServerResponse) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 500) {
      console.warn("[request-gate] Next.js could not decode a server action request; answered 400.");
      return writeHead(400, ...rest);
    }
    return writeHead(status, ...rest);
  }) as typeof response.writeHead;
}
