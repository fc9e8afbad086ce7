// After Trunk has built index.html (Trunk.toml's post_build hook, in its staging folder): gives
// the split wasm it copied into pkg/ a folder named by a hash of its contents (pkg-<hash>/), so a
// browser or a static host never pairs an old main.js with a new wasm, and starts it from
// index.html: a module script that loads it, preloaded like Trunk's own loader would be.
// scripts/csp.mjs then allows that script by its hash.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const html = process.env.TRUNK_HTML_FILE;
if (html && basename(html) !== 'index.html') process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
const dist = staging ? pathToFileURL(`${staging}/`) : new URL('../dist/', import.meta.url);
const pkg = new URL('pkg/', dist);
if (!existsSync(pkg)) throw new Error('split-page: pkg/ is missing (index.html copies target/split/pkg)');
const hash = createHash('sha256');
for (const f of readdirSync(pkg).sort()) hash.update(f).update(readFileSync(new URL(f, pkg)));
const name = `pkg-${hash.digest('hex').slice(0, 16)}`;
for (const old of readdirSync(dist)) if (old.startsWith('pkg-')) rmSync(new URL(old, dist), { recursive: true });
renameSync(pkg, new URL(`${name}/`, dist));

const page = new URL('index.html', dist);
const text = readFileSync(page, 'utf8');
const marker = /<script[^>]*data-split-loader[^>]*><\/script>/;
if (!marker.test(text)) throw new Error('split-page: index.html has no <script data-split-loader> to replace');
const loader = [
  `<link rel="modulepreload" href="./${name}/main.js">`,
  `<link rel="preload" href="./${name}/main_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module">import init from "./${name}/main.js";init();</script>`,
].join('');
// Trunk leaves its skipped rust link (data-trunk-skip) in the page: nothing for a browser.
const skipped = /<link[^>]*data-trunk-skip[^>]*>/g;
writeFileSync(page, text.replace(marker, loader).replace(skipped, ''));
console.log(`split-page: ${name}/ loaded by index.html`);
