// A static server as a host would run one: brotli or gzip by Accept-Encoding (compressed once,
// at start), correct types, no-cache revalidation. For `make test`'s size budget and `make bench`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { compress } from './first-load.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv', '.gift': 'text/plain', '.txt': 'text/plain',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.webmanifest', '.csv', '.gift', '.txt']);

function walk(dir, root = dir, files = new Map()) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, root, files);
    else {
      const body = readFileSync(path);
      const ext = extname(name);
      files.set(`/${relative(root, path)}`, { body, ext, ...(COMPRESSIBLE.has(ext) ? compress(body) : {}) });
    }
  }
  return files;
}

/** Serves directory `root` on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serve(root) {
  const files = walk(root);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = files.get(path);
    if (!file) return res.writeHead(404).end();
    const accept = req.headers['accept-encoding'] ?? '';
    const enc = file.br && /\bbr\b/.test(accept) ? 'br' : file.gz && /\bgzip\b/.test(accept) ? 'gzip' : null;
    const headers = { 'content-type': TYPES[file.ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (enc) headers['content-encoding'] = enc;
    res.writeHead(200, headers).end(enc === 'br' ? file.br : enc === 'gzip' ? file.gz : file.body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
