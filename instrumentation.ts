// Runs once when the server starts; the Node.js-only checks live in lib/server-start.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkServerCanStart } = await import("@/lib/server-start");
    await checkServerCanStart();
  }
}
