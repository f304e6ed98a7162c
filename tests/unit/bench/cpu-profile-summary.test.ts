import { describe, expect, it } from "vitest";
import { categoryOfSource, PROFILE_CATEGORIES, summariseProfile, type CpuProfile, type ProfileNode } from "@/scripts/bench/cpu-profile-summary";

const REACT_FLIGHT_SERVER =
  "node_modules/next/dist/compiled/next-server/webpack:/next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-server.node.production.js";
const REACT_FLIGHT_CLIENT =
  "node_modules/next/dist/compiled/next-server/webpack:/next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-client.node.production.js";

describe("categoryOfSource", () => {
  it.each([
    [REACT_FLIGHT_SERVER, "payload"],
    [REACT_FLIGHT_CLIENT, "html"],
    ["node_modules/next/dist/compiled/next-server/webpack:/next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js", "html"],
    ["node_modules/next/dist/server/lib/router-utils/resolve-routes.js", "nextjs"],
    ["node_modules/@electric-sql/pglite/src/parse.ts", "database"],
    ["node_modules/@electric-sql/pg-protocol/src/buffer-reader.ts", "database"],
    ["node_modules/@prisma/client/runtime/client.js", "database"],
    ["wasm://wasm/022a9842", "database"],
    ["generated/prisma/internal/class.ts", "database"],
    ["node_modules/next-auth/jwt/index.js", "auth"],
    ["node_modules/next/node_modules/jose/dist/jwe.js", "auth"],
    ["lib/progress/learner-mastery.ts", "app"],
    ["components/progress/accuracy-chart.tsx", "app"],
    ["app/(app)/practice/page.tsx", "app"],
    ["node_modules/zod/v4/core/schemas.js", "libraries"],
    ["node:internal/streams/writable", "node"],
  ] as const)("%s is %s", (source, category) => {
    expect(categoryOfSource(source)).toBe(category);
  });
});

/** A profile from a tree written as [id, functionName, url, children] and the sampled node ids, 1 ms each. */
function profile(tree: [number, string, string, number[]][], samples: number[]): CpuProfile {
  const nodes: ProfileNode[] = tree.map(([id, functionName, url, children]) => ({
    id,
    callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 },
    children,
  }));
  return { nodes, samples, timeDeltas: samples.map(() => 1000), startTime: 0, endTime: samples.length * 1000 };
}

describe("summariseProfile", () => {
  const tree: [number, string, string, number[]][] = [
    [1, "(root)", "", [2, 3, 4, 5, 9]],
    [2, "(garbage collector)", "", []],
    [3, "(idle)", "", []],
    [4, "processTicksAndRejections", "node:internal/process/task_queues", [6]],
    [6, "renderPage", "file:///build/app.js", [7]],
    [7, "fstatSync", "node:fs", [8]],
    [8, "JSONStringify", "", []],
    [5, "post", "node:inspector", []],
    [9, "readRows", "file:///build/db.js", []],
  ];
  const locate = (frame: { url: string }) =>
    frame.url === "file:///build/app.js"
      ? { source: "lib/progress/overview.ts", line: 12 }
      : frame.url === "file:///build/db.js"
        ? { source: "node_modules/@electric-sql/pglite/src/parse.ts", line: 40 }
        : undefined;

  it("charges built-ins and Node calls to the nearest caller with a source, and leaves idle time and the profiler out", () => {
    const summary = summariseProfile(profile(tree, [2, 3, 3, 4, 6, 7, 8, 8, 5, 9, 9]), locate);
    expect(summary.idleMs).toBe(2);
    expect(summary.profilerMs).toBe(1);
    expect(summary.busyMs).toBe(8);
    expect(summary.byCategory).toMatchObject({ gc: 1, node: 1, app: 4, database: 2, payload: 0 });
    expect(summary.top[0]).toMatchObject({ name: "renderPage", source: "lib/progress/overview.ts", category: "app", ms: 4 });
    expect(summary.top.map((entry) => entry.name)).toEqual(["renderPage", "readRows", "(garbage collector)", "processTicksAndRejections"]);
  });

  it("counts functions named like Object.prototype's members (toString, constructor) as any other", () => {
    const named = summariseProfile(
      profile(
        [
          [1, "(root)", "", [2, 3]],
          [2, "toString", "file:///build/app.js", []],
          [3, "constructor", "file:///build/app.js", []],
        ],
        [2, 3, 3],
      ),
      locate,
    );
    expect(named.busyMs).toBe(3);
    expect(named.byCategory.app).toBe(3);
    expect(Object.keys(named.byCategory).sort()).toEqual([...PROFILE_CATEGORIES].sort());
  });

  it("uses the frame's own address when there is no source map", () => {
    const summary = summariseProfile(profile(tree, [9]));
    expect(summary.top[0]).toMatchObject({ source: "file:///build/db.js", category: "libraries" });
  });
});
