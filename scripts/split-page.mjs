// After `trunk build index.html`: gives the split wasm copied into dist/pkg/ a folder named by a
// hash of its contents (dist/pkg-<hash>/), so a browser or a static host never pairs an old
// main.js with a new wasm, and starts it from dist/index.html: a module script that loads it,
// preloaded like Trunk's own loader would be. scripts/csp.mjs then allows that script by hash.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const pkg = new URL('pkg/', dist);
if (!existsSync(pkg)) throw new Error('split-page: dist/pkg/ is missing (index.html copies target/split/pkg)');
const hash = createHash('sha256');
for (const f of readdirSync(pkg).sort()) hash.update(f).update(readFileSync(new URL(f, pkg)));
const name = `pkg-${hash.digest('hex').slice(0, 16)}`;
for (const old of readdirSync(dist)) if (old.startsWith('pkg-')) rmSync(new URL(old, dist), { recursive: true });
renameSync(pkg, new URL(`${name}/`, dist));

const page = new URL('index.html', dist);
const html = readFileSync(page, 'utf8');
const marker = /<script[^>]*data-split-loader[^>]*><\/script>/;
if (!marker.test(html)) throw new Error('split-page: index.html has no <script data-split-loader> to replace');
const loader = [
  `<link rel="modulepreload" href="./${name}/main.js">`,
  `<link rel="preload" href="./${name}/main_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module">import init from "./${name}/main.js";init();</script>`,
].join('');
// Trunk leaves its skipped rust link (data-trunk-skip) in the page: nothing for a browser.
const skipped = /<link[^>]*data-trunk-skip[^>]*>/g;
writeFileSync(page, html.replace(marker, loader).replace(skipped, ''));
console.log(`split-page: dist/${name}/ loaded by dist/index.html`);
