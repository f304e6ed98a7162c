import { createElement, type ComponentType } from "react";
import { renderToReadableStream, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { lazyPart } from "@/components/ui/lazy-part";

function Greeting({ name }: { name: string }) {
  return createElement("p", null, `Hello, ${name}`);
}

/** A loader that counts its calls, as a module-level `() => import(...)` would be called. */
function countingLoader() {
  const calls = { count: 0 };
  const load = async (): Promise<ComponentType<{ name: string }>> => {
    calls.count += 1;
    return Greeting;
  };
  return { calls, load };
}

async function renderFully(element: ReturnType<typeof createElement>): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

describe("lazyPart", () => {
  it("with ssr: false renders only the fallback on the server and never loads the part there", () => {
    const { calls, load } = countingLoader();
    const Part = lazyPart(load, { ssr: false, fallback: createElement("span", null, "Loading…") });
    expect(renderToString(createElement(Part, { name: "Alex" }))).toBe("<span>Loading…</span>");
    expect(calls.count).toBe(0);
  });

  it("renders the loaded part with its props, loading its code once however often it renders", async () => {
    const { calls, load } = countingLoader();
    const Part = lazyPart(load);
    const html = await renderFully(createElement("div", null, createElement(Part, { name: "Alex" }), createElement(Part, { name: "Sam" })));
    expect(html).toContain("Hello, Alex");
    expect(html).toContain("Hello, Sam");
    expect(calls.count).toBe(1);
  });

  it("with a fallback has a Suspense boundary of its own: the fallback stands in while the code loads", async () => {
    const { load } = countingLoader();
    const Part = lazyPart(load, { fallback: createElement("span", null, "Opening the editor…") });
    expect(renderToString(createElement(Part, { name: "Alex" }))).toContain("Opening the editor…");
    expect(await renderFully(createElement(Part, { name: "Alex" }))).toContain("Hello, Alex");
  });

  it("without a fallback suspends its parent, as a part revealed in a transition must", () => {
    const { load } = countingLoader();
    const Part = lazyPart(load);
    expect(() => renderToString(createElement(Part, { name: "Alex" }))).toThrow();
  });
});
