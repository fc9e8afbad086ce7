// Interview practice, the review screen with a flag, the printed report (summary on page one),
// and history: a results file goes out, the history is cleared, the file comes back in.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, position, start } from './helpers.mjs';

test('interview practice, review, print, history export, clear and import', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-07-01T08:00:00Z') });
  let [n, total] = await start(page, 'Mulai latihan wawancara', { role: 'Lembaga Kesejahteraan Sosial', region: 'tapin' });
  expect(total).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('heading', { name: 'Pengatur waktu bicara' })).toBeVisible();
  const clock = page.locator('.speaking-timer [role=timer]');
  await expect(clock).toHaveText(/^0[23]:00$/);
  const full = await clock.innerText();
  await page.getByRole('button', { name: 'Mulai', exact: true }).click();
  await page.clock.fastForward(10_000);
  await expect(clock).not.toHaveText(full);
  await expectAccessible(page, 'interview item with the speaking timer');

  await answer(page, n);
  await page.getByRole('button', { name: 'Tandai untuk ditinjau' }).click();
  await expect(page.getByRole('button', { name: 'Hapus tanda' })).toBeVisible();
  await page.getByRole('link', { name: 'Daftar soal' }).click();
  await expect(page.getByText(`${total - 1} soal belum dijawab, 1 ditandai`)).toBeVisible();
  await expectAccessible(page, 'review with a flag');
  // Jump to the unanswered item from the review list.
  await page.locator('.review-list .unanswered button').first().click();
  [n] = await position(page);
  await answer(page, n);
  await page.getByRole('link', { name: 'Daftar soal' }).click();
  await expect(page.getByText(`${Math.max(total - 2, 0)} soal belum dijawab, 1 ditandai`)).toBeVisible();
  // The rest too, so every interview prompt counts.
  while (await page.locator('.review-list .unanswered button').count()) {
    await page.locator('.review-list .unanswered button').first().click();
    [n] = await position(page);
    await answer(page, n);
    await page.getByRole('link', { name: 'Daftar soal' }).click();
  }
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();

  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  // Interview answers are self-assessed evidence for presentation and partnership.
  await expect(page.locator('article[data-competency="kinerja"]')).toContainText('berdasarkan penilaian diri');
  await expect(page.locator('article[data-competency="kemitraan"] .pct')).toBeVisible();

  // The printed report: the summary on page one, the item review after it.
  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath('laporan.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
  expect(pageOne).toContain('Profil kompetensi Anda');
  expect(pageOne).toContain('Siti Rahmah');
  for (const name of ['Landasan Hukum', 'Tugas & Fungsi', 'Pemetaan', 'Penanganan Kasus', 'Perlindungan Sosial', 'Pemberdayaan', 'Dokumentasi']) {
    expect(pageOne).toContain(name);
  }
  expect(pageOne).not.toContain('Pembahasan soal');

  // History: export, clear (after confirming, with an export offered), import back.
  await page.getByRole('link', { name: 'Riwayat latihan' }).click();
  await expect(page.locator('.history-entry')).toHaveCount(1);
  await expectAccessible(page, 'history');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh semua riwayat (JSON)' }).click(),
  ]);
  const file = test.info().outputPath('riwayat.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).results).toHaveLength(1);
  await page.getByRole('button', { name: 'Hapus riwayat' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Unduh riwayat dulu');
  await page.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Belum ada latihan yang selesai.')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText('1 hasil baru ditambahkan ke riwayat')).toBeVisible();
  await expect(page.locator('.history-entry')).toHaveCount(1);
  // A file that is not a results file is refused with the reason, and nothing is lost.
  await page.locator('input[type=file]').setInputFiles({ name: 'bukan.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1,}') });
  await expect(page.getByText(/bukan\.json: Kesalahan/)).toBeVisible();
  await expect(page.locator('.history-entry')).toHaveCount(1);
  await page.locator('.history-entry a').click();
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
});

// A results file made with the bank's previous version (2026.1) still opens in full: the report
// reads that version from the archive kept with the app.
test('a result of the previous bank version opens with its full report', async ({ page }) => {
  const root = new URL('../../', import.meta.url).pathname;
  const dir = test.info().outputPath('lama');
  execFileSync(`${root}target/debug/pilar-cli`, ['generate-results', `${root}public/banks/arsip/kalsel-pilar-sosial-2026.1.json`, '1', dir, '3']);
  await page.goto('./#/riwayat');
  await page.locator('input[type=file]').setInputFiles(`${dir}/hasil-00001.json`);
  await expect(page.getByText('1 hasil baru ditambahkan ke riwayat')).toBeVisible();
  await page.locator('.history-entry a').click();
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  await expect(page.locator('article.competency')).toHaveCount(7);
  await expect(page.getByText('versi lain')).toHaveCount(0);
  await expectAccessible(page, 'report of an earlier bank version');
});
