// The size budget: a first visit to the release build in a real browser (scripts/first-visit.mjs)
// and the compressed size (gzip -9, brotli 11) of every file it fetched by the time the home
// page's start link works — html, js, wasm, css, and the bank if the home page waited for it.
// Then what the visit has fetched by the time the bank is read, the profile form, the first item
// and the report, so what comes later is seen. A budget check that prints figures, not a timed
// test: it fails when the first load is over 150 KB gzip.
import { candidateVisit, filesOf } from './first-visit.mjs';
import { kb, measure, printSizes } from './first-load.mjs';
import { serve } from './serve.mjs';

const dist = new URL('../dist/', import.meta.url);
const BUDGET = 150 * 1024;
const site = await serve(dist.pathname);
let rows;
try {
  rows = await candidateVisit(site.url);
} finally {
  site.close();
}
const [home, ...later] = rows;
const first = measure(dist, filesOf(home, site.url));
printSizes('First load (dist/), until the home page works:', first);
for (const row of later) {
  const { total } = measure(dist, filesOf(row, site.url));
  console.log(`  by "${row.step}": ${kb(total.gz).trim()} KB gzip, ${kb(total.br).trim()} KB brotli in all`);
}
const verdict = (n) => (n <= BUDGET ? 'within' : `OVER by ${((n - BUDGET) / 1024).toFixed(1)} KB`);
console.log(`Budget ${BUDGET / 1024} KB compressed: gzip ${verdict(first.total.gz)}, brotli ${verdict(first.total.br)}.`);
if (first.total.gz > BUDGET) {
  console.error(`The first load is over the budget of ${BUDGET / 1024} KB gzip.`);
  process.exit(1);
}
