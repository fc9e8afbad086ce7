// Cohort benchmark (prints figures; never fails on time): the trainers' group view is given
// 1,000 and 10,000 generated results files — as File objects, the way a drop or a file picker
// hands them over, and as one .zip — and the time the page itself reports for reading and
// checking them all is printed, with the memory in use after. Run by `make test` (bench-cohort).
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const PORT = 8082;
const out = `${root}test-results/bench`;
const cli = `${root}target/debug/pilar-cli`;
const BANK = `${root}public/banks/kalsel-pilar-sosial.json`;
const data = `${root}dist/pelatih/bench-data`;

/** A stored (uncompressed) .zip of the given files. */
function zip(files) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    chunks.push(local, n, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', `${root}dist`], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--disable-background-networking'],
});
const rows = [];
try {
  for (const n of [1000, 10000]) {
    const dir = `${out}/${n}`;
    rmSync(dir, { recursive: true, force: true });
    execFileSync(cli, ['generate-results', BANK, String(n), dir, String(n)]);
    const files = readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`)]);
    const bytes = files.reduce((s, [, d]) => s + d.length, 0);
    const archive = zip(files);
    for (const how of ['files', 'zip']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      page.on('crash', () => console.error('page crashed'));
      page.on('pageerror', (e) => console.error('pageerror', e.message));
      await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
      // Served beside the app for the length of the run (too large to pass through the driver).
      writeFileSync(data, how === 'zip' ? archive : JSON.stringify(files.map(([f, d]) => [f, d.toString()])));
      await page.goto(`http://127.0.0.1:${PORT}/pelatih/#/kelompok`);
      await page.getByRole('heading', { name: /Kelompok/ }).waitFor();
      // Hand the page its files as a picker would: File objects on the input.
      await page.evaluate(async (how) => {
        const res = await fetch('bench-data');
        const dt = new DataTransfer();
        if (how === 'zip') {
          dt.items.add(new File([await res.blob()], 'hasil.zip', { type: 'application/zip' }));
        } else {
          for (const [name, text] of await res.json()) dt.items.add(new File([text], name, { type: 'application/json' }));
        }
        const input = document.querySelector('input[type=file]');
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, how);
      const summary = page.locator('.cohort-summary p[data-ms]');
      await summary.waitFor({ timeout: 300_000 });
      const ms = Number(await summary.getAttribute('data-ms'));
      const counts = await summary.getAttribute('data-summary');
      await page.locator('table.participants').waitFor();
      const mem = await page.evaluate(() => ({
        wasm: window.__wasm?.memory?.buffer?.byteLength ?? 0,
        heap: performance.memory?.usedJSHeapSize ?? 0,
      }));
      rmSync(data, { force: true });
      rows.push({ n, how, mb: bytes / 1048576, ms, counts, wasmMb: mem.wasm / 1048576, heapMb: mem.heap / 1048576 });
      await page.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(data, { force: true });
  await browser.close();
  server.kill();
}
console.log('Cohort benchmark (headless Chromium, trainers\' app; target: 10,000 files ≤ 3 s):');
for (const r of rows) {
  const ok = r.counts.startsWith(`${r.n} ${r.n} `) ? '' : `  (counts ${r.counts})`;
  console.log(`  ${String(r.n).padStart(6)} files as ${r.how.padEnd(5)} ${r.mb.toFixed(0).padStart(4)} MB  ${(r.ms / 1000).toFixed(2)} s  wasm memory ${r.wasmMb.toFixed(0)} MB, JS heap ${r.heapMb.toFixed(0)} MB${ok}`);
}
