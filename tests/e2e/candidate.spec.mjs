// A candidate's whole path on a phone: home → profile → every item → results → download; with a
// reload half-way that must lose nothing, and the downloaded file checked against the schema and
// re-scored by pilar-cli.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import { test, expect, expectAccessible } from './fixtures.mjs';

const root = new URL('../../', import.meta.url);
const BANK = 'public/banks/kalsel-pilar-sosial.json';

/** "Soal 3 dari 76" → [3, 76] */
async function position(page) {
  await expect(page.locator('h1')).toHaveText(/\d+ dari \d+/);
  const text = await page.locator('h1').innerText();
  const m = text.match(/(\d+) dari (\d+)/);
  expect(m, `heading "${text}"`).not.toBeNull();
  return [Number(m[1]), Number(m[2])];
}

/** Goes to the next item and waits until it is shown. */
async function next(page, n) {
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.locator('h1')).toHaveText(new RegExp(`^Soal ${n + 1} dari`));
  return n + 1;
}

/** Answers the item on screen the way a person would, varying the choice by position. */
async function answer(page, n) {
  const item = page.locator('fieldset.item');
  await expect(item).toBeVisible();
  if (await item.locator('textarea').count()) {
    await item.locator('textarea').fill(`Jawaban saya untuk soal ${n}: kegiatan, tempat, manfaat, data.`);
    await page.getByRole('button', { name: /Lihat jawaban model/ }).click();
    const criteria = page.locator('fieldset.criterion');
    for (let i = 0; i < (await criteria.count()); i++) {
      const levels = criteria.nth(i).locator('label.option');
      await levels.nth((n + i) % (await levels.count())).click();
    }
    return;
  }
  const likert = item.locator('label.likert-point');
  if (await likert.count()) {
    await likert.nth(n % 5).click();
    return;
  }
  const options = item.locator('label.option');
  const count = await options.count();
  await options.nth(n % count).click();
  if (await item.locator('input[type=checkbox]').count()) await options.nth((n + 1) % count).click();
}

test('a candidate completes an attempt, reloads half-way, and downloads a verifiable results file', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Mulai latihan' })).toBeVisible();
  await expect(page.getByText('Semua jawaban hanya tersimpan di perangkat ini').first()).toBeVisible();
  await expectAccessible(page, 'home');

  await page.getByRole('link', { name: 'Mulai latihan' }).click();
  await expect(page.getByRole('heading', { name: 'Profil peserta' })).toBeVisible();
  // Starting without filling the form names what is missing.
  await page.getByRole('button', { name: 'Mulai' }).click();
  await expect(page.getByText('Isi nama Anda.')).toBeVisible();
  await expectAccessible(page, 'profile with errors');
  await page.getByLabel('Nama').fill('Siti Rahmah');
  await page.getByText('Pekerja Sosial Masyarakat').click();
  await page.getByLabel('Kabupaten/kota').selectOption('hulu-sungai-utara');
  await page.getByRole('button', { name: 'Mulai' }).click();

  let [n, total] = await position(page);
  expect(n).toBe(1);
  expect(total).toBeGreaterThan(40);
  await expectAccessible(page, 'first item');
  const half = Math.floor(total / 2);
  while (n <= half) {
    await answer(page, n);
    n = await next(page, n);
  }
  await expect(page.getByText(`${half} dari ${total} terjawab`)).toBeVisible();

  // A reload (or a closed tab) loses nothing: same item, same answers.
  await page.reload();
  await expect(page.getByText(`${half} dari ${total} terjawab`)).toBeVisible();
  expect(await position(page)).toEqual([half + 1, total]);
  await page.getByRole('button', { name: 'Sebelumnya' }).click();
  await expect(page.locator('fieldset.item input:checked').first()).toBeAttached();

  // The home page offers to continue.
  await page.goto('./#/');
  await expect(page.getByText('Latihan belum selesai')).toBeVisible();
  await expectAccessible(page, 'home with an unfinished attempt');
  await page.getByRole('link', { name: 'Lanjutkan' }).click();
  [n] = await position(page);
  expect(n).toBe(half);
  n = await next(page, n);

  for (;;) {
    await answer(page, n);
    if (n === 60 || (await page.locator('textarea').count())) await expectAccessible(page, `item ${n}`);
    if (n === total) break;
    n = await next(page, n);
  }
  await expect(page.getByText(`${total} dari ${total} terjawab`)).toBeVisible();
  await page.getByRole('button', { name: 'Selesai & lihat hasil' }).click();

  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  const cards = page.locator('article.competency');
  await expect(cards).toHaveCount(7);
  await expect(page.getByText('bukan cara penilaian resmi').first()).toBeVisible();
  await expectAccessible(page, 'results');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh hasil (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hasil-pilar-siap-\d{4}-\d{2}-\d{2}-siti-rahmah\.json$/);
  const file = test.info().outputPath('hasil.json');
  await download.saveAs(file);
  const results = JSON.parse(readFileSync(file, 'utf8'));

  // The file follows the schema…
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('schema/results.schema.json', root), 'utf8')));
  expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
  expect(results.participant).toEqual({ name: 'Siti Rahmah', role: 'psm', region: 'hulu-sungai-utara' });
  expect(results.items).toHaveLength(total);
  expect(results.items.every((i) => i.answer !== undefined)).toBe(true);

  // …its scores are the ones its answers give (pilar-cli re-scores with the same bank)…
  const out = execFileSync(new URL('target/debug/pilar-cli', root).pathname, ['verify-results', BANK, file], {
    cwd: root.pathname,
    encoding: 'utf8',
  });
  expect(out).toContain('OK');

  // …and the page shows the same numbers.
  for (const c of results.competencies) {
    const e = c.tested?.percent_bp !== undefined ? c.tested : c.self_assessed;
    const shown = await page.locator(`article[data-competency="${c.id}"] .pct`).innerText();
    expect(shown).toBe(`${Math.round(e.percent_bp / 100)}%`);
  }
});

test('the app works without storage and says so', async ({ page, context }) => {
  await context.addInitScript(() => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: fail });
  });
  await page.goto('./');
  await page.getByRole('link', { name: 'Mulai latihan' }).click();
  await page.getByLabel('Nama').fill('Tanpa Penyimpanan');
  await page.getByText('Tenaga Kesejahteraan Sosial Kecamatan').click();
  await page.getByLabel('Kabupaten/kota').selectOption('tabalong');
  await page.getByRole('button', { name: 'Mulai' }).click();
  await expect(page.getByRole('alert')).toContainText('Penyimpanan perangkat tidak dapat dipakai');
  await answer(page, 1);
  await expect(page.getByText(/^1 dari \d+ terjawab$/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh jawaban sekarang' }).click(),
  ]);
  expect(download.suggestedFilename()).toContain('tanpa-penyimpanan');
});
