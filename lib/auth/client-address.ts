import { randomBytes } from "node:crypto";

/**
 * The client's network address, for per-address rate limits. Next.js only sets X-Forwarded-For when a request
 * lacks one, so without a proxy of our own that header is whatever the client says. The request gate
 * (lib/http/request-gate.ts) therefore resolves the address from the socket, trusting exactly
 * CHARTWISE_TRUSTED_PROXY_HOPS proxies in front of it, and hands it to the app in a header stamped with a
 * per-process token that a client cannot know. A forged header reads as no address.
 */
export const CLIENT_ADDRESS_HEADER = "x-chartwise-client-address";

type Global = { __chartwiseClientAddressToken?: string };

/** Called once by the request gate before the server takes requests; returns the token it stamps with. */
export function initClientAddressToken(): string {
  const global = globalThis as Global;
  global.__chartwiseClientAddressToken ??= randomBytes(18).toString("base64url");
  return global.__chartwiseClientAddressToken;
}

/**
 * The address `trustedHops` proxies away: with 0 the socket's peer; with N, the Nth X-Forwarded-For entry from the
 * right (each trusted proxy appends the address it saw). When the header has fewer entries than hops, the
 * leftmost entry, as far as the chain reaches.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string | undefined {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const addresses = [socketAddress, ...chain.reverse()].filter((entry): entry is string => Boolean(entry));
  const address = addresses[Math.min(trustedHops, addresses.length - 1)];
  return address ? normaliseAddress(address) : undefined;
}

function normaliseAddress(address: string): string {
  const bare = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return bare.slice(0, 64);
}

/** The header value the request gate sets (it overwrites whatever the client sent). */
export function stampClientAddress(address: string | undefined, token: string): string {
  return `${token} ${address ?? "unknown"}`;
}

/** The address the request gate resolved for this request, or undefined when it did not stamp one. */
export function clientAddressFrom(headers: Headers | Record<string, string | string[] | undefined> | undefined): string | undefined {
  const token = (globalThis as Global).__chartwiseClientAddressToken;
  if (!token || !headers) return undefined;
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value?.startsWith(`${token} `)) return undefined;
  const address = value.slice(token.length + 1);
  return address === "unknown" ? undefined : address;
}
