// npm run bench:relevance [-- --peers] [-- --kind drug]: our index on the labelled queries, in process, with the
// misses listed (and MiniSearch and Fuse.js with --peers). Fast enough to run after every synonym-table edit.
import { parseArgs } from "node:util";
import { CodeDirectory } from "@/lib/codes/code-directory";
import { runCommand, UsageError } from "../run-command";
import {
  chartwiseEngine,
  formatScoreTable,
  fuseEngine,
  loadLabelledQueries,
  loadSearchEntries,
  miniSearchEngine,
  scoreEngine,
  unknownAcceptCodes,
} from "./search-relevance";

runCommand(async () => {
  const { values } = parseArgs({ options: { peers: { type: "boolean" }, kind: { type: "string" }, quiet: { type: "boolean" } } });
  const entries = await loadSearchEntries();
  const queries = loadLabelledQueries().filter((query) => !values.kind || query.kind === values.kind);
  const unknown = unknownAcceptCodes(queries, entries);
  if (unknown.length) throw new UsageError(`Accept codes that are not active codes of the shipped files:\n  ${unknown.join("\n  ")}`);
  const started = performance.now();
  const directory = new CodeDirectory(entries);
  console.log(`Index built in ${Math.round(performance.now() - started)} ms over ${entries.length} entries; ${queries.length} queries.`);
  const ours = scoreEngine(chartwiseEngine(directory), queries);
  const scores = [ours];
  if (values.peers) scores.push(scoreEngine(miniSearchEngine(entries), queries), scoreEngine(fuseEngine(entries), queries));
  if (!values.quiet) {
    for (const miss of ours.misses)
      console.log(
        `${miss.got.some((code) => miss.accept.includes(code)) ? "low " : "MISS"} [${miss.kind}] ${miss.query} → ${miss.got.join(" ")}   (want ${miss.accept.slice(0, 4).join(" ")})`,
      );
  }
  console.log(formatScoreTable(scores));
});
