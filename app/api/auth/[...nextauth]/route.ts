// GET|POST /api/auth/*: next-auth's sign-in, callback, session and sign-out endpoints.
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/config";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
