// Writes dist/sw.js: the service worker template (scripts/sw.js) with the list of every file of
// the release build (both apps, the banks, icons) and a version that changes whenever any of
// them does. Run by `make build` after both Trunk builds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dist, path));
  }
};
walk(dist);
const precache = files.filter((f) => f !== 'sw.js' && !f.endsWith('.map'));
const hash = createHash('sha256');
for (const f of precache) hash.update(f).update(readFileSync(join(dist, f)));
const version = hash.digest('hex').slice(0, 16);
// Folders are asked for by their address too ("./", "pelatih/").
const urls = ['./', ...precache.flatMap((f) => (f.endsWith('index.html') ? [f.slice(0, -'index.html'.length) || './', f] : [f]))];
const unique = [...new Set(urls)];
const template = readFileSync(new URL('sw.js', import.meta.url), 'utf8');
writeFileSync(join(dist, 'sw.js'), template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(unique, null, 2)));
const bytes = precache.reduce((s, f) => s + statSync(join(dist, f)).size, 0);
console.log(`service worker: version ${version}, ${unique.length} addresses, ${(bytes / 1024).toFixed(0)} KB precached`);
