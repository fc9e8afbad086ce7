// Hostile and broken files through every place a file enters the app: the candidate's history
// import, a bank named by `?bank=`, the trainers' bank checker, the group view and the session
// import. Each file gets the message tests/corpus/expected.tsv names for it, markup shows as
// text, the page keeps working, and work in progress is still there afterwards.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { answer, start } from './helpers.mjs';

// `page.route` must see the app's own fetches, which a service worker would answer first.
test.use({ serviceWorkers: 'block' });

const corpusDir = new URL('../corpus/', import.meta.url).pathname;
const corpus = (name) => `${corpusDir}${name}`;

/** expected.tsv: file → the message part of the first error ("ok" for a good file). */
const expected = Object.fromEntries(
  readFileSync(corpus('expected.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [file, want] = l.split('\t');
      const colon = want.indexOf(': ');
      return [file, (colon < 0 ? want : want.slice(colon + 2)).slice(0, 40)];
    }),
);

/** A candidate with one answer given: the work in progress every test checks is intact. */
async function inProgress(page) {
  await start(page, 'Mulai latihan');
  await answer(page, 1);
  await expect(page.getByText(/^1 dari \d+ terjawab$/)).toBeVisible();
}

async function stillInProgress(page) {
  await page.goto('./');
  await expect(page.getByText('Latihan belum selesai')).toBeVisible();
  await page.getByRole('link', { name: 'Lanjutkan' }).click();
  await expect(page.getByText(/^1 dari \d+ terjawab$/)).toBeVisible();
}

test('history import: each broken results file is refused with its reason', async ({ page }) => {
  await inProgress(page);
  await page.goto('./#/riwayat');
  const input = page.locator('input[type=file]');
  const samples = ['truncated', 'not-json', 'latin1-name', 'future-version', 'a-bank-not-results', 'items-not-a-list', 'bad-time', 'no-participant'];
  for (const name of samples) {
    await input.setInputFiles(corpus(`results/${name}.json`));
    const message = page.getByText(new RegExp(`^${name}\\.json: `));
    await expect(message).toContainText(expected[`results/${name}.json`]);
  }
  await input.setInputFiles({ name: 'besar.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
  await expect(page.getByText(/^besar\.json: /)).toContainText('batasnya');
  await expect(page.locator('.history-entry')).toHaveCount(0);
  // A name carrying markup is imported and shown as text, never run.
  page.on('dialog', () => {
    throw new Error('a script from a file ran');
  });
  await input.setInputFiles(corpus('results/script-in-name.json'));
  await expect(page.locator('.history-entry')).toHaveCount(1);
  await expect(page.locator('.history-entry')).toContainText('<script>alert(1)</script>');
  await stillInProgress(page);
});

test('?bank=: a broken bank is refused with its reason; the bundled one and its attempt stay', async ({ page }) => {
  await page.route('**/corpus/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/corpus/')[1];
    try {
      return route.fulfill({ body: readFileSync(corpus(name)), contentType: 'application/json' });
    } catch {
      return route.fulfill({ status: 404, body: 'tidak ada' });
    }
  });
  await inProgress(page);
  const samples = ['truncated', 'invalid-utf8', 'future-version', 'javascript-link', 'deep-nesting', 'bidi-override-in-title', 'single-two-keys', 'wrong-format'];
  for (const name of samples) {
    await page.goto(`./?bank=corpus/bank/${name}.json`);
    const alert = page.getByRole('alert').filter({ hasText: 'Bank soal tidak dapat dimuat' });
    await expect(alert).toContainText(expected[`bank/${name}.json`]);
  }
  await page.getByRole('button', { name: 'Pakai bank bawaan' }).click();
  await expect(page.getByText('Latihan belum selesai')).toBeVisible();

  // Markup in every text of a bank is shown as text.
  page.on('dialog', () => {
    throw new Error('a script from a bank ran');
  });
  await page.goto('./?bank=corpus/bank/script-in-every-text.json');
  await expect(page.getByText('<script>alert(1)</script>').first()).toBeVisible();
  await stillInProgress(page);
});

test.describe('a bank that is not there', () => {
  // The browser itself logs the 404.
  test.use({ expectedErrors: [/status of 404/] });
  test('?bank= names the address and the status', async ({ page }) => {
    await page.goto('./?bank=banks/tidak-ada.json');
    await expect(page.getByRole('alert').first()).toContainText('"banks/tidak-ada.json" tidak ditemukan di situs ini (HTTP 404)');
    await page.getByRole('button', { name: 'Pakai bank bawaan' }).click();
    await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  });
});

