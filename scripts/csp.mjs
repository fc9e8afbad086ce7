// Writes a Content-Security-Policy into each page of the release build (dist/index.html and
// dist/pelatih/index.html) as the first element of <head>. Scripts only from this site, plus
// WebAssembly compilation and Trunk's inline loader by its SHA-256 hash: no 'unsafe-inline' and
// no 'unsafe-eval' for scripts; nothing from any other origin; no plugins, no <base>, no forms.
// Styles may be inline (the page's CSS is inlined for the first paint; Leptos sets style
// attributes). Run by `make build` after both Trunk builds, before the service worker's list.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const pages = ['index.html', 'pelatih/index.html'].map((p) => new URL(`../dist/${p}`, import.meta.url));

/** The policy for a page whose inline scripts have these texts. */
export function policy(inlineScripts) {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

for (const page of pages) {
  let html = readFileSync(page, 'utf8');
  html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, '');
  // Inline scripts: a <script> without src (minified html may drop the quotes of attributes).
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inline)}">`;
  const head = html.match(/<head(\s[^>]*)?>/i);
  html = head ? html.replace(head[0], `${head[0]}${meta}`) : html.replace(/<meta charset=[^>]*>/i, (m) => `${m}${meta}`);
  writeFileSync(page, html);
  console.log(`CSP: ${page.pathname.split('/dist/')[1]}: ${inline.length} inline script(s) by hash`);
}
