// POST/DELETE /api/test-hooks/learners: creates and deletes learners for the end-to-end tests' sign-in fixture.
// It exists only when CHARTWISE_TEST_HOOKS_TOKEN is set (never in production) and answers only requests carrying
// that token; otherwise it is a plain 404.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { DomainError, HTTP_STATUS_BY_CODE } from "@/lib/errors";
import { CreateTestLearnerSchema, createTestLearner, deleteTestLearner } from "@/lib/testing/test-learners";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "Not found." }, { status: 404 });

function allowed(request: Request): boolean {
  const expected = getEnv().CHARTWISE_TEST_HOOKS_TOKEN;
  const given = request.headers.get("x-test-hooks-token");
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

async function answer(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: HTTP_STATUS_BY_CODE[error.code] });
    throw error;
  }
}

export async function POST(request: Request) {
  if (!allowed(request)) return notFound();
  const parsed = CreateTestLearnerSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid learner." }, { status: 400 });
  return answer(async () => Response.json(await createTestLearner(await getDatabase(), parsed.data), { status: 201 }));
}

export async function DELETE(request: Request) {
  if (!allowed(request)) return notFound();
  const id = z.string().min(1).max(40).safeParse(new URL(request.url).searchParams.get("id"));
  if (!id.success) return Response.json({ error: "Give the learner's id." }, { status: 400 });
  return answer(async () => {
    await deleteTestLearner(await getDatabase(), id.data);
    return new Response(null, { status: 204 });
  });
}
