// What a first visit downloads, and how big it is compressed: shared by the budget check
// (scripts/sizes.mjs) and the benchmark (bench/run.mjs).
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files dist/index.html loads or preloads before the first screen is usable. */
export function firstLoadFiles(dist) {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  const refs = new Set(['index.html']);
  // Quoted or not: Trunk's minifier drops the quotes. Same-site addresses only.
  for (const m of html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const ref = (m[1] ?? m[2] ?? m[3]).replace(/^\.?\//, '');
    if (ref && !/[#?:]/.test(ref)) refs.add(ref);
  }
  // The loader imports the wasm by name from the js, and the js its static imports (the split
  // wasm's __wasm_split.js); the chunks it fetches later are not part of the first load.
  for (const f of [...refs]) {
    if (!f.endsWith('.js')) continue;
    refs.add(f.replace(/\.js$/, '_bg.wasm'));
    let js = '';
    try {
      js = readFileSync(new URL(f, dist), 'utf8');
    } catch {
      continue;
    }
    const dir = f.slice(0, f.lastIndexOf('/') + 1);
    for (const m of js.matchAll(/^import\s[^'"]*['"]\.\/([^'"]+)['"]/gm)) refs.add(dir + m[1]);
  }
  const files = [...refs].filter((f) => {
    try {
      return statSync(new URL(f, dist)).isFile();
    } catch {
      return false;
    }
  });
  // A first load without the app itself would be a misreading of the page, not a small app.
  if (!files.some((f) => f.endsWith('.wasm'))) throw new Error('first-load: no wasm found in dist/index.html');
  return files;
}

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
