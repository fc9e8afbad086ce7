// Sunting Bank at 1280×720: a trainer builds a five-item bank from nothing (one item of each
// tested kind, a rubric, a source), reloads half-way and goes on, undoes with Ctrl+Z, downloads it
// in every format and reads each back, uses it, and a candidate takes it; a broken file is fixed
// from its problem list; and the time from a keystroke to the updated problems on the bundled
// bank (215 items) is printed.
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, next, start } from './helpers.mjs';

test.beforeEach(({}, info) => test.skip(info.project.name !== 'projector', 'trainer page'));

const file = (name) => new URL(`./files/${name}`, import.meta.url).pathname;
const counts = (page) => page.locator('#problem-counts');

/** Adds an item of `kind` (its label in the kind list) and fills its prompt. */
async function addItem(page, kind, prompt) {
  await page.locator('#new-kind').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Tambah soal' }).click();
  const field = page.getByLabel('Pertanyaan atau pernyataan');
  await expect(field).toBeFocused();
  await field.fill(prompt);
}

/** Fills the option texts of the item open, in order. */
async function options(page, texts) {
  const fields = page.getByLabel('Teks pilihan');
  await expect(fields).toHaveCount(texts.length);
  for (let i = 0; i < texts.length; i++) await fields.nth(i).fill(texts[i]);
}

