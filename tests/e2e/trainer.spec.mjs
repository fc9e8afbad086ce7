// A trainer takes a spreadsheet to a running quiz: the CSV files go through the bank checker,
// which shows every item with its key; "Gunakan bank ini" keeps the bank; a candidate chooses it
// on the home page and takes it. Broken files get their line and column; GIFT and JSON go in too.
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, next, start } from './helpers.mjs';

const corpus = (name) => new URL(`../corpus/${name}`, import.meta.url).pathname;

test('a spreadsheet bank goes through the checker and a candidate takes it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /Untuk pelatih/ }).click();
  await expect(page.getByRole('heading', { name: 'Periksa Bank Soal' })).toBeVisible();
  await page.getByRole('link', { name: 'Pilar Siap · Pelatih' }).click();
  await expect(page.getByRole('heading', { name: 'Pilar Siap · Pelatih' })).toBeVisible();
  await expectAccessible(page, 'trainer tools');
  await page.getByRole('link', { name: 'Buka Periksa Bank' }).click();
  await expect(page.getByRole('heading', { name: 'Periksa Bank Soal' })).toBeVisible();
  await expectAccessible(page, 'checker');

  // A broken file first: its line, column and what to do.
  await page.locator('input[type=file]').setInputFiles(corpus('csv/bad-key.csv'));
  await expect(page.locator('.problems')).toContainText('bad-key.csv, baris 2, kolom 7');
  await expect(page.getByText('0 kesalahan')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Gunakan bank ini' })).toHaveCount(0);

  await page.locator('input[type=file]').setInputFiles(corpus('csv/semicolon-bom.csv'));
  // No errors; the warnings say which of the bundled competencies the six items leave out.
  await expect(page.getByText(/^0 kesalahan/)).toBeVisible();
  await expect(page.locator('.problems')).toContainText('(bank bawaan)');
  await expect(page.locator('.preview-item')).toHaveCount(6);
  await expect(page.locator('.preview-item').first()).toContainText('Jawaban yang tepat: Rehabilitasi sosial');
  await expectAccessible(page, 'checker with a preview');
  await page.getByRole('button', { name: 'Gunakan bank ini' }).click();
  await expect(page.getByText('Bank soal disimpan di perangkat ini')).toBeVisible();
  await expect(page.locator('.kept-banks li')).toHaveCount(1);

  // The candidate's home page offers it; the attempt uses it.
  await page.goto('./');
  await page.getByLabel(/Bank soal pelatih/).check();
  await expect(page.locator('.card.bank')).toContainText('6 soal');
  await expectAccessible(page, 'home with a kept bank');
  let [n, total] = await start(page, 'Mulai latihan', { role: 'Tenaga Kesejahteraan Sosial Kecamatan', region: 'banjar' });
  expect(total).toBe(6);
  for (;;) {
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    if (n === total) break;
    n = await next(page, n);
  }
  await page.getByRole('button', { name: 'Tinjau & kirim' }).click();
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  await expect(page.locator('.item-review details')).toHaveCount(6);

  // Back to the bundled bank.
  await page.goto('./');
  await page.getByLabel(/Bank bawaan/).check();
  const bundled = JSON.parse(readFileSync(new URL('../../public/banks/kalsel-pilar-sosial.json', import.meta.url), 'utf8'));
  await expect(page.locator('.card.bank')).toContainText(`${bundled.items.length} soal`);
});

test('a Moodle GIFT export goes in unedited: categories mapped, one source for all, and a candidate takes it', async ({ page }) => {
  await page.goto('./pelatih/#/bank');
  const input = page.locator('input[type=file]');
  const problems = page.locator('.problems');
  await input.setInputFiles(corpus('gift/moodle-export.gift'));
  // What the app cannot hold is listed at its line; the other six questions are there.
  await expect(page.locator('.preview-item')).toHaveCount(6);
  await expect(problems).toContainText('moodle-export.gift, baris 27');
  await expect(problems).toContainText('"Tahun UU" (numerik)');
  await expect(problems).toContainText('belum punya sumber');
  const categories = page.locator('.categories');
  await expect(categories).toContainText('cocok menurut nama');
  await expectAccessible(page, 'checker with categories to map');
  await page.getByLabel('Peran dan Fungsi').selectOption('peran');
  await expect(page.getByLabel('Peran dan Fungsi')).toHaveValue('peran');
  await page.getByLabel('Judul sumber').fill('Materi Bimtek Pilar Sosial');
  await page.getByRole('button', { name: 'Tetapkan untuk semua' }).click();
  await expect(problems).not.toContainText('belum punya sumber');
  await expect(page.locator('.preview-item').first()).toContainText('Materi Bimtek Pilar Sosial');
  // The choices are remembered for the same file.
  await page.reload();
  await input.setInputFiles(corpus('gift/moodle-export.gift'));
  await expect(page.getByLabel('Peran dan Fungsi')).toHaveValue('peran');
  await expect(problems).not.toContainText('belum punya sumber');
  await page.getByRole('button', { name: 'Gunakan bank ini' }).click();
  await expect(page.getByText('Bank soal disimpan di perangkat ini')).toBeVisible();

  // A candidate takes it: six items, the report by the mapped and new competencies.
  await page.goto('./');
  await page.getByLabel(/Bank soal pelatih/).check();
  await expect(page.locator('.card.bank')).toContainText('6 soal');
  let [n, total] = await start(page, 'Mulai latihan');
  expect(total).toBe(6);
  for (;;) {
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    if (n === total) break;
    n = await next(page, n);
  }
  await page.getByRole('button', { name: 'Tinjau & kirim' }).click();
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Tugas & Fungsi Pilar');
  await expect(page.locator('main')).toContainText('Sejarah Lokal');
  await expectAccessible(page, 'report of an imported bank');
});

