// Builds an NDJSON feed for the feed-validation benchmark: the given briefing JSON files (for
// example the seeds as `briefing parse` prints them), written compactly one per line, repeated in
// order until the feed reaches the requested size.
// Usage: node benchmarks/ajv/make-feed.mjs OUT.ndjson MEGABYTES IN.json...
import { createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";

const [out, megabytes, ...inputs] = process.argv.slice(2);
if (!out || !megabytes || inputs.length === 0) {
  console.error("usage: node make-feed.mjs OUT.ndjson MEGABYTES IN.json...");
  process.exit(2);
}

const lines = inputs.map((file) => JSON.stringify(JSON.parse(readFileSync(file, "utf8"))) + "\n");
const target = Number(megabytes) * 1e6;
const stream = createWriteStream(out);
let written = 0;
let documents = 0;
while (written < target) {
  for (const line of lines) {
    if (!stream.write(line)) await once(stream, "drain");
    written += Buffer.byteLength(line);
    documents++;
  }
}
stream.end();
await once(stream, "finish");
console.error(`${out}: ${documents} documents, ${written} bytes`);
