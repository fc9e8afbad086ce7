// A trainer drops a folder: 200 generated results files plus broken ones. The summary counts
// each outcome, the table lists the group, a row opens that person's report, and the CSV export
// has one line per participant.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';

const root = new URL('../../', import.meta.url).pathname;

// The group view is a trainer's laptop page: run at the projector size only.
test.beforeEach(({}, info) => test.skip(info.project.name !== 'projector', 'trainer page'));

test('200 results files and broken ones give the right summary, table, report and CSV', async ({ page }) => {
  const dir = test.info().outputPath('kelompok');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(`${root}target/debug/pilar-cli`, ['generate-results', `${root}public/banks/kalsel-pilar-sosial.json`, '200', dir, '5']);
  const read = (n) => readFileSync(`${dir}/hasil-${String(n).padStart(5, '0')}.json`, 'utf8');
  const bad = {
    'ganda.json': read(1),
    'diubah.json': read(2).replace('"Peserta 00002"', '"Peserta Diubah"').replace(/"score_bp": \d+/, '"score_bp": 1234'),
    'versi-baru.json': read(3).replace(/"format_version": \d+/, '"format_version": 9'),
    'terpotong.json': read(4).slice(0, 500),
    'bukan-json.json': 'Ini bukan berkas hasil.',
    'bank-lain.json': readFileSync(`${root}tests/fixtures/results-v1.json`, 'utf8'),
    'terlalu-besar.json': ' '.repeat(3 * 1024 * 1024),
  };
  for (const [name, text] of Object.entries(bad)) writeFileSync(`${dir}/${name}`, text);
  // Five files made with the bank's previous version (2026.1): still checked, grouped apart.
  const old = test.info().outputPath('lama');
  rmSync(old, { recursive: true, force: true });
  execFileSync(`${root}target/debug/pilar-cli`, ['generate-results', `${root}public/banks/arsip/kalsel-pilar-sosial-2026.1.json`, '5', old, '7']);
  for (const f of readdirSync(old)) writeFileSync(`${dir}/lama-${f}`, readFileSync(`${old}/${f}`, 'utf8'));

  await page.goto('./pelatih/');
  await page.getByRole('link', { name: 'Buka Kelompok' }).click();
  await expect(page.getByRole('heading', { name: 'Kelompok: hasil peserta' })).toBeVisible();
  await expect(page.getByText('tidak dikirim ke mana pun').first()).toBeVisible();
  await expectAccessible(page, 'cohort page');
  await page.locator('input[type=file]').first().setInputFiles(readdirSync(dir).map((f) => `${dir}/${f}`));

  // files, accepted, edited, duplicates, other bank, rejected
  const summary = page.locator('.cohort-summary p[data-summary]');
  await expect(summary).toHaveAttribute('data-summary', '212 206 1 1 1 4');
  await expect(summary).toContainText('212 berkas: 206 diterima (1 diubah');
  for (const name of ['versi-baru.json', 'terpotong.json', 'bukan-json.json', 'terlalu-besar.json']) {
    await expect(page.locator('.cohort-summary .problems')).toContainText(name);
  }
  await expect(page.locator('.cohort-summary .problems')).toContainText('versi 9');
  await expect(page.getByText('1 hasil dibuat dengan bank soal atau versi yang tidak ada di perangkat ini')).toBeVisible();

  const group = page.locator('.group').first();
  await expect(group.locator('h2')).toContainText('2026.2');
  await expect(group.locator('h2')).toContainText('201 peserta');
  await expect(page.locator('.group').nth(1).locator('h2')).toContainText('2026.1 · 5 peserta');
  await expect(group.locator('.disclaimer')).toContainText('panduan latihan');
  await expect(group.locator('table.participants tbody tr')).toHaveCount(50);
  await expect(group.locator('.histogram')).toHaveCount(7);
  await expect(group.locator('table.items tbody tr').first()).toBeVisible();
  await expectAccessible(page, 'group view');

  // Filter by role, sort by overall, open a report.
  await group.locator('.filters select').first().selectOption('psm');
  const psm = await group.locator('table.participants tbody tr').count();
  expect(psm).toBeGreaterThan(5);
  expect(psm).toBeLessThan(50);
  await group.getByRole('button', { name: 'Keseluruhan' }).click();
  await group.locator('table.participants tbody tr').first().getByRole('button').click();
  await expect(page.locator('.participant-report')).toBeVisible();
  await expect(page.locator('.participant-report article.competency')).toHaveCount(7);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: 'Unduh CSV peserta' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain('nama;peran;kabupaten_kota');
  expect(lines).toHaveLength(psm + 2);
  expect(lines.slice(1, -1).every((l) => l.includes(';psm;'))).toBe(true);
  expect(lines.at(-1)).toMatch(/^"?# .*panduan latihan/);
});
