// A candidate's whole practice path: home → profile → every item with feedback → review →
// report → download; a reload half-way loses nothing; the downloaded file follows the schema and
// pilar-cli re-scores it to the same numbers the page shows.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, next, position, start } from './helpers.mjs';

const root = new URL('../../', import.meta.url);
const BANK = 'public/banks/kalsel-pilar-sosial.json';

test('practice: feedback after each item, a reload loses nothing, the results file re-scores', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('Semua jawaban hanya tersimpan di perangkat ini').first()).toBeVisible();
  await expectAccessible(page, 'home');
  await page.getByRole('link', { name: 'Mulai latihan', exact: true }).click();
  await page.getByRole('button', { name: 'Mulai' }).click();
  await expect(page.getByText('Isi nama Anda.')).toBeVisible();
  await expectAccessible(page, 'profile with errors');

  let [n, total] = await start(page, 'Mulai latihan');
  expect(n).toBe(1);
  expect(total).toBeGreaterThan(30);
  await expectAccessible(page, 'first item');

  // Practice: the answer is checked before moving on; the feedback names the source.
  await answer(page, 1);
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  const feedback = page.locator('.feedback');
  await expect(feedback).toBeVisible();
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Sumber');
  await expect(page.locator('fieldset.item input').first()).toBeDisabled();
  await expectAccessible(page, 'feedback');
  n = await next(page, n);

  const half = Math.floor(total / 2);
  while (n <= half) {
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    n = await next(page, n);
  }
  await expect(page.getByText(`${half} dari ${total} terjawab`)).toBeVisible();

  await page.reload();
  await expect(page.getByText(`${half} dari ${total} terjawab`)).toBeVisible();
  expect(await position(page)).toEqual([half + 1, total]);
  await page.getByRole('button', { name: 'Sebelumnya' }).click();
  await expect(page.locator('.feedback')).toBeVisible();

  await page.goto('./#/');
  await expect(page.getByText('Latihan belum selesai')).toBeVisible();
  await expectAccessible(page, 'home with an attempt in progress');
  await page.getByRole('link', { name: 'Lanjutkan' }).click();
  [n] = await position(page);
  n = await next(page, n);

  for (;;) {
    const k = await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    await expect(page.locator('.feedback')).toBeVisible();
    if (k === 'open' || k === 'likert' || k === 'situational') await expectAccessible(page, `${k} item`);
    if (n === total) break;
    n = await next(page, n);
  }
  await page.getByRole('button', { name: 'Tinjau & kirim' }).click();
  await expect(page.getByRole('heading', { name: 'Tinjau sebelum mengirim' })).toBeVisible();
  await expect(page.getByText('0 soal belum dijawab')).toBeVisible();
  await expectAccessible(page, 'review');
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();

  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  await expect(page.locator('article.competency')).toHaveCount(7);
  await expect(page.locator('.radar svg')).toBeVisible();
  await expect(page.getByText('bukan cara penilaian resmi').first()).toBeVisible();
  await expect(page.locator('.item-review details')).toHaveCount(total);
  await expectAccessible(page, 'report');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh hasil (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hasil-pilar-siap-\d{4}-\d{2}-\d{2}-siti-rahmah\.json$/);
  const file = test.info().outputPath('hasil.json');
  await download.saveAs(file);
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('schema/results.schema.json', root), 'utf8')));
  expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
  expect(results.mode).toBe('practice');
  expect(results.participant).toEqual({ name: 'Siti Rahmah', role: 'psm', region: 'hulu-sungai-utara' });
  expect(results.items).toHaveLength(total);
  expect(results.items.every((i) => i.answer !== undefined)).toBe(true);
  const out = execFileSync(new URL('target/debug/pilar-cli', root).pathname, ['verify-results', BANK, file], {
    cwd: root.pathname,
    encoding: 'utf8',
  });
  expect(out).toContain('OK');
  // The report shows the numbers the scorer gives.
  for (const c of results.competencies) {
    const e = c.tested?.percent_bp !== undefined ? c.tested : c.self_assessed;
    const shown = await page.locator(`article[data-competency="${c.id}"] .pct`).innerText();
    expect(shown).toBe(`${Math.round(e.percent_bp / 100)}%`);
  }
});

test('the language switch turns the app into English and is remembered', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Start practising' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'home in English');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Start practising' })).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});
