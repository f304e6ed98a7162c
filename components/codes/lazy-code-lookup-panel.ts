"use client";

import { lazyPart } from "@/components/ui/lazy-part";

// The code-lookup panel (search box, results, preview) is never part of a page's first load: pages render this
// stand-in, which fetches the panel once it mounts (the header also fetches it when the page is idle).
export const loadCodeLookupPanel = () => import("./code-lookup-panel").then((module) => module.CodeLookupPanel);
export const CodeLookupPanel = lazyPart(loadCodeLookupPanel, { ssr: false });
