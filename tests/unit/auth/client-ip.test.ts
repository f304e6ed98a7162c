import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, initClientAddressToken, resolveClientAddress, stampClientAddress } from "@/lib/auth/client-address";

describe("resolveClientAddress", () => {
  it.each([
    // No trusted proxy: the socket's peer, whatever X-Forwarded-For claims (a client can set it to anything).
    ["10.0.0.9", "203.0.113.9", 0, "10.0.0.9"],
    ["10.0.0.9", "198.51.100.66, 203.0.113.9", 0, "10.0.0.9"],
    ["::ffff:127.0.0.1", undefined, 0, "127.0.0.1"],
    // One trusted proxy: the address it appended, not what the client put before it.
    ["10.0.0.2", "198.51.100.66, 203.0.113.9", 1, "203.0.113.9"],
    ["10.0.0.2", ["198.51.100.66", "203.0.113.9 "], 1, "203.0.113.9"],
    // Two trusted proxies (a CDN, then a load balancer).
    ["10.0.0.2", "198.51.100.66, 203.0.113.9, 10.0.0.1", 2, "203.0.113.9"],
    // More hops configured than the chain has: as far as the chain reaches.
    ["10.0.0.2", "203.0.113.9", 3, "203.0.113.9"],
    ["10.0.0.2", "", 1, "10.0.0.2"],
    [undefined, undefined, 0, undefined],
  ] as const)("socket %s, X-Forwarded-For %o, %i hops -> %s", (socket, forwarded, hops, expected) => {
    expect(resolveClientAddress(socket, forwarded as string | string[] | undefined, hops)).toBe(expected);
  });
});

describe("clientAddressFrom", () => {
  afterEach(() => {
    delete (globalThis as { __chartwiseClientAddressToken?: string }).__chartwiseClientAddressToken;
  });

  it("reads only what the request gate stamped with its per-process token", () => {
    const token = initClientAddressToken();
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: stampClientAddress("203.0.113.9", token) })).toBe("203.0.113.9");
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: stampClientAddress("203.0.113.9", token) }))).toBe("203.0.113.9");
    // A client that sets the header itself does not know the token.
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: "forged 198.51.100.1" })).toBeUndefined();
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: "198.51.100.1" })).toBeUndefined();
    expect(clientAddressFrom({ "x-forwarded-for": "198.51.100.1" })).toBeUndefined();
  });

  it("reads nothing the request gate did not stamp", () => {
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: "anything 203.0.113.9" })).toBeUndefined();
  });
});
