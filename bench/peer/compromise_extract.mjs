// Peer baseline for the dossier benchmarks: named entities with compromise.
//
//   node compromise_extract.mjs throughput PATH...  -> one JSON line: docs, bytes, seconds, MB/s
//   node compromise_extract.mjs export PATH...      -> the export contract of
//        /work/shared/eval/README.md on stdout (documents, entities with byte-offset mentions)
//
// PATH is a .txt file, a directory of .txt files, or a JSONL file of {id, text} records.
// Each text goes through nlp(text).people() / .places() / .organizations().
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

function* readTexts(p) {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name.endsWith('.txt')) yield* readTexts(path.join(p, name));
    }
  } else if (p.endsWith('.jsonl')) {
    const lines = fs.readFileSync(p, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      const rec = JSON.parse(lines[i]);
      yield {source: `${p}#${i + 1}`, externalId: rec.id ?? null, text: rec.text ?? ''};
    }
  } else {
    yield {source: p, externalId: null, text: fs.readFileSync(p, 'utf8')};
  }
}

const KINDS = [['people', 'person'], ['places', 'location'], ['organizations', 'organization']];

// Mentions of one text: [{type, start, end}] with UTF-16 offsets, trailing punctuation excluded.
function extract(text) {
  const doc = nlp(text);
  const out = [];
  for (const [method, type] of KINDS) {
    for (const m of doc[method]().json({offset: true})) {
      const terms = m.terms;
      if (!terms || terms.length === 0) continue;
      const first = terms[0].offset, last = terms[terms.length - 1].offset;
      out.push({type, start: first.start, end: last.start + last.length});
    }
  }
  return out;
}

function throughput(paths) {
  const texts = [];
  for (const p of paths) for (const t of readTexts(p)) texts.push(t.text);
  let bytes = 0, mentions = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  const t0 = process.hrtime.bigint();
  for (const t of texts) mentions += extract(t).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({docs: texts.length, bytes, mentions, seconds,
                              mb_per_s: bytes / 1e6 / seconds}));
}

function exportContract(paths) {
  const documents = [], entities = new Map();
  let n = 0;
  for (const p of paths) {
    for (const {source, externalId, text} of readTexts(p)) {
      const id = `d${++n}`;
      documents.push({id, source, external_id: externalId, title: null, published: null,
                      language: 'en'});
      for (const {type, start, end} of extract(text)) {
        const surface = text.slice(start, end);
        const byteStart = Buffer.byteLength(text.slice(0, start), 'utf8');
        const byteEnd = byteStart + Buffer.byteLength(surface, 'utf8');
        const key = `${type}\t${surface.toLowerCase()}`;
        if (!entities.has(key)) {
          entities.set(key, {id: `e${entities.size + 1}`, type, name: surface, aliases: [],
                             mentions: []});
        }
        entities.get(key).mentions.push({document: id, start: byteStart, end: byteEnd,
                                         text: surface});
      }
    }
  }
  process.stdout.write(JSON.stringify({documents, entities: [...entities.values()], events: [],
                                       conflicts: []}) + '\n');
}

const [mode, ...paths] = process.argv.slice(2);
if (mode === 'throughput' && paths.length) throughput(paths);
else if (mode === 'export' && paths.length) exportContract(paths);
else {
  console.error('usage: compromise_extract.mjs throughput|export PATH...');
  process.exit(2);
}
