// Prints the compressed size of every file of the first load (what dist/index.html loads or
// preloads before the first screen is usable: html, js, wasm, css, the default bank) with gzip -9
// and brotli (quality 11), their totals, and the budget. A budget check that prints figures, not
// a timed test: it fails only with BUDGET_STRICT=1.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const BUDGET = 150 * 1024;
const html = readFileSync(new URL('index.html', dist), 'utf8');
const refs = new Set(['index.html']);
for (const m of html.matchAll(/(?:href|src)="\/?([^"#?:]+)"/g)) refs.add(m[1]);
// Trunk's loader imports the wasm by name from the js.
for (const f of [...refs]) if (f.endsWith('.js')) refs.add(f.replace(/\.js$/, '_bg.wasm'));

const rows = [];
for (const f of refs) {
  let data;
  try {
    if (!statSync(new URL(f, dist)).isFile()) continue;
    data = readFileSync(new URL(f, dist));
  } catch {
    continue;
  }
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ f, raw: data.length, gz, br });
}
rows.sort((a, b) => b.br - a.br);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log('First load (dist/):                      raw KB   gzip KB  brotli KB');
for (const r of rows) console.log(`  ${r.f.padEnd(38)} ${kb(r.raw)}   ${kb(r.gz)}   ${kb(r.br)}`);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`  ${'total'.padEnd(38)} ${kb(sum('raw'))}   ${kb(sum('gz'))}   ${kb(sum('br'))}`);
const verdict = (n) => (n <= BUDGET ? 'within' : `OVER by ${((n - BUDGET) / 1024).toFixed(1)} KB`);
console.log(`Budget ${BUDGET / 1024} KB compressed: gzip ${verdict(sum('gz'))}, brotli ${verdict(sum('br'))}.`);
if (process.env.BUDGET_STRICT === '1' && sum('br') > BUDGET) process.exit(1);
