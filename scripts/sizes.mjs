// Prints the compressed size of every file of the first load (what dist/index.html loads or
// preloads before the first screen is usable: html, js, wasm, css, the default bank) with gzip -9
// and brotli (quality 11), their totals, and the budget. A budget check that prints figures, not
// a timed test: it fails only with BUDGET_STRICT=1.
import { firstLoadFiles, measure, printSizes } from './first-load.mjs';

const dist = new URL('../dist/', import.meta.url);
const BUDGET = 150 * 1024;
const sizes = measure(dist, firstLoadFiles(dist));
printSizes('First load (dist/):', sizes);
const verdict = (n) => (n <= BUDGET ? 'within' : `OVER by ${((n - BUDGET) / 1024).toFixed(1)} KB`);
console.log(`Budget ${BUDGET / 1024} KB compressed: gzip ${verdict(sizes.total.gz)}, brotli ${verdict(sizes.total.br)}.`);
if (process.env.BUDGET_STRICT === '1' && sizes.total.br > BUDGET) process.exit(1);
