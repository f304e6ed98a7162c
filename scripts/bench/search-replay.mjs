// Replays a list of GET requests one at a time over one keep-alive connection, as its own process so neither its
// CPU nor its garbage collection is counted in the server's answer times (the in-process engines the bench scores
// hold hundreds of megabytes of indexes), and prints each answer's time and JSON body:
//   node scripts/bench/search-replay.mjs <config.json>   with {"urls": ["http://127.0.0.1:3000/api/codes/search?q=…"], "passes": 2}
// Every pass but the last warms up; the last one is reported.
import fs from "node:fs";
import http from "node:http";

const { urls, passes = 2 } = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(url, { agent }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        resolve({ ms, status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("error", reject);
  });
}

let answers = [];
for (let pass = 0; pass < passes; pass++) {
  answers = [];
  for (const url of urls) answers.push(await get(url));
}
agent.destroy();
process.stdout.write(JSON.stringify(answers.map(({ ms, status, body }) => ({ ms, status, body: status === 200 ? JSON.parse(body) : body }))));
