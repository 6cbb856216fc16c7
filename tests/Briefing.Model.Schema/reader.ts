// A program in another language reading briefings with types generated from the shipped schema
// (json-schema-to-typescript). tsc type-checks it in strict mode; check.mjs then runs it on the seeds.
import { readFileSync } from "node:fs";
import type { Briefing, Block, Metric, Quote } from "./generated/briefing.js";

function describe(block: Block): string {
  // The block union is discriminated on "type": each kind is its own named type.
  switch (block.type) {
    case "pullQuote":
      return `${block.id} pull quote by ${block.attribution.text}`;
    case "heading":
      return `${block.id} heading: ${block.text}`;
    case "paragraph":
      return `${block.id} paragraph of ${block.text.length} characters`;
  }
}

function quoted(document: Briefing, quote: Quote): string {
  // Required members are plain (never undefined); spans index the block text in UTF-16 code units.
  const block = document.body.find((b) => b.id === quote.blockId);
  return block === undefined ? "" : block.text.slice(quote.span.start, quote.span.start + quote.span.length);
}

function amount(metric: Metric): string {
  const unit: string = metric.unit ?? "";
  return `${metric.comparator} ${metric.value} ${unit}`.trim();
}

let problems = 0;
for (const file of process.argv.slice(2)) {
  const document = JSON.parse(readFileSync(file, "utf8")) as Briefing;
  const lines = [`${document.id}: ${document.title} (schema ${document.schemaVersion})`, ...document.body.map(describe)];
  for (const quote of document.quotes) {
    if (quoted(document, quote) !== quote.text) {
      problems++;
      lines.push(`span of ${quote.id} does not cover its text`);
    }
  }

  lines.push(...document.metrics.map(amount));
  console.log(lines.join("\n"));
}

process.exitCode = problems === 0 ? 0 : 1;