test('bank checker: broken JSON, CSV and GIFT files each get their reason; a good one still goes in', async ({ page }) => {
  await page.goto('./pelatih/#/bank');
  const input = page.locator('input[type=file]');
  const problems = page.locator('.problems');
  for (const file of ['bank/infinity.json', 'bank/invalid-utf8.json', 'bank/long-title.json', 'bank/dangling-source.json', 'bank/zero-width-in-id.json']) {
    await input.setInputFiles(corpus(file));
    await expect(problems).toContainText(file.split('/')[1]);
    await expect(problems).toContainText(expected[file]);
  }
  for (const [file, want] of [['csv/unclosed-quote.csv', 'tidak pernah ditutup'], ['csv/weight-out-of-range.csv', 'di luar rentang'], ['gift/unclosed.gift', 'unclosed.gift'], ['moodle-xml/not-quiz.xml', 'bukan file Moodle XML'], ['moodle-xml/not-xml.xml', 'not-xml.xml, baris 4']]) {
    await input.setInputFiles(corpus(file));
    await expect(problems).toContainText(want);
    await expect(page.getByRole('button', { name: 'Gunakan bank ini' })).toHaveCount(0);
  }
  await input.setInputFiles({ name: 'raksasa.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  await expect(problems).toContainText('batasnya');
  // Excel's "CSV (Comma delimited)" is Windows-1252: read as such, with a warning, letters intact.
  await input.setInputFiles(corpus('csv/excel-ansi.csv'));
  await expect(problems).toContainText('excel-ansi.csv, baris 4, kolom 43: Berkas ini bukan UTF-8');
  await expect(page.locator('.preview-item').nth(1)).toContainText('“Pilih semua” bentuknya – dari Café Sosial.');
  await expect(page.getByRole('button', { name: 'Gunakan bank ini' })).toBeVisible();
  await page.getByLabel('Atau buka dari alamat di situs ini').fill('../banks/examples/contoh-mini.json');
  await page.getByRole('button', { name: 'Buka' }).click();
  // No errors; its only warnings say that six items are fewer than the five per competency it
  // draws (answer-cue analysis).
  await expect(page.getByText(/^0 kesalahan/)).toBeVisible();
  await expect(problems).toContainText('setiap percobaan menampilkan soal yang sama');
  await page.getByRole('button', { name: 'Gunakan bank ini' }).click();
  await expect(page.getByText('Bank soal disimpan di perangkat ini')).toBeVisible();
});

test('group view: every broken results file is listed with its reason, the good ones are counted', async ({ page }) => {
  // The corpus's results are of the example bank: keep it first, so they are checked against it.
  await page.goto('./pelatih/#/bank');
  await page.getByLabel('Atau buka dari alamat di situs ini').fill('../banks/examples/contoh-mini.json');
  await page.getByRole('button', { name: 'Buka' }).click();
  await page.getByRole('button', { name: 'Gunakan bank ini' }).click();
  await expect(page.getByText('Bank soal disimpan di perangkat ini')).toBeVisible();

  await page.goto('./pelatih/#/kelompok');
  const files = Object.keys(expected).filter((f) => f.startsWith('results/'));
  const buffer = (path) => ({ name: path.split('/').pop(), mimeType: 'application/json', buffer: readFileSync(path) });
  await page.locator('input[type=file]').first().setInputFiles([
    ...files.map((f) => buffer(corpus(f))),
    buffer(corpus('../fixtures/results-v1.json')),
    { name: 'terlalu-besar.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) },
  ]);
  // Every file is checked first, then compared: copies of one attempt whose only change is a
  // score or an item's kind are edits and count as duplicates of it (once); every other broken
  // file is refused with the reason the corpus names.
  const summary = page.locator('.cohort-summary p[data-summary]');
  await expect(summary).toContainText('19 ditolak');
  const refused = page.locator('.cohort-summary .problems li');
  await expect(refused).toHaveCount(19);
  for (const line of await refused.allInnerTexts()) {
    const [name, message] = line.split(/: (.*)/s);
    const want = name === 'terlalu-besar.json' ? 'batasnya 2 MB' : expected[`results/${name}`];
    expect(message, name).toContain(want);
  }
  await expect(page.locator('.group h2').first()).toContainText('2 peserta');
});

test('session import: a file that is not a session record is refused with its reason', async ({ page }) => {
  await page.goto('./pelatih/#/presentasi');
  const input = page.locator('input[type=file]');
  await input.setInputFiles(corpus('results/latin1-name.json'));
  await expect(page.getByText(/^latin1-name\.json: /)).toContainText('bukan teks UTF-8');
  await input.setInputFiles(corpus('results/future-version.json'));
  await expect(page.getByText(/^future-version\.json: /)).toContainText('pilar-siap/session');
  await input.setInputFiles({ name: 'sesi-besar.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 32) });
  await expect(page.getByText(/^sesi-besar\.json: /)).toContainText('batasnya');
  await expect(page.getByRole('button', { name: 'Presentasikan', exact: true })).toBeEnabled();
});

test('a file claiming 2 GB is refused by its size before a byte is read', async ({ page }) => {
  /** Puts a tiny file that claims 2 GB (`File.size`) into the page's file input. */
  const claimHuge = (name) =>
    page.evaluate((name) => {
      const file = new File(['{"kecil": true}'], name, { type: 'application/json' });
      Object.defineProperty(file, 'size', { value: 2 * 1024 ** 3 });
      const dt = new DataTransfer();
      dt.items.add(file);
      const input = document.querySelector('input[type=file]');
      input.files = dt.files;
      if (input.files[0].size !== 2 * 1024 ** 3) throw new Error('the claimed size did not stick');
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, name);
  await page.goto('./#/riwayat');
  await expect(page.locator('input[type=file]')).toBeAttached();
  await claimHuge('raksasa.json');
  await expect(page.getByText(/^raksasa\.json: /)).toContainText('Berkas terlalu besar (2048 MB); batasnya 20 MB');
  await page.goto('./pelatih/#/kelompok');
  await expect(page.locator('input[type=file]').first()).toBeAttached();
  await claimHuge('raksasa.json');
  await expect(page.locator('.cohort-summary .problems')).toContainText('raksasa.json: Berkas terlalu besar');
});