/** The common fields: explanation and source. */
async function explainAndCite(page, explanation) {
  await page.getByLabel('Penjelasan jawaban').fill(explanation);
  await page.getByLabel('Sumber', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Letak di sumber (mis. Pasal 3)').fill('Pasal 1');
}

test('a bank built from nothing, through a reload, is downloaded, read back, used and taken', async ({ page }) => {
  await page.goto('./pelatih/');
  await page.getByRole('link', { name: 'Buka Sunting Bank' }).click();
  await expect(page.getByRole('heading', { name: 'Sunting Bank' })).toBeVisible();
  await expectAccessible(page, 'editor start');
  await page.getByRole('button', { name: 'Bank kosong baru' }).click();
  await expect(counts(page)).toContainText(/[1-9]\d* kesalahan/);
  await page.getByLabel('Judul').fill('Latihan Tagana Banjar');
  await page.getByLabel(/^ID/).fill('latihan-tagana');
  await expectAccessible(page, 'editor: bank details');

  // A source, and a competency with the three-level rubric it starts with.
  await page.getByRole('button', { name: 'Sumber', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah sumber' }).click();
  await page.getByLabel('Judul').fill('Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial');
  await page.getByLabel('Alamat (http atau https)').fill('https://peraturan.bpk.go.id/Details/38780');
  await expectAccessible(page, 'editor: sources');
  await page.getByRole('button', { name: 'Tambah kompetensi' }).click();
  await expect(page.getByLabel('Nama', { exact: true })).toBeFocused();
  await page.getByLabel('Nama', { exact: true }).fill('Penanggulangan bencana');
  await page.getByLabel('Nama dalam bahasa Inggris').fill('Disaster response');
  await page.getByLabel('Deskripsi', { exact: true }).fill('Tindakan pilar sosial sebelum, saat dan sesudah bencana.');
  await expect(page.getByLabel('Label')).toHaveCount(3);
  await page.getByLabel('Label').first().fill('Perlu belajar');
  await expectAccessible(page, 'editor: a competency and its rubric');

  await addItem(page, 'Pilihan ganda', 'Saat banjir datang, apa yang pertama dilakukan relawan di posko?');
  await options(page, ['Mendata dan mengevakuasi warga rentan', 'Memotret lokasi untuk media sosial', 'Menunggu perintah tertulis', 'Membagikan bantuan tanpa pendataan']);
  await explainAndCite(page, 'Keselamatan warga rentan didahulukan.');
  await expectAccessible(page, 'editor: a single-choice item');

  // Half-way: a reload opens the same draft at the same item.
  await page.reload();
  await expect(page.getByLabel('Pertanyaan atau pernyataan')).toHaveValue(/Saat banjir datang/);
  await expect(page.locator('.item-button[aria-current="true"]')).toContainText('soal');

  await addItem(page, 'Pilihan ganda kompleks', 'Manakah yang termasuk kegiatan siaga bencana?');
  await options(page, ['Menyiapkan jalur evakuasi', 'Melatih warga', 'Menjual logistik', 'Menutup posko']);
  await explainAndCite(page, 'Jalur evakuasi dan latihan adalah kesiapsiagaan.');
  await addItem(page, 'Benar/salah', 'Tagana adalah relawan sosial yang menangani bencana.');
  await explainAndCite(page, 'Tagana: Taruna Siaga Bencana.');
  await addItem(page, 'Situasional', 'Apa yang Anda lakukan?');
  await page.getByLabel('Skenario').fill('Air mulai naik di desa binaan Anda pada malam hari.');
  await options(page, ['Membangunkan warga dan mengarahkan ke titik kumpul', 'Melapor ke posko sambil membantu lansia', 'Menunggu pagi', 'Mengunggah video']);
  await explainAndCite(page, 'Keselamatan dulu, lalu koordinasi.');
  await addItem(page, 'Uraian', 'Ceritakan satu kegiatan kebencanaan yang pernah Anda pimpin.');
  await page.getByLabel('Jawaban model').fill('Saya memimpin simulasi evakuasi bersama 40 warga dan mencatat hasilnya.');
  await page.getByLabel('Nama', { exact: true }).fill('Kelengkapan cerita');
  // One level per line, typed key by key: each new line stays.
  const levels = page.getByLabel('Deskripsi tiap tingkat (satu per baris, terendah dulu)');
  await levels.fill('');
  await levels.pressSequentially('Belum ada kegiatan\nAda kegiatan\nKegiatan, hasil dan pelajaran');
  await expect(levels).toHaveValue('Belum ada kegiatan\nAda kegiatan\nKegiatan, hasil dan pelajaran');
  await explainAndCite(page, 'Penilai mencari peran, hasil dan pelajaran.');
  await expectAccessible(page, 'editor: an open-answer item');
  await expect(page.locator('.item-row')).toHaveCount(5);

  // Delete, and undo from the notice; reorder by keyboard and back.
  await page.getByRole('button', { name: 'Hapus soal', exact: true }).click();
  await expect(page.locator('.item-row')).toHaveCount(4);
  await expect(page.locator('.notice')).toContainText('Dihapus.');
  await page.locator('.notice').getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.locator('.item-row')).toHaveCount(5);
  await page.locator('#row-4').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.item-row').nth(3)).toContainText('Ceritakan satu kegiatan');
  await expect(page.locator('#row-3')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.item-row').nth(4)).toContainText('Ceritakan satu kegiatan');
  await page.locator('#row-4').click();

  // Undo reaches back over typing: Ctrl+Z brings the explanation back, Ctrl+Y takes it again.
  const explanation = page.getByLabel('Penjelasan jawaban');
  await explanation.fill('Teks yang keliru');
  await page.keyboard.press('Control+z');
  await expect(explanation).toHaveValue('Penilai mencari peran, hasil dan pelajaran.');
  await page.keyboard.press('Control+y');
  await expect(explanation).toHaveValue('Teks yang keliru');
  await page.keyboard.press('Control+z');

  await expect(counts(page)).toContainText(/^0 kesalahan/);
  // The preview: as on a phone, and as projected.
  await expect(page.locator('.phone-preview')).toContainText('Ceritakan satu kegiatan');
  await page.getByRole('button', { name: 'Seperti di proyektor' }).click();
  await expect(page.locator('.projector-preview').first()).toContainText('Ceritakan satu kegiatan');
  await expectAccessible(page, 'editor: a bank without errors and its preview');

  // Every format out (a spreadsheet is three CSV files), and back in through the checker.
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  const saved = {};
  for (const [format, files] of [['JSON', 1], ['CSV', 3], ['GIFT', 1], ['Moodle XML', 1]]) {
    const before = downloads.length;
    await page.getByRole('button', { name: `Unduh sebagai ${format}`, exact: true }).click();
    await expect.poll(() => downloads.length).toBe(before + files);
    saved[format] = [];
    for (const d of downloads.slice(before)) {
      const path = test.info().outputPath(d.suggestedFilename());
      await d.saveAs(path);
      saved[format].push(path);
    }
  }
  const json = JSON.parse(readFileSync(saved.JSON[0], 'utf8'));
  expect(json.items.map((i) => i.kind)).toEqual(['single_choice', 'multiple_choice', 'true_false', 'situational', 'open_answer']);
  await page.getByRole('button', { name: 'Gunakan bank ini' }).click();
  await expect(page.getByText('Bank soal disimpan di perangkat ini')).toBeVisible();
  await page.goto('./pelatih/#/bank');
  // What each item asks and its key come back from every format as they were written.
  const essence = (bank) => bank.items.map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    keys: (i.options || []).filter((o) => o.correct || o.credit === 1).map((o) => o.text),
    answer: i.answer,
  }));
  for (const format of ['JSON', 'CSV', 'GIFT', 'Moodle XML']) {
    await page.locator('input[type=file]').setInputFiles(saved[format]);
    await expect(page.getByText(/^(0 kesalahan|Tidak ada kesalahan)/)).toBeVisible();
    await expect(page.locator('.preview-item')).toHaveCount(5);
    const [back] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh sebagai JSON', exact: true }).click(),
    ]);
    const read = JSON.parse(readFileSync(await back.path(), 'utf8'));
    expect(essence(read), `${format} read back`).toEqual(essence(json));
    if (format !== 'GIFT' && format !== 'Moodle XML') expect(read.items, format).toEqual(json.items);
  }

  // A candidate takes it.
  await page.goto('./');
  await page.getByLabel(/Latihan Tagana Banjar/).check();
  let [n, total] = await start(page, 'Mulai latihan', { role: 'Taruna Siaga Bencana', region: 'banjar' });
  expect(total).toBe(5);
  for (;;) {
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    if (n === total) break;
    n = await next(page, n);
  }
  await page.getByRole('button', { name: 'Tinjau & kirim' }).click();
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();
  await expect(page.getByRole('heading', { name: /Penanggulangan bencana/ })).toBeVisible();
  await expect(page.locator('article').filter({ hasText: 'Penanggulangan bencana' })).toContainText(/Perlu belajar|Berkembang|Siap/);
});

