/**
 * `npx tsx bench/ner/spotcheck.ts <spotcheck.json> <graph.json>`: person precision of a graph
 * against a hand spot check of person nodes (bench/ner/cctv25t-spotcheck.json): nodes judged a
 * person, nodes judged not, and labels the spot check has not judged (to judge by hand).
 */
import { readFileSync } from 'node:fs';
import type { SerializedTupuGraph } from '../../graph/schema.ts';

const [spotFile, graphFile] = process.argv.slice(2);
if (!spotFile || !graphFile) {
  console.error('bench/ner/spotcheck: usage: spotcheck.ts <spotcheck.json> <graph.json>');
  process.exit(2);
}
const spot = JSON.parse(readFileSync(spotFile, 'utf8')) as { person: string[]; not: string[] };
const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as SerializedTupuGraph;
const person = new Set(spot.person);
const not = new Set(spot.not);
const labels = graph.nodes
  .filter((n) => n.attributes.type === 'person')
  .map((n) => String(n.attributes.label));
const good = labels.filter((l) => person.has(l)).length;
const bad = labels.filter((l) => not.has(l));
const unjudged = labels.filter((l) => !person.has(l) && !not.has(l));
const precision = good / Math.max(1, good + bad.length);
console.log(
  `person nodes ${labels.length}: judged person ${good}, not ${bad.length}, unjudged ${unjudged.length}; precision ${precision.toFixed(3)}`,
);
if (bad.length) console.log(`not a person: ${bad.join(' ')}`);
if (unjudged.length) console.log(`unjudged: ${unjudged.join(' ')}`);
