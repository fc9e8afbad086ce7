// Steps a person takes, shared by the end-to-end specs.
import { expect } from './fixtures.mjs';

/** "Soal 3 dari 41" → [3, 41], once the quiz shows an item. */
export async function position(page) {
  await expect(page.locator('h1')).toHaveText(/\d+ dari \d+/);
  const m = (await page.locator('h1').innerText()).match(/(\d+) dari (\d+)/);
  return [Number(m[1]), Number(m[2])];
}

/** Fills the profile and starts an attempt in the mode whose start link is `startLink`. */
export async function start(page, startLink, { name = 'Siti Rahmah', role = 'Pekerja Sosial Masyarakat', region = 'hulu-sungai-utara', code } = {}) {
  await page.goto('./');
  await page.getByRole('link', { name: startLink, exact: true }).click();
  await expect(page.getByRole('heading', { name: /Profil peserta/ })).toBeVisible();
  await page.getByLabel('Nama').fill(name);
  await page.getByText(role).click();
  await page.getByLabel('Kabupaten/kota').selectOption(region);
  if (code !== undefined) await page.getByLabel('Kode soal').fill(String(code));
  await page.getByRole('button', { name: 'Mulai' }).click();
  return position(page);
}

/** The kind of the item on screen. */
export async function kind(page) {
  const item = page.locator('fieldset.item');
  await expect(item).toBeVisible();
  if (await item.locator('textarea').count()) return 'open';
  if (await item.locator('.likert').count()) return 'likert';
  if (await item.locator('.scenario').count()) return 'situational';
  if (await item.locator('input[type=checkbox]').count()) return 'multiple';
  if (await item.locator('input[value=true]').count()) return 'true_false';
  return 'single';
}

/** Answers the item on screen with the mouse, varying the choice by position `n`. */
export async function answer(page, n) {
  const item = page.locator('fieldset.item');
  const k = await kind(page);
  if (k === 'open') {
    await item.locator('textarea').fill(`Jawaban saya untuk soal ${n}: kegiatan, tempat, manfaat, data.`);
    await page.getByRole('button', { name: /Lihat jawaban model/ }).click();
    const criteria = page.locator('fieldset.criterion');
    for (let i = 0; i < (await criteria.count()); i++) {
      const levels = criteria.nth(i).locator('label.option');
      await levels.nth((n + i) % (await levels.count())).click();
    }
  } else if (k === 'likert') {
    await item.locator('label.likert-point').nth(n % 5).click();
  } else {
    const options = item.locator('label.option');
    const count = await options.count();
    await options.nth(n % count).click();
    if (k === 'multiple') await options.nth((n + 1) % count).click();
  }
  return k;
}

/** Goes to item n + 1 and waits until it is shown. */
export async function next(page, n) {
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.locator('h1')).toHaveText(new RegExp(`^Soal ${n + 1} dari`));
  return n + 1;
}
