// GET|POST /api/auth/*: next-auth's sign-in, callback, session and sign-out endpoints.
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/config";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  const [action, provider] = (await context.params).nextauth;
  // next-auth throws (a 500) when the credentials callback is fetched with GET: only a POST from the form is one.
  if (request.method === "GET" && action === "callback" && provider === "credentials") {
    return Response.json({ error: "Sign in with the form: this address only takes the form's POST." }, { status: 405, headers: { Allow: "POST" } });
  }
  return NextAuth(request as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
