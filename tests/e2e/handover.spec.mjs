// A candidate shows their results to the trainer as a QR code: from the report, a large code with
// what it holds, the screen kept on while it is shown and let go after; it survives a reload and
// is axe-clean at phone size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = `${root}target/debug/pilar-cli`;
const bank = `${root}public/banks/kalsel-pilar-sosial.json`;

test.beforeEach(({}, info) => test.skip(info.project.name !== 'phone', "a candidate's phone"));

test('the report shows the results as a QR code, with the screen kept on while it is shown', async ({ page }) => {
  const dir = test.info().outputPath('hasil');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(cli, ['generate-results', bank, '1', dir, '21']);
  const file = `${dir}/hasil-00001.json`;
  // The code the app must draw: its size as the command line draws it.
  const printed = execFileSync(cli, ['qr-codes', bank, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(printed.trim().split('\n')).toHaveLength(1);
  // The Screen Wake Lock, recorded (a headless browser has no screen to keep on).
  await page.addInitScript(() => {
    window.__wake = { requested: [], released: 0 };
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: { request: async (type) => { window.__wake.requested.push(type); return { release: async () => { window.__wake.released += 1; } }; } },
    });
  });

  await page.goto('./#/riwayat');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText('1 hasil baru ditambahkan ke riwayat')).toBeVisible();
  await page.locator('.history-entry a').click();
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  await page.getByRole('link', { name: 'Tunjukkan QR ke pelatih' }).click();

  await expect(page.getByRole('heading', { name: 'Tunjukkan QR ke pelatih', level: 1 })).toBeVisible();
  const code = page.getByRole('img', { name: 'Kode QR hasil Anda' });
  await expect(code).toBeVisible();
  const modules = Number(await code.getAttribute('data-modules'));
  expect(modules).toBeGreaterThanOrEqual(21);
  expect(modules).toBeLessThanOrEqual(77); // version 15
  // Large: nearly the phone's width.
  const box = await code.boundingBox();
  expect(box.width).toBeGreaterThan(300);
  await expect(page.locator('figure.qr-frame figcaption')).toContainText('Berisi hasil Peserta 00001');
  await expect(page.locator('figure.qr-frame figcaption')).toContainText('bank kalsel-pilar-sosial');
  await expect.poll(() => page.evaluate(() => window.__wake.requested)).toEqual(['screen']);
  await expectAccessible(page, 'QR screen');
  expect(page.url()).toMatch(/#\/hasil\/0\/qr$/);
  const path = await page.locator('svg.qr path').getAttribute('d');

  // A reload shows the same code.
  await page.reload();
  await expect(page.getByRole('img', { name: 'Kode QR hasil Anda' })).toBeVisible();
  expect(await page.locator('svg.qr path').getAttribute('d')).toBe(path);

  await page.getByRole('link', { name: 'Kembali ke laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__wake.released)).toBeGreaterThanOrEqual(1);
});
