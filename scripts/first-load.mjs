// How big files are compressed, as a static host serves them: shared by the budget check
// (scripts/sizes.mjs), the benchmark (bench/run.mjs) and their server (scripts/serve.mjs).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** gzip -9 and brotli (quality 11), as a static host would serve them. */
export function compress(data) {
  return {
    gz: gzipSync(data, { level: 9 }),
    br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

/** Raw, gzip and brotli sizes of each file of `dir`, largest first, and their totals. */
export function measure(dir, files) {
  const rows = files.map((f) => {
    const data = readFileSync(new URL(f, dir));
    const { gz, br } = compress(data);
    return { f, raw: data.length, gz: gz.length, br: br.length };
  });
  rows.sort((a, b) => b.br - a.br);
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  return { rows, total: { raw: sum('raw'), gz: sum('gz'), br: sum('br') } };
}

export const kb = (n) => (n / 1024).toFixed(1).padStart(7);

/** Prints a table of `measure`'s figures. */
export function printSizes(title, { rows, total }) {
  console.log(`${title.padEnd(40)} raw KB   gzip KB  brotli KB`);
  for (const r of rows) console.log(`  ${r.f.padEnd(38)} ${kb(r.raw)}   ${kb(r.gz)}   ${kb(r.br)}`);
  console.log(`  ${'total'.padEnd(38)} ${kb(total.raw)}   ${kb(total.gz)}   ${kb(total.br)}`);
}
