import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formDataOfCall, formDataToObject, runAction, SIGNED_OUT_MESSAGE, UNEXPECTED_MESSAGE } from "@/lib/actions/run-action";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { DomainError } from "@/lib/errors";

const learner: Actor = { id: "u1", role: "LEARNER" };
const admin: Actor = { id: "u2", role: "ADMIN" };
const Schema = z.object({ name: z.string().min(1, "Enter a name.") });

function deps(user: Actor | null) {
  return { currentUser: async () => user, logUnexpected: vi.fn() };
}

describe("runAction", () => {
  it("refuses a signed-out caller before running the handler", async () => {
    const handler = vi.fn(async () => "done");
    const result = await runAction(deps(null), Schema, {}, handler)({ name: "x" });
    expect(result).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    expect(handler).not.toHaveBeenCalled();
  });

  it("uses the action's own signed-out message when it has one", async () => {
    const result = await runAction(deps(null), Schema, { signedOutMessage: "Sign in to save." }, async () => 1)({ name: "x" });
    expect(result).toEqual({ ok: false, message: "Sign in to save." });
  });

  it("lets a signed-out caller through when the action is public", async () => {
    const result = await runAction(deps(null), Schema, { signedIn: false }, async (input, user) => `${input.name}:${user}`)({ name: "x" });
    expect(result).toEqual({ ok: true, data: "x:null" });
  });

  it("answers invalid input with field errors and the schema's message", async () => {
    const handler = vi.fn(async () => "done");
    const result = await runAction(deps(learner), Schema, {}, handler)({ name: "" });
    expect(result).toMatchObject({ ok: false, message: "Enter a name.", fieldErrors: { name: ["Enter a name."] } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a user the policy does not allow", async () => {
    const handler = vi.fn(async () => "done");
    const run = runAction(deps(learner), Schema, { policy: canManageUsers, forbiddenMessage: "Admins only." }, handler);
    expect(await run({ name: "x" })).toEqual({ ok: false, message: "Admins only." });
    expect(handler).not.toHaveBeenCalled();
    const allowed = await runAction(deps(admin), Schema, { policy: canManageUsers }, async () => 1)({ name: "x" });
    expect(allowed).toEqual({ ok: true, data: 1 });
  });

  it("maps a DomainError to its message and field errors", async () => {
    const run = runAction(deps(learner), Schema, {}, async () => {
      throw new DomainError("CONFLICT", "Already done.", { fieldErrors: { name: ["Taken."] } });
    });
    expect(await run({ name: "x" })).toEqual({ ok: false, message: "Already done.", fieldErrors: { name: ["Taken."] } });
  });

  it("logs an unexpected error and answers with a generic message", async () => {
    const d = deps(learner);
    const run = runAction(d, Schema, {}, async () => {
      throw new Error("database exploded at row 7");
    });
    expect(await run({ name: "x" })).toEqual({ ok: false, message: UNEXPECTED_MESSAGE });
    expect(d.logUnexpected).toHaveBeenCalledOnce();
  });

  it("lets framework redirects through", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;" });
    const run = runAction(deps(learner), Schema, {}, async () => {
      throw redirect;
    });
    await expect(run({ name: "x" })).rejects.toBe(redirect);
  });
});

describe("formDataToObject", () => {
  it("keeps single values as strings and repeated keys as arrays", () => {
    const form = new FormData();
    form.append("a", "1");
    form.append("b", "2");
    form.append("b", "3");
    expect(formDataToObject(form)).toEqual({ a: "1", b: ["2", "3"] });
  });
});

describe("formDataOfCall", () => {
  it("finds the FormData whether the form action is called by useActionState or directly", () => {
    const form = new FormData();
    expect(formDataOfCall(null, form)).toBe(form);
    expect(formDataOfCall({ ok: true, data: 1 }, form)).toBe(form);
    expect(formDataOfCall(form)).toBe(form);
    expect(() => formDataOfCall({ name: "x" })).toThrow(TypeError);
  });
});
