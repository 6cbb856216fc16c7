// Proves the shipped JSON Schema for consumers in other languages (run by .ci/run):
//  1. json-schema-to-typescript generates named TypeScript types from it (the block union included);
//  2. tsc type-checks reader.ts against them (strict), and the compiled program reads the seeds' JSON;
//  3. ajv (draft 2020-12, strict mode) accepts the JSON of every seed;
//  4. every damaged document the briefing tool rejects is rejected by the schema too.
// Usage: BRIEFING=path/to/briefing node check.mjs   (from any folder; paths are relative to this file)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";
import Ajv2020 from "ajv/dist/2020.js";

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, "../..");
const briefing = process.env.BRIEFING;
if (!briefing) {
  throw new Error("Set BRIEFING to the briefing executable (for example src/Briefing.Cli/bin/Debug/net10.0/briefing).");
}

const run = (args, options = {}) => execFileSync(briefing, args, { encoding: "utf8", maxBuffer: 1 << 28, ...options });
const fail = (message) => {
  console.error(`schema check: ${message}`);
  process.exit(1);
};

const generated = join(here, "generated");
rmSync(generated, { recursive: true, force: true });
mkdirSync(join(generated, "seeds"), { recursive: true });
mkdirSync(join(generated, "damaged"), { recursive: true });

// The schema the tool prints is the one the package ships.
const schemaText = run(["schema"]);
if (schemaText !== readFileSync(join(repository, "src/Briefing.Model/briefing.schema.json"), "utf8")) {
  fail("briefing schema differs from src/Briefing.Model/briefing.schema.json");
}
const schema = JSON.parse(schemaText);

// 1. TypeScript types, one per $defs entry, and the block union.
const types = await compile(structuredClone(schema), "Briefing", { bannerComment: "", additionalProperties: false, unreachableDefinitions: true });
writeFileSync(join(generated, "briefing.d.ts"), types);
for (const name of Object.keys(schema.$defs)) {
  if (!new RegExp(`export (interface|type) ${name}\\b`).test(types)) {
    fail(`json-schema-to-typescript made no named type ${name}`);
  }
}
if (!/export type Block =\s*Paragraph\s*\|\s*PullQuote\s*\|\s*Heading/.test(types)) {
  fail("the block union is not Paragraph | PullQuote | Heading in the generated types");
}

// The seeds' JSON, as the tool writes it.
const seeds = readdirSync(join(repository, "seeds")).filter((f) => f.endsWith(".txt")).sort();
if (seeds.length === 0) {
  fail("no seed in seeds/");
}
const seedFiles = seeds.map((seed) => {
  const file = join(generated, "seeds", seed.replace(/\.txt$/, ".json"));
  writeFileSync(file, run(["parse", join(repository, "seeds", seed)]));
  return file;
});

// 2. Type-check the program, then run it on the seeds.
execFileSync(process.execPath, [join(here, "node_modules/typescript/bin/tsc"), "-p", join(here, "tsconfig.json")], { stdio: "inherit" });
execFileSync(process.execPath, [join(generated, "out/reader.js"), ...seedFiles], { stdio: ["ignore", "ignore", "inherit"] });

// 3. ajv, draft 2020-12, strict.
const ajv = new Ajv2020({ strict: true, allErrors: true });
// The schema's formats are annotations here: the library's validators check them (BV080 date-time, BV081 uri).
ajv.addFormat("date-time", true);
ajv.addFormat("uri", true);
const validate = ajv.compile(schema);
for (const file of seedFiles) {
  if (!validate(JSON.parse(readFileSync(file, "utf8")))) {
    fail(`${file} is not valid against the schema: ${ajv.errorsText(validate.errors)}`);
  }
}

// 4. Damage one seed member by member (the first item of each list): leave the member out, set it
// to null, or give it a value of another JSON type. Whatever the tool rejects for a structural reason,
// the schema must reject. Structural: the reader's errors (BJ…) and the rules the schema states —
// schema version (BV001), id forms (BV004, BV010), money and percentage units (BV051, BV052).
// Cross-reference rules (a quote's block exists, its span covers its text, ids are unique) are
// beyond what a JSON Schema can say; the tool checks those.
const structural = (code) => code.startsWith("BJ") || ["BV001", "BV004", "BV010", "BV051", "BV052"].includes(code);
const seed = JSON.parse(readFileSync(seedFiles[0], "utf8"));
const damaged = [];
const damage = (node, path) => {
  const entries = Array.isArray(node) ? (node.length > 0 ? [[0, node[0]]] : []) : Object.entries(node);
  for (const [key, value] of entries) {
    const pointer = `${path}/${key}`;
    const variants = [["absent", undefined], ["null", null], ["number", 42], ["string", "x"], ["negative", -1], ["array", []], ["object", {}], ["spaced", "two words"], ["version", "2.0"]];
    for (const [label, replacement] of variants) {
      const copy = structuredClone(seed);
      const parent = pointer.split("/").slice(1, -1).reduce((n, k) => n[k], copy);
      if (label === "absent") {
        if (Array.isArray(parent)) continue;
        delete parent[key];
      } else {
        if (JSON.stringify(replacement) === JSON.stringify(value)) continue;
        parent[key] = replacement;
      }
      damaged.push({ pointer, label, document: copy });
    }
    if (value !== null && typeof value === "object") {
      damage(value, pointer);
    }
  }
};
damage(seed, "");
damaged.forEach((entry, index) => {
  entry.file = join(generated, "damaged", `${String(index).padStart(4, "0")}.json`);
  writeFileSync(entry.file, JSON.stringify(entry.document, null, 2));
});

// One tool run for all of them (exit 1 means findings; the JSON report says which file has errors).
let report;
try {
  report = run(["validate", join(generated, "damaged"), "--format", "json", "--max-findings", "1000000"]);
} catch (error) {
  if (error.status !== 1) throw error;
  report = error.stdout;
}
const rejectedByTool = new Set(JSON.parse(report).findings.filter((f) => f.severity === "error" && structural(f.code)).map((f) => resolve(f.file)));
let rejected = 0;
const missed = [];
for (const entry of damaged) {
  if (!rejectedByTool.has(resolve(entry.file))) continue;
  rejected++;
  if (validate(entry.document)) {
    missed.push(`${entry.pointer} (${entry.label})`);
  }
}
if (rejected < 40) {
  fail(`only ${rejected} of ${damaged.length} damaged documents were rejected by the tool; the check would prove little`);
}
if (missed.length > 0) {
  fail(`the tool rejects but the schema accepts ${missed.length} damaged documents:\n  ${missed.join("\n  ")}`);
}

console.log(`schema check: ${Object.keys(schema.$defs).length} named types generated and type-checked; ${seedFiles.length} seeds valid (ajv 2020-12, strict); ${rejected} of ${damaged.length} damaged documents rejected by the tool for a structural reason, all rejected by the schema`);
