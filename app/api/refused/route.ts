import { stampedRefusal } from "@/lib/http/request-gate";

/** Answers the requests the request gate refused (lib/http/request-gate.ts); anything else is not found. */
export function GET(request: Request) {
  const refusal = stampedRefusal(request.headers);
  if (!refusal) return Response.json({ error: "Not found." }, { status: 404 });
  return Response.json({ error: refusal.message }, { status: refusal.status, headers: { "Cache-Control": "no-store" } });
}