test('a broken file is fixed from its problem list, and a changed bank in use asks for a new version', async ({ page }) => {
  // The checker's problems open the editor at their field.
  await page.goto('./pelatih/#/bank');
  await page.locator('input[type=file]').setInputFiles(file('editor-broken.json'));
  await page.locator('.check-report .problem').filter({ hasText: 'prompt' })
    .getByRole('button', { name: 'Perbaiki di Sunting Bank' }).click();
  await expect(page.getByRole('heading', { name: 'Sunting Bank' })).toBeVisible();
  await expect(page.getByLabel('Pertanyaan atau pernyataan')).toBeFocused();
  // Four errors: the weight written as text, so the item measures nothing yet; an empty prompt;
  // a competency id with a typo.
  await expect(counts(page)).toContainText(/^4 kesalahan/);
  const problems = page.locator('.problems-panel .problems button');
  await expectAccessible(page, 'editor: a broken file');

  // Each problem opens its field: a weight typed with a comma is read as a number…
  await problems.filter({ hasText: 'weight' }).click();
  const weight = page.getByLabel('Bobot (0–1)');
  await expect(weight).toBeFocused();
  await expect(weight).toHaveValue('0,5');
  // Typed key by key, "0," stays as typed (it already means 0) until the 5 comes.
  await weight.fill('');
  await weight.pressSequentially('0,5');
  await expect(weight).toHaveValue('0,5');
  await expect(counts(page)).toContainText(/^2 kesalahan/);
  // …an empty prompt is written…
  await problems.filter({ hasText: 'prompt' }).click();
  await expect(page.getByLabel('Pertanyaan atau pernyataan')).toBeFocused();
  await page.keyboard.type('Manakah yang termasuk pilar sosial?');
  // …and a competency that does not exist is chosen from the list.
  await problems.filter({ hasText: 'hukumm' }).click();
  await page.getByLabel('Kompetensi', { exact: true }).selectOption('hukum');
  await expect(counts(page)).toContainText(/^0 kesalahan/);
  // Items can be found by their problems, text and kind.
  await page.getByLabel('Cari teks').fill('Manakah yang termasuk pilar sosial?');
  await expect(page.locator('.item-row')).toHaveCount(1);
  await page.getByLabel('Cari teks').fill('');
  await expect(page.locator('.item-row')).toHaveCount(6);

  await page.getByRole('button', { name: 'Gunakan bank ini' }).click();
  await expect(page.getByText('Bank soal disimpan di perangkat ini')).toBeVisible();
  // A change after the bank is in use asks for a new version.
  await page.getByRole('button', { name: /^1\. hukum-001/ }).click();
  await page.getByLabel('Penjelasan jawaban').fill('Penjelasan yang diperbarui.');
  await page.getByRole('button', { name: 'Gunakan bank ini' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Versi ini sudah dipakai');
  await expectAccessible(page, 'editor: a new version asked for');
  await page.getByRole('button', { name: /Simpan sebagai versi/ }).click();
  await expect(page.getByText('Bank soal disimpan di perangkat ini')).toBeVisible();

  // The drafts list keeps it, with its time.
  await page.getByRole('button', { name: /Semua draf/ }).click();
  await expect(page.locator('.drafts li')).toHaveCount(1);
  await expect(page.locator('.drafts li')).toContainText(/6 soal · disimpan \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(page.locator('.drafts li')).toContainText('Contoh bank rusak');
});

test('keystroke to updated problems on the bundled bank (215 items)', async ({ page }) => {
  await page.goto('./pelatih/#/sunting');
  await page.locator('.kept-banks li').first().getByRole('button', { name: 'Sunting' }).click();
  await page.getByRole('button', { name: /^1\. / }).click();
  const prompt = page.getByLabel('Pertanyaan atau pernyataan');
  await expect(prompt).toBeFocused();
  const before = await counts(page).innerText();
  const times = [];
  for (let round = 0; round < 5; round++) {
    // From the input event to the frame that shows the new problem count.
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const field = document.activeElement;
      const status = document.getElementById('problem-counts');
      const t0 = performance.now();
      new MutationObserver((_, obs) => {
        obs.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }).observe(status, { childList: true, characterData: true, subtree: true });
      field.value = field.value.length ? '' : 'Apa tugas pokok PSM?';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }));
    times.push(ms);
  }
  const check = await page.locator('#check-time').innerText();
  times.sort((a, b) => a - b);
  console.log(`editor: keystroke → updated problems on 215 items: median ${times[2].toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}); ${check}`);
  expect(await counts(page).innerText()).not.toBe('');
  expect(before).toMatch(/kesalahan/);
});
