// ajv peer for `briefing validate FEED.ndjson`: compiles the shipped schema (draft 2020-12) once,
// then streams the feed and validates every non-blank line as one document.
// Usage: node benchmarks/ajv/validate-feed.mjs FEED.ndjson [SCHEMA.json]
// Prints "documents N, invalid M, bytes B, seconds S, MB/s R" on stderr; exit 1 when a line is invalid.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const feed = process.argv[2];
if (!feed) {
  console.error("usage: node validate-feed.mjs FEED.ndjson [SCHEMA.json]");
  process.exit(2);
}
const schemaPath = process.argv[3] ?? path.join(here, "..", "..", "src", "Briefing.Model", "briefing.schema.json");

const started = process.hrtime.bigint();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let documents = 0;
let invalid = 0;
const lines = createInterface({ input: createReadStream(feed, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === "") continue;
  documents++;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    invalid++;
    continue;
  }
  if (!validate(value)) invalid++;
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const bytes = statSync(feed).size;
console.error(`documents ${documents}, invalid ${invalid}, bytes ${bytes}, seconds ${seconds.toFixed(3)}, MB/s ${(bytes / 1e6 / seconds).toFixed(1)}`);
process.exit(invalid > 0 ? 1 : 0);
