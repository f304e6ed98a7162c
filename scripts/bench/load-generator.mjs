// A closed-loop HTTP load generator, run as its own process so its CPU is not the server's:
//   node scripts/bench/load-generator.mjs '{"url":"http://127.0.0.1:3000/practice","connections":50,"seconds":10}'
// or with "urls": [...] instead of "url", each request takes the next address of the list in turn.
// Each of `connections` loops sends a request, waits for the whole answer, and sends the next; every latency is kept,
// so the percentiles are exact. `{{n}}` in the body is replaced by a counter (unique idempotency keys).
import fs from "node:fs";
import http from "node:http";

// The configuration as JSON, or the path of a file holding it (a long list of addresses).
const argument = process.argv[2] ?? "{}";
const config = JSON.parse(argument.startsWith("{") ? argument : fs.readFileSync(argument, "utf8"));
const { url, urls = [url], method = "GET", headers = {}, body, connections = 1, seconds = 10, warmupSeconds = 1 } = config;
const targets = urls.map((address) => new URL(address));
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

let counter = 0;
let sent = 0;
function once() {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : body.replaceAll("{{n}}", String(counter++));
    const target = targets[sent++ % targets.length];
    const started = process.hrtime.bigint();
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent,
        headers: payload ? { ...headers, "content-length": Buffer.byteLength(payload) } : headers,
      },
      (response) => {
        response.on("data", () => {});
        response.on("end", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: response.statusCode ?? 0 }));
      },
    );
    request.on("error", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: 0 }));
    if (payload) request.write(payload);
    request.end();
  });
}

async function phase(durationMs, record) {
  const deadline = Date.now() + durationMs;
  const loop = async () => {
    while (Date.now() < deadline) record(await once());
  };
  await Promise.all(Array.from({ length: connections }, loop));
}

await phase(warmupSeconds * 1000, () => {});
const latencies = [];
const statuses = {};
const started = Date.now();
await phase(seconds * 1000, ({ ms, status }) => {
  latencies.push(ms);
  statuses[status] = (statuses[status] ?? 0) + 1;
});
const elapsed = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pick = (fraction) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? NaN;
const round = (value) => Math.round(value * 10) / 10;
process.stdout.write(
  JSON.stringify({
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / elapsed),
    p50: round(pick(0.5)),
    p95: round(pick(0.95)),
    p99: round(pick(0.99)),
    statuses,
  }),
);
agent.destroy();
