import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // A separate build folder lets a second dev server (or the e2e build) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite loads its WebAssembly and data files from its own package folder at run time; node-x12 is server-only CommonJS.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "node-x12"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
};

export default nextConfig;
