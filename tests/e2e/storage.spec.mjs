// When the device's storage fails — blocked, full, or holding data this version cannot read —
// the app says so, keeps the attempt in memory, offers the answers as a download, and never
// crashes; unreadable saved data is kept aside (downloadable), never deleted unasked.
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, next, position, start } from './helpers.mjs';

/** Answers and checks the item on screen (practice), then goes to the next one. */
async function answerAndNext(page, n) {
  await answer(page, n);
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  return next(page, n);
}

/** Clicks `button`, and returns the downloaded file's name and parsed JSON. */
async function downloadJson(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return [download.suggestedFilename(), JSON.parse(readFileSync(path, 'utf8'))];
}

const answered = (results) => results.items.filter((i) => i.answer !== undefined).length;

test('blocked storage: a warning, the attempt in memory, the answers downloadable', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  let [n] = await start(page, 'Mulai latihan', { name: 'Tanpa Penyimpanan', role: 'Tenaga Kesejahteraan Sosial Kecamatan', region: 'tabalong' });
  await expect(page.getByRole('alert').first()).toContainText('tidak mengizinkan penyimpanan');
  await expect(page.getByText('Tersimpan di perangkat')).toHaveCount(0);
  n = await answerAndNext(page, n);
  n = await answerAndNext(page, n);
  // Leaving the quiz and coming back keeps the attempt (in memory).
  await page.goto('./#/');
  await page.getByRole('link', { name: 'Lanjutkan' }).click();
  expect((await position(page))[0]).toBe(n);
  await expectAccessible(page, 'quiz with the storage warning');
  const [name, results] = await downloadJson(page, page.getByRole('button', { name: 'Unduh jawaban sekarang' }));
  expect(name).toContain('tanpa-penyimpanan');
  expect(results.format).toBe('pilar-siap/results');
  expect(answered(results)).toBe(2);
});

test('full storage: a warning and a download at once; saving resumes when there is room', async ({ page }) => {
  let [n] = await start(page, 'Mulai latihan');
  n = await answerAndNext(page, n);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Fill the origin's storage to the last byte.
  const filled = await page.evaluate(() => {
    let i = 0;
    let chunk = 'x'.repeat(1 << 20);
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`isi:${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    return i;
  });
  expect(filled).toBeGreaterThan(2);
  n = await answerAndNext(page, n);
  await expect(page.getByRole('alert').first()).toContainText('Penyimpanan perangkat penuh');
  const [, results] = await downloadJson(page, page.getByRole('button', { name: 'Unduh jawaban sekarang' }));
  expect(answered(results)).toBe(2);

  // Room again: the next answer is saved, the warning goes, a reload loses nothing.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('isi:')) localStorage.removeItem(k);
  });
  await answer(page, n);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/^3 dari \d+ terjawab$/)).toBeVisible();
});

test('unreadable saved data is kept aside, offered as a download, and deleted only when asked', async ({ page }) => {
  let [n] = await start(page, 'Mulai latihan');
  n = await answerAndNext(page, n);
  // Damage the saved attempt; give the history a format version from the future.
  const damaged = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('pilar-siap:attempt:'));
    const text = localStorage.getItem(key).slice(0, 50);
    localStorage.setItem(key, text);
    localStorage.setItem('pilar-siap:history', '{"format":"pilar-siap/history","format_version":99,"results":[]}');
    return { key, text };
  });
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: 'tidak dapat dibaca' });
  await expect(warning).toBeVisible();
  await expect(page.getByText('Belum ada latihan. Mulailah dari beranda.')).toBeVisible();
  await page.getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  await expectAccessible(page, 'home with the set-aside warning');
  // The app still works: the damaged attempt is not offered, a new one starts.
  await expect(page.getByText('Latihan belum selesai')).toHaveCount(0);

  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':rusak:')));
  expect(kept.length).toBe(2);
  const [name, saved] = await downloadJson(page, warning.getByRole('button', { name: 'Unduh jawaban tersimpan' }));
  expect(name).toMatch(/^pilar-siap-tersimpan-\d+\.json$/);
  const aside = Object.entries(saved).find(([k]) => k.startsWith(`${damaged.key}:rusak:`));
  expect(aside?.[1]).toBe(damaged.text);

  await page.reload();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Hapus salinan yang rusak' }).click();
  await expect(warning).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':rusak:')).length)).toBe(0);
  [n] = await start(page, 'Mulai latihan');
  expect(n).toBe(1);
});

test('a damaged presentation record is kept aside in the trainers\' app too', async ({ page }) => {
  await page.goto('./pelatih/');
  await page.evaluate(() => localStorage.setItem('pilar-siap:session:current', '{"format":"pilar-siap/session","format_version":1,"na'));
  await page.goto('./pelatih/#/presentasi');
  const warning = page.getByRole('alert').filter({ hasText: 'tidak dapat dibaca' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presentasikan', exact: true })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pilar-siap:session:current')));
  expect(keys).toEqual([expect.stringMatching(/^pilar-siap:session:current:rusak:\d+$/)]);
});

test.describe('if the app panics anyway', () => {
  // The panic, and the abort after it, reach the console.
  test.use({ expectedErrors: [/unreachable|panicked|createElement refused/] });

  test('the crash page offers the saved answers, and a reload carries on', async ({ page }) => {
    let [n] = await start(page, 'Mulai latihan');
    n = await answerAndNext(page, n);
    n = await answerAndNext(page, n);
    // The next element Leptos creates fails once: its unwrap panics, and the hook takes over
    // (the crash page itself is built after that, so it can create elements again).
    await page.evaluate(() => {
      const original = Document.prototype.createElement;
      let armed = true;
      Document.prototype.createElement = function (...args) {
        if (armed) {
          armed = false;
          throw new DOMException('createElement refused', 'InvalidStateError');
        }
        return original.apply(this, args);
      };
    });
    await page.getByRole('button', { name: 'Sebelumnya' }).click();
    await expect(page.getByRole('heading', { name: 'Maaf, Pilar Siap berhenti karena kesalahan' })).toBeVisible();
    await expectAccessible(page, 'crash page');
    const [name, saved] = await downloadJson(page, page.getByRole('link', { name: 'Unduh jawaban tersimpan' }));
    expect(name).toMatch(/^pilar-siap-tersimpan-\d+\.json$/);
    const attempt = Object.entries(saved).find(([k]) => k.startsWith('pilar-siap:attempt:'));
    expect(Object.keys(JSON.parse(attempt[1]).attempt.answers)).toHaveLength(2);
    // "Muat ulang" opens the home page (not the page that failed), where the attempt waits.
    await page.getByRole('link', { name: 'Muat ulang' }).click();
    await expect(page.getByText('Latihan belum selesai')).toBeVisible();
    await page.getByRole('link', { name: 'Lanjutkan' }).click();
    await expect(page.getByText(/^2 dari \d+ terjawab$/)).toBeVisible();
  });
});