test('GIFT and JSON banks go in, and a bank opens from an address of this site', async ({ page }) => {
  await page.goto('./pelatih/#/bank');
  await page.locator('input[type=file]').setInputFiles(corpus('gift/moodle-kinds.gift'));
  await expect(page.locator('.preview-item')).toHaveCount(7);
  await expect(page.locator('.problems')).toContainText('Peringatan');
  await page.locator('input[type=file]').setInputFiles(corpus('gift/numeric.gift'));
  await expect(page.locator('.problems')).toContainText('numeric.gift, baris 3');
  // Moodle XML and Aiken go in too.
  await page.locator('input[type=file]').setInputFiles(corpus('moodle-xml/moodle-export.xml'));
  await expect(page.locator('.preview-item')).toHaveCount(5);
  await expect(page.locator('.problems')).toContainText('"Pasangan" (mencocokkan)');
  await page.locator('input[type=file]').setInputFiles(corpus('aiken/word-1252.txt'));
  await expect(page.locator('.preview-item')).toHaveCount(1);
  await expect(page.locator('.preview-item')).toContainText('“pilar sosial”');
  await page.locator('input[type=file]').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pilar-siap/bank",,}') });
  await expect(page.locator('.problems')).toContainText('rusak.json, baris 1, kolom 30');
  await page.getByLabel('Atau buka dari alamat di situs ini').fill('../banks/examples/contoh-mini.json');
  await page.getByRole('button', { name: 'Buka' }).click();
  await expect(page.locator('.preview-item')).toHaveCount(6);
  // Another site is refused.
  await page.getByLabel('Atau buka dari alamat di situs ini').fill('https://elsewhere.example/bank.json');
  await page.getByRole('button', { name: 'Buka' }).click();
  await expect(page.locator('.problems')).toContainText('tidak diizinkan');
  // The address form ?bank= works for candidates too.
  await page.goto('./?bank=banks/examples/contoh-mini.json');
  await expect(page.getByText('Bank soal dibuka dari alamat')).toBeVisible();
  await expect(page.locator('.card.bank')).toContainText('6 soal');
  // Downloads: the CSV template comes as three files.
  await page.goto('./pelatih/#/bank');
  const downloads = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Unduh templat CSV' }).click();
  await expect.poll(() => downloads.length).toBe(3);
  expect(downloads.sort()).toEqual(['templat-info.csv', 'templat-kompetensi.csv', 'templat-soal.csv']);
});

// The answer-cue analysis: the previous bundled bank (2026.1) gives its situational keys away to
// the second-longest option; the current one passes every threshold.
test('the checker finds answer cues in a bank and none in the bundled one', async ({ page }) => {
  await page.goto('./pelatih/?bank=../banks/arsip/kalsel-pilar-sosial-2026.1.json#/bank');
  const cues = page.locator('section.cues');
  await expect(cues.getByRole('heading', { name: 'Analisis petunjuk jawaban' })).toBeVisible();
  await expect(page.locator('.problems')).toContainText('strategi "terpanjang kedua" tanpa membaca soal mendapat rata-rata 0.94');
  await expect(page.locator('.problems')).toContainText('`kasus-sjt-01`');
  await expect(page.locator('.problems')).toContainText('setiap percobaan menampilkan soal yang sama');
  const situational = cues.locator('table.cue-kinds tr', { hasText: 'Situasional' });
  await expect(situational.locator('.cue.over').first()).toBeVisible();
  await expect(cues.locator('table.cue-pools .cue.over').first()).toBeVisible();
  await cues.locator('summary', { hasText: 'Per soal' }).click();
  await expect(cues.locator('table.cue-items tbody tr')).toHaveCount(98);
  await expectAccessible(page, 'answer-cue analysis');

  await page.getByLabel('Atau buka dari alamat di situs ini').fill('../banks/kalsel-pilar-sosial.json');
  await page.getByRole('button', { name: 'Buka' }).click();
  await expect(page.getByRole('heading', { name: /^Pratinjau: Latihan Seleksi/ })).toBeVisible();
  await expect(cues.getByText('Tidak ada petunjuk jawaban di atas ambang')).toBeVisible();
  await expect(page.locator('.problems')).not.toContainText('Petunjuk jawaban');
  await expect(cues.locator('table.cue-kinds .cue.over')).toHaveCount(0);
});
