// Offline first: after one visit the service worker holds the whole release build, so with the
// network gone a candidate completes an attempt and downloads the results, and a trainer
// presents a session on the trainers' page (never opened while online). A new deployment
// installs beside the running version and is offered only when no attempt is in progress.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { answer, next, position, start } from './helpers.mjs';

test.use({ serviceWorkers: 'allow' });

/** Waits until this version's service worker controls the page and holds its files. */
async function waitForOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k !== 'pilar-siap-runtime');
    const cache = await caches.open(names[0]);
    return { names, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
}

test('after one visit, an attempt and a session work with no network', async ({ page, context }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  const { names, files } = await waitForOffline(page);
  expect(names).toHaveLength(1);
  expect(files).toEqual(expect.arrayContaining(['/', '/index.html', '/banks/kalsel-pilar-sosial.json', '/pelatih/', '/manifest.webmanifest']));
  // Every wasm: the trainers' and each chunk of the candidates' split app, fetched later or never.
  const dist = new URL('../../dist/', import.meta.url).pathname;
  const wasm = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.wasm')).map((f) => `/${f}`);
  expect(wasm.length).toBeGreaterThan(5);
  expect(files.filter((f) => f.endsWith('.wasm')).sort()).toEqual(wasm.sort());

  await context.setOffline(true);
  await page.reload();
  let [n, total] = await start(page, 'Mulai latihan');
  for (;;) {
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    await expect(page.locator('.feedback')).toBeVisible();
    if (n === total) break;
    if (n === 3) {
      await page.reload(); // still offline: the page and the attempt come back
      expect(await position(page)).toEqual([3, total]);
    }
    n = await next(page, n);
  }
  await page.getByRole('button', { name: 'Tinjau & kirim' }).click();
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh hasil (JSON)' }).click(),
  ]);
  const results = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(results.items).toHaveLength(total);
  await page.getByRole('link', { name: 'Riwayat latihan' }).click();
  await expect(page.getByRole('heading', { name: 'Riwayat latihan' })).toBeVisible();
  await expect(page.locator('.history li').first()).toBeVisible();

  // The trainers' page, first opened offline: a three-question session by keys.
  await page.goto('./pelatih/#/presentasi');
  await expect(page.locator('.pick-list li').first()).toBeVisible();
  await page.getByLabel('Jumlah soal').fill('3');
  await page.getByRole('button', { name: 'Undi soal' }).click();
  await page.getByRole('button', { name: 'Presentasikan', exact: true }).click();
  await expect(page.locator('.present-bar .where')).toHaveText('Soal 1 dari 3');
  await page.keyboard.press('r');
  await expect(page.locator('.present-bar .where')).toHaveText('Soal 1 dari 3 · jawaban');
  await page.keyboard.press('s');
  await expect(page.getByRole('heading', { name: 'Ringkasan sesi' })).toBeVisible();
  await context.setOffline(false);
});

/** Serves a copy of dist/ on a free port, so a test can deploy a new version into it. */
async function serveCopy() {
  const root = mkdtempSync(join(tmpdir(), 'pilar-siap-dist-'));
  cpSync(new URL('../../dist/', import.meta.url).pathname, root, { recursive: true });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = readFileSync(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { root, url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

test('a new version waits until no attempt is in progress, then replaces the old one', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  const site = await serveCopy();
  try {
    await page.goto(site.url);
    const before = (await waitForOffline(page)).names;
    await page.getByRole('link', { name: 'Mulai latihan', exact: true }).click();
    await page.getByLabel('Nama').fill('Rahmat');
    await page.getByText('Pekerja Sosial Masyarakat').click();
    await page.getByLabel('Kabupaten/kota').selectOption('banjar');
    await page.getByRole('button', { name: 'Mulai' }).click();
    let [n] = await position(page);
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    await page.evaluate(() => (window.sameDocument = true));

    // Deploy: a new build (here: the same files under a new version).
    const sw = join(site.root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/pilar-siap-[0-9a-f]{16}/, 'pilar-siap-00000000deadbeef'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => window.pilarSiapUpdateReady(), null, { timeout: 30_000 });

    // In the middle of an attempt nothing is offered and nothing reloads.
    await expect(page.getByRole('button', { name: 'Perbarui sekarang' })).toHaveCount(0);
    n = await next(page, n);
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    expect(await page.evaluate(() => window.sameDocument)).toBe(true);

    // Once the attempt is sent, the update is offered; taking it reloads into the new version.
    await page.getByRole('link', { name: 'Daftar soal' }).click();
    await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();
    await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
    await expect(page.getByText('Versi baru Pilar Siap sudah siap dipakai.')).toBeVisible();
    await page.getByRole('button', { name: 'Perbarui sekarang' }).click();
    await page.waitForFunction(() => window.sameDocument === undefined && document.querySelector('h1'));
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k !== 'pilar-siap-runtime'))).toEqual(['pilar-siap-00000000deadbeef']);
    expect(before).not.toContain('pilar-siap-00000000deadbeef');
    // The finished attempt is in the history of the new version.
    await page.goto(`${site.url}#/riwayat`);
    await expect(page.locator('.history-entry')).toHaveCount(1);
  } finally {
    site.close();
  }
});
