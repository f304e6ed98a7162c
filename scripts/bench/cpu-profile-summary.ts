// Where a V8 CPU profile's time went, by part of the stack: React rendering the Server Components payload, React
// rendering HTML from it, the rest of Next.js, garbage collection, the database, the session, our code, other
// packages. Each sample goes to the nearest frame on its stack that has a source file outside Node's own library, so
// a built-in (JSON.stringify) or a Node call (fs.fstatSync under the embedded database's file system, TextEncoder
// under React) counts for whoever called it; only work with no caller of ours or a package's (the event loop's
// ticks) stays Node's. Sources are read through the build's source maps where it has them, so time in a server
// chunk lands on the project file or package it came from. The profiler's own work and idle time are left out.

import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
export type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export const PROFILE_CATEGORIES = ["payload", "html", "nextjs", "node", "gc", "engine", "database", "auth", "app", "libraries"] as const;
export type ProfileCategory = (typeof PROFILE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ProfileCategory, string> = {
  payload: "React rendering the Server Components payload",
  html: "React rendering HTML from the payload",
  nextjs: "the rest of Next.js (routing, the app render around React)",
  node: "Node on its own (event-loop ticks, stream callbacks)",
  gc: "garbage collection",
  engine: "V8 outside JavaScript (compiling, runtime calls)",
  database: "database (Prisma, PGlite and their WebAssembly)",
  auth: "session (next-auth)",
  app: "our code (app, components, lib)",
  libraries: "other packages",
};

/** A frame's original location: the file it came from (a project path or a package path) and the function. */
export type Located = { source: string; line: number };
export type Locate = (frame: CallFrame) => Located | undefined;

export function categoryOfSource(source: string): ProfileCategory {
  if (source.startsWith("node:")) return "node";
  // The embedded database's engine and Prisma's query compiler are WebAssembly.
  if (source.startsWith("wasm://")) return "database";
  // Next.js ships React's renderers inside its own runtime: the Flight server writes the payload, the Flight client
  // reads it back for react-dom/server to write HTML.
  if (/react-server-dom-[a-z]+-server|react-server\.|\/react\/cjs\/react\.react-server/.test(source)) return "payload";
  if (/react-dom-server|react-server-dom-[a-z]+-client|\/react-dom\/cjs\//.test(source)) return "html";
  // The innermost package: node_modules/a/node_modules/b/x.js is b's.
  const name = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
  if (name) {
    if (name === "next" || name === "react" || name === "react-dom" || name === "scheduler") return "nextjs";
    if (name.startsWith("@prisma/") || name === "prisma" || name.startsWith("@electric-sql/") || name === "pglite-prisma-adapter") return "database";
    if (name === "next-auth" || name === "jose" || name.startsWith("@panva/") || name === "oauth4webapi") return "auth";
    return "libraries";
  }
  if (/(^|\/)generated\/prisma\//.test(source)) return "database";
  if (/(^|\/)(app|components|lib|content)\//.test(source)) return "app";
  // Compiled chunks without a map, and framework code Next.js copies into the build.
  if (/\.next\/server\//.test(source)) return "nextjs";
  return "libraries";
}

type Excluded = "idle" | "profiler";
// A Map, not an object literal: a function named "toString" must not find Object.prototype's.
const SPECIAL = new Map<string, ProfileCategory | Excluded>([
  ["(garbage collector)", "gc"],
  ["(program)", "engine"],
  ["(idle)", "idle"],
  ["(root)", "engine"],
]);
const isNodeLibrary = (url: string) => url.startsWith("node:");

export type ProfileSummary = {
  /** Sampled time with the process busy (idle and the profiler's own work excluded), ms. */
  busyMs: number;
  idleMs: number;
  profilerMs: number;
  byCategory: Record<ProfileCategory, number>;
  /** The functions with the most time of their own (built-ins they called included), busiest first. */
  top: { name: string; source: string; category: ProfileCategory; ms: number }[];
};

export function summariseProfile(profile: CpuProfile, locate: Locate = () => undefined, topCount = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  type Owner = { category: ProfileCategory | Excluded; key: string; name: string; source: string };
  const owners = new Map<number, Owner>();
  const describe = (node: ProfileNode): Owner => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (url === "node:inspector") return { category: "profiler", key: url, name: functionName, source: url };
    const located = isNodeLibrary(url) ? undefined : locate(node.callFrame);
    const source = located?.source ?? url;
    const name = functionName || "(anonymous)";
    return { category: categoryOfSource(source), key: `${name}@${source}:${located?.line ?? lineNumber + 1}`, name, source };
  };
  // A sample's owner: the nearest frame up its stack with a file outside Node's library; failing that, the nearest
  // Node frame; failing that, V8 itself.
  const ownerOf = (id: number): Owner => {
    const known = owners.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const special = SPECIAL.get(node.callFrame.functionName);
    let owner: Owner | undefined = special ? { category: special, key: node.callFrame.functionName, name: node.callFrame.functionName, source: "" } : undefined;
    let firstNodeFrame: ProfileNode | undefined;
    for (let current: number | undefined = id; !owner && current !== undefined; current = parentOf.get(current)) {
      const frame = byId.get(current)!;
      const { url } = frame.callFrame;
      if (url === "node:inspector") owner = describe(frame);
      else if (isNodeLibrary(url)) firstNodeFrame ??= frame;
      else if (url) owner = describe(frame);
    }
    owner ??= firstNodeFrame
      ? describe(firstNodeFrame)
      : { category: "engine", key: node.callFrame.functionName, name: node.callFrame.functionName, source: "" };
    owners.set(id, owner);
    return owner;
  };

  const byCategory = Object.fromEntries(PROFILE_CATEGORIES.map((category) => [category, 0])) as Record<ProfileCategory, number>;
  const byFunction = new Map<string, { name: string; source: string; category: ProfileCategory; ms: number }>();
  let idleMs = 0;
  let profilerMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const owner = ownerOf(id);
    if (owner.category === "idle") {
      idleMs += ms;
      return;
    }
    if (owner.category === "profiler") {
      profilerMs += ms;
      return;
    }
    byCategory[owner.category] += ms;
    const entry = byFunction.get(owner.key) ?? { name: owner.name, source: owner.source, category: owner.category, ms: 0 };
    entry.ms += ms;
    byFunction.set(owner.key, entry);
  });
  const busyMs = PROFILE_CATEGORIES.reduce((sum, category) => sum + byCategory[category], 0);
  const top = [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, topCount);
  return { busyMs, idleMs, profilerMs, byCategory, top };
}

/** Maps a frame in a built chunk back to the project file or package it was built from. */
export function sourceMapLocator(root: string): Locate {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8"))));
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file)!;
  };
  return (frame: CallFrame) => {
    if (!frame.url.startsWith("file://")) return frame.url ? { source: frame.url, line: frame.lineNumber + 1 } : undefined;
    const file = fileURLToPath(frame.url);
    const generated = { source: path.relative(root, file), line: frame.lineNumber + 1 };
    const entry = mapOf(file)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry || !("originalSource" in entry) || !entry.originalSource) return generated;
    const original = decodeURIComponent(entry.originalSource.replace(/^turbopack:\/\/\/\[project\]\//, ""));
    const absolute = path.isAbsolute(original) ? original : path.resolve(path.dirname(file), original);
    return { source: path.relative(root, absolute), line: entry.originalLine + 1 };
  };
}
