import { findParks } from './ingest/extract/parks.ts';
import { tag } from './ingest/text/segmenter.ts';
for (const s of process.argv.slice(2)) console.log(s, '=>', findParks(s).map((m) => m.name + '|' + m.surface), tag(s.slice(0, 30)).map((w) => w.word + '/' + w.tag).join(' '));
